# Every target sets up what is missing first: a newcomer needs only
# `make run` and `make test`.

# The newest Python the suite passes on (3.13, 3.12, then 3.11). Each is run,
# not only looked up: a pyenv shim is on PATH for versions it cannot run.
ifndef PYTHON
PYTHON := $(shell for p in python3.13 python3.12 python3.11 python3; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; break; }; done)
endif
# `make test PYTHON=python3.12` gets a venv of its own, so trying another
# Python leaves the usual .venv as it was.
ifeq ($(origin PYTHON),command line)
VENV ?= .venv-$(notdir $(PYTHON))
endif
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint setup clean translations which-python dist test-dist install-desktop uninstall-desktop guide-screenshots

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Briefing needs Python 3.11 or later (python3.13, python3.12 or python3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

which-python:
	@echo $(PYTHON)

# The sample opens as a new, untitled visit: saving asks for a name and never
# writes over the bundled sample.
run: $(STAMP)
	$(BIN)/briefing resources/samples/sample.visit.yaml

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

lint: $(STAMP)
	$(BIN)/ruff check briefing tests benchmarks packaging tools
	$(BIN)/ruff format --check briefing tests benchmarks packaging tools

# Refresh resources/translations/*.ts from briefing/ui and compile the .qm files.
translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

# The pictures of docs/guide.md, from the real window.
guide-screenshots: $(STAMP)
	$(BIN)/python tools/guide_screenshots.py

# The standalone app, dist/Briefing/: its own Python and Qt, built with
# PyInstaller in a venv that holds only what the app needs (PySide6-Essentials
# and PySide6-Pdf, no WebEngine), so nothing else can slip into the folder.
DIST_VENV := build/dist-venv
dist:
	@test -n "$(PYTHON)" || { echo "Briefing needs Python 3.11 or later"; exit 1; }
	test -x $(DIST_VENV)/bin/python || $(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(DIST_VENV)/bin/python -m pip install --quiet . 'pyinstaller>=6.10,<7'
	$(DIST_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/briefing.spec
	@du -sh dist/Briefing

# Builds dist/Briefing/, then tries a copy of it as a user would (tests/dist).
test-dist: dist $(STAMP)
	BRIEFING_DIST=$(CURDIR)/dist/Briefing $(BIN)/python -m pytest -q -p no:cacheprovider tests/dist

# The desktop's menu entry, icons and the visit file type, for the current user
# (no root). BRIEFING_EXEC names the program the menu entry starts: by default
# this checkout's; for the standalone app, e.g. BRIEFING_EXEC=/opt/Briefing/Briefing.
BRIEFING_EXEC ?= $(CURDIR)/$(BIN)/briefing
install-desktop: $(STAMP)
	$(BIN)/python packaging/linux/desktop.py install --exec "$(BRIEFING_EXEC)"

uninstall-desktop:
	$(PYTHON) packaging/linux/desktop.py uninstall

clean:
	rm -rf $(VENV) .venv-* build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
