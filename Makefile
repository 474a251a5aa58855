# SharedVisit: `make run` opens the app, `make test` runs the whole suite headless.
# Each target sets up what it needs: the system check, then .venv from pyproject.toml.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
EXAMPLES := $(wildcard docs/examples/*.json)

.PHONY: run test lint examples schema screenshot syscheck clean

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check sharedvisit tests main.py
	$(PY) -m ruff format --check sharedvisit tests main.py

# Regenerate the committed example handouts from the example visits.
examples: $(STAMP)
	@for f in $(EXAMPLES); do \
		echo "$$f -> $${f%.json}.pdf"; \
		$(PY) -m sharedvisit pdf "$$f" -o "$${f%.json}.pdf" || exit 1; \
	done

# The JSON Schema in docs/ is generated from the models, never edited by hand.
schema: $(STAMP)
	$(PY) -m sharedvisit schema > docs/visit.schema.json

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m sharedvisit.ui.screenshot docs/examples/knee-pain.json docs/screenshot.png

syscheck:
	@$(PYTHON) -m sharedvisit.syscheck

$(STAMP): pyproject.toml | syscheck
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
