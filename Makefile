# The README's two commands: `make explore` and `make test`.
# Both create .venv and install the project (all extras) from pyproject.toml on first use.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
GRAPH  := build/graph.json
PORT   ?= 8501
SOURCES := $(shell find graph loaders cypher explorer data -type f 2>/dev/null)

.PHONY: explore test lint build system-deps bench clean

$(BIN)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (set PYTHON=python3.x, 3.11+)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[all,dev]'
	touch $@

# System packages (Debian): the CJK font for exported images, chromium for browser tests,
# LibreOffice/antiword for old .doc/.wps files. Installed when missing and we are root;
# otherwise a message says what is missing and why it matters.
system-deps:
	@bash .ci/system-deps.sh

# The graph of the bundled document (reformgraph build with no input reads it).
$(GRAPH): $(BIN)/.installed $(SOURCES)
	@mkdir -p build
	$(BIN)/reformgraph build --json $(GRAPH)

build: $(GRAPH)

explore: $(BIN)/.installed system-deps $(GRAPH)
	$(BIN)/reformgraph stats $(GRAPH)
	$(BIN)/reformgraph explore $(GRAPH) --port $(PORT)

lint: $(BIN)/.installed
	$(BIN)/ruff check graph loaders cypher explorer tests benchmarks
	$(BIN)/ruff format --check graph loaders cypher explorer tests benchmarks

# Two pytest-xdist workers: whole modules each, the Bolt server's modules together (tests/support/scheduling.py).
test: $(BIN)/.installed system-deps lint
	$(BIN)/python -m pytest -n 2

bench: $(BIN)/.installed
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf $(VENV) build .pytest_cache test-artifacts
