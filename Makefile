# Two commands on a fresh machine: `make run` opens the program on the demo review,
# `make test` passes the whole suite headless. Both create .venv when it is missing.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# What is installed, per version of pyproject.toml: `make run` needs only the program (RUN_STAMP); the tests,
# the benchmarks and the installers add the `test` and `dist` extras (STAMP, which also counts as RUN_STAMP).
HASH      := $(shell sha1sum pyproject.toml | cut -c1-12)
RUN_STAMP := $(VENV)/.installed-run-$(HASH)
STAMP     := $(VENV)/.installed-dev-$(HASH)
DEMO   := build/demo.eqreview
# With a wheelhouse/ (`make wheelhouse` on a machine with a network), installing needs no network.
PIP_SOURCE := $(if $(wildcard wheelhouse/*.whl),--no-index --find-links wheelhouse)

.PHONY: run test demo-file ui screenshots bench bench-frozen bench-state dist wheelhouse clean

run: $(RUN_STAMP) $(DEMO)
	$(BIN)/equity-desktop $(DEMO)

test: $(STAMP)
	$(BIN)/ruff check --quiet .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The demo is written once and then kept, so edits made in `make run` survive the next run.
$(DEMO): | $(RUN_STAMP)
	mkdir -p build
	$(BIN)/equity-desktop demo -o $(DEMO)

demo-file: $(DEMO)

# Designer forms are compiled to Python (start-up is faster than loading them); commit the result.
ui: $(RUN_STAMP)
	$(BIN)/python ui/compile_forms.py

screenshots: $(RUN_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots/make_screenshots.py

bench: $(STAMP)
	$(BIN)/python bench/bench_cold_start.py
	$(BIN)/python bench/bench_edit_save.py
	$(BIN)/python bench/bench_gui_edit.py
	$(BIN)/python bench/bench_import_stall.py
	$(BIN)/python bench/bench_plan_pdf.py
	$(BIN)/python bench/bench_import.py

# The frozen program (PyInstaller, one folder) and the Linux packages made from it, in dist/.
# Rebuilt only when a file it is made from changed; the tests in tests/frozen run it. PyInstaller
# needs objdump (binutils) and Python's shared library (Debian: libpython3.11), and says so if missing.
FROZEN  := dist/equity-desktop/equity-desktop
SOURCES := $(shell find equity_desktop resources ui -type f -not -path '*/__pycache__/*') \
           installer/equity_desktop.spec installer/app_identity.py installer/stripped_libraries.py \
           $(wildcard installer/hooks/*.py) pyproject.toml

dist: dist/.packages

# PYI_LOG=INFO shows PyInstaller's stages (the frozen tests ask for it and show the lines that start one).
PYI_LOG ?= WARN
$(FROZEN): $(SOURCES) | $(STAMP)
	$(BIN)/python -m PyInstaller --noconfirm --log-level $(PYI_LOG) --distpath dist --workpath build/pyinstaller \
	  installer/equity_desktop.spec
	touch $@

dist/.packages: $(FROZEN) installer/linux_packages.py installer/app_identity.py
	$(BIN)/python installer/linux_packages.py
	touch $@

# Every wheel needed to install, test and freeze from source with no network: copy the checkout with
# its wheelhouse/ to the offline machine and run `make run` or `make test` there as usual.
wheelhouse: $(STAMP)
	$(BIN)/python -m pip wheel --quiet --wheel-dir wheelhouse '.[test,dist]' 'setuptools>=68' wheel
	@echo "Wrote $$(ls wheelhouse | wc -l) wheels to wheelhouse/"

# Sizes of the folder and installers, and start-up of the frozen program against the source (needs xvfb-run).
bench-frozen: dist
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python bench/bench_frozen.py

# State-scale files against DuckDB, which is installed for this benchmark only (never into the program's .venv).
bench-state: $(STAMP)
	@test -d .bench-data/site/duckdb || $(BIN)/python -m pip install --quiet --target .bench-data/site duckdb
	$(BIN)/python bench/bench_state_scale.py

# The virtual environment, made when missing, with a sentence when Python or its venv module is not there.
define MAKE_VENV
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Equity Desktop needs Python 3.11 or newer; $(PYTHON) is $$($(PYTHON) --version)." >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
	  { rm -rf $(VENV); echo "$(PYTHON) cannot create a virtual environment: install the venv module" \
	    "(on Debian: apt-get install python3-venv) and run make again." >&2; exit 1; }
endef

# Running: the program and what it imports, nothing else (no pytest, ruff, mypy or PyInstaller).
$(RUN_STAMP): pyproject.toml
	$(MAKE_VENV)
	$(BIN)/python -m pip install --quiet $(PIP_SOURCE) -e .
	rm -f $(VENV)/.installed-run-*
	touch $@

# Testing and packaging: the program with the `test` and `dist` extras; it covers running too.
$(STAMP): pyproject.toml
	$(MAKE_VENV)
	$(BIN)/python -m pip install --quiet $(PIP_SOURCE) -e '.[test,dist]'
	rm -f $(VENV)/.installed-*
	touch $@ $(RUN_STAMP)

clean:
	rm -rf $(VENV) build dist wheelhouse *.egg-info .pytest_cache
