# SharedVisit: `make run` opens the app, `make test` runs the whole suite headless.
# Each target sets up what it needs: the system check, then .venv from pyproject.toml.

# The first Python 3.12 or newer: on the PATH, then in pyenv's versions.
# (Python 3.11 aborts under PySide6 6.12; see sharedvisit/syscheck.py.)
CANDIDATES := python3.12 $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3) \
	python3.13 $(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python3) python3
ifndef PYTHON
PYTHON := $(firstword $(foreach c,$(CANDIDATES),$(shell $(c) -c \
	'import sys; sys.version_info >= (3, 12) and print(sys.executable)' 2>/dev/null)))
endif
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

# Regenerate the committed example handouts from the example visits
# (RL_invariant: reportlab writes the same bytes every time, so diffs stay quiet).
examples: $(STAMP)
	@for f in $(EXAMPLES); do \
		echo "$$f -> $${f%.json}.pdf"; \
		RL_invariant=1 $(PY) -m sharedvisit pdf "$$f" -o "$${f%.json}.pdf" || exit 1; \
	done

# The JSON Schema in docs/ is generated from the models, never edited by hand.
schema: $(STAMP)
	$(PY) -m sharedvisit schema > docs/visit.schema.json

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m sharedvisit.ui.screenshot docs/examples/knee-pain.json docs/screenshot.png

syscheck:
	@if [ -z "$(PYTHON)" ]; then \
		echo "error: SharedVisit needs Python 3.12 or newer (python3.12 on the PATH, or PYTHON=/path/to/python3.12 make ...)" >&2; \
		exit 1; \
	fi
	@$(PYTHON) -m sharedvisit.syscheck

$(STAMP): pyproject.toml | syscheck
	$(PYTHON) -m venv --clear $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
