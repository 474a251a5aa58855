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
# Every example visit; clinic.json is the example clinic printed on each (sharedvisit pdf --clinic).
EXAMPLE_CLINIC := docs/examples/clinic.json
EXAMPLES := $(filter-out $(EXAMPLE_CLINIC),$(wildcard docs/examples/*.json))
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test fuzz lint examples schema screenshot syscheck translations i18n-update clean bench

run: $(STAMP) translations
	$(PY) main.py

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The window's translations: Qt Linguist sources (.ts, committed) compiled to .qm.
translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code's tr() calls, then translate new strings
# in them (pyside6-linguist, or any text editor).
i18n-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none sharedvisit/ui/*.py -ts $(TS)

# A long fuzzing run (tens of minutes): thousands of hypothesis examples per property,
# 100,000-character fields printed, and 300 crash kills. `make test` runs the same tests, bounded.
fuzz: $(STAMP) translations
	SHAREDVISIT_FUZZ=long SHAREDVISIT_CRASH_KILLS=300 QT_QPA_PLATFORM=offscreen \
		$(PY) -m pytest tests/reliability $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check sharedvisit tests main.py
	$(PY) -m ruff format --check sharedvisit tests main.py

# Regenerate the committed example handouts from the example visits
# (RL_invariant: reportlab writes the same bytes every time, so diffs stay quiet).
examples: $(STAMP)
	@for f in $(EXAMPLES); do \
		echo "$$f -> $${f%.json}.pdf"; \
		RL_invariant=1 $(PY) -m sharedvisit pdf "$$f" -o "$${f%.json}.pdf" \
			--clinic $(EXAMPLE_CLINIC) || exit 1; \
	done

# The JSON Schema in docs/ is generated from the models, never edited by hand.
schema: $(STAMP)
	$(PY) -m sharedvisit schema > docs/visit.schema.json

screenshot: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m sharedvisit.ui.screenshot docs/examples/knee-pain.json docs/screenshot.png

# The benchmark suite (issue 7): one table of figures against references measured in the
# same run, also written to docs/performance.md. Not part of `make test`: timings on a
# shared machine are reported, never asserted. BENCH_ARGS=--quick for a trial run.
BENCH_STAMP := $(VENV)/.bench-installed
bench: $(BENCH_STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m bench $(BENCH_ARGS)

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	@touch $(BENCH_STAMP)

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
