# Every target sets up what is missing first: a newcomer needs only
# `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint setup clean translations

setup: $(STAMP)

$(STAMP): pyproject.toml setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/briefing resources/samples/sample.visit.yaml

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

lint: $(STAMP)
	$(BIN)/ruff check briefing tests benchmarks
	$(BIN)/ruff format --check briefing tests benchmarks

# Refresh resources/translations/*.ts from briefing/ui and compile the .qm files.
translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
