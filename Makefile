# Two commands on a fresh machine: `make run` opens the program on the demo review,
# `make test` passes the whole suite headless. Both create .venv when it is missing.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
DEMO   := build/demo.eqreview

.PHONY: run test demo-file ui screenshots bench clean

run: $(STAMP) $(DEMO)
	$(BIN)/equity-desktop $(DEMO)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The demo is written once and then kept, so edits made in `make run` survive the next run.
$(DEMO): | $(STAMP)
	mkdir -p build
	$(BIN)/equity-desktop demo -o $(DEMO)

demo-file: $(DEMO)

# Designer forms are compiled to Python (start-up is faster than loading them); commit the result.
ui: $(STAMP)
	$(BIN)/python ui/compile_forms.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots/make_screenshots.py

bench: $(STAMP)
	$(BIN)/python bench/bench_cold_start.py
	$(BIN)/python bench/bench_edit_save.py
	$(BIN)/python bench/bench_gui_edit.py
	$(BIN)/python bench/bench_import_stall.py
	$(BIN)/python bench/bench_plan_pdf.py
	$(BIN)/python bench/bench_import.py

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Equity Desktop needs Python 3.11 or newer; $(PYTHON) is $$($(PYTHON) --version)." >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
	  { rm -rf $(VENV); echo "$(PYTHON) cannot create a virtual environment: install the venv module" \
	    "(on Debian: apt-get install python3-venv) and run make again." >&2; exit 1; }
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
