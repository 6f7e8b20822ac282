# Satchel: developer and CI entry points. See README.md.
#
#   make run     set up, then start Satchel (ARGS="..." are passed to it)
#   make test    set up (system packages too, as root), lint, then the whole test suite
#   make lint    ruff check, ruff format --check, mypy
#   make bench   set up, then run the benchmarks
#   make translations  refresh the .ts catalogues from the code (see TRANSLATING.md)
#   make package       the Linux bundle, .deb, .tar.gz and SHA256SUMS in dist/ (BRAND=notes
#                      for the neutral build); see packaging/README.md
#   make package-test  build the .deb, install it in a bare Debian 12 root, use it, remove it
#   make package-repro build twice in two folders and compare the .deb and .tar.gz bytes
#   make setup   system packages (as root), the .venv and the project in it
#   make venv    only create .venv
#   make clean   remove .venv, caches and build output

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
VENV_PY := $(BIN)/python
# Touched after a successful install; re-install when pyproject.toml is newer.
STAMP := $(VENV)/.satchel-installed
SYSDEPS := packaging/linux/system-deps.sh
PYTEST_ARGS ?=
ARGS ?=
BENCHMARKS := benchmarks/store.py benchmarks/delete.py benchmarks/duress_timing.py $(wildcard benchmarks/ui.py) benchmarks/bundle_start.py
PACKAGE_STAMP := $(VENV)/.satchel-package-installed
BRAND ?= satchel

# Translations: English is the source; one Qt Linguist catalogue per language, compiled
# into .qm at setup (the .qm files are build output, not committed).
TRANSLATIONS_DIR := resources/translations
LANGUAGES := ru uk de
TS_FILES := $(foreach lang,$(LANGUAGES),$(TRANSLATIONS_DIR)/satchel_$(lang).ts)
# English is the source, but its plural forms ("1 day", "2 days") come from a catalogue too.
EN_TS := $(TRANSLATIONS_DIR)/satchel_en.ts
QM_FILES := $(TS_FILES:.ts=.qm) $(EN_TS:.ts=.qm)
# Every module that shows text in the window (services keep no user-facing sentences), and
# the command line's passphrase prompts, its one translated part.
TR_SOURCES = $(shell find desktop/satchel/ui -name '*.py' | LC_ALL=C sort) desktop/satchel/cli/prompts.py
LUPDATE_FLAGS := -locations none -no-obsolete -source-language en -silent

export PYTHON
export PIP_DISABLE_PIP_VERSION_CHECK ?= 1

# Which system packages to check: `run`, `lint`, `bench` and `setup` only hint when not
# root; `test` installs the test tools too and stops when something is missing.
SYSDEPS_ARGS = offscreen --soft
test: SYSDEPS_ARGS = test
package package-test package-repro package-setup: SYSDEPS_ARGS = package

.PHONY: run test lint bench setup venv clean sysdeps translations package package-test \
	package-repro package-setup

run: setup
	$(BIN)/satchel $(ARGS)

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: setup
	@for script in $(BENCHMARKS); do \
		echo "== $$script"; \
		QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python "$$script"; \
	done

setup: $(STAMP) $(QM_FILES)

# Re-extract every tr() string into the catalogues: new strings arrive unfinished, strings
# gone from the code are dropped. Run it after changing or adding text in the ui.
translations: | $(STAMP)
	$(BIN)/pyside6-lupdate $(LUPDATE_FLAGS) $(TR_SOURCES) -ts $(TS_FILES)
	$(BIN)/pyside6-lupdate $(LUPDATE_FLAGS) -pluralonly $(TR_SOURCES) -ts $(EN_TS)

$(TRANSLATIONS_DIR)/%.qm: $(TRANSLATIONS_DIR)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The catalogues (.qm) are compiled first: the bundle takes whatever is there at build time.
package-setup: $(PACKAGE_STAMP) $(QM_FILES)

package: package-setup
	BRAND=$(BRAND) VENV=$(VENV) bash packaging/linux/build.sh

package-test: package-setup
	BRAND=$(BRAND) VENV=$(VENV) bash packaging/linux/build.sh deb
	BRAND=$(BRAND) HOST_PYTHON=$(VENV_PY) bash packaging/linux/package-test.sh

package-repro: package-setup
	BRAND=$(BRAND) VENV=$(VENV) bash packaging/linux/repro-check.sh

venv: $(VENV_PY)

sysdeps:
	@bash $(SYSDEPS) $(SYSDEPS_ARGS)

# Order-only prerequisites keep the steps in order (also under make -j) without making
# the venv look out of date: system packages, then the venv, then the project.
$(VENV_PY): | sysdeps
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Satchel needs Python 3.11 or newer; set PYTHON=python3.11 or similar." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(VENV_PY)
	$(VENV_PY) -m pip install -e '.[test]'
	touch $@

$(PACKAGE_STAMP): pyproject.toml $(STAMP) | sysdeps
	$(VENV_PY) -m pip install -e '.[test,package]'
	touch $@

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
	rm -f $(QM_FILES)
	find desktop -name '*.egg-info' -prune -exec rm -rf {} +
	find . -path ./.git -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
