# The README's two commands: `make explore` and `make test`.
# Both create .venv and install the project from pyproject.toml on first use.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
DOC    := data/youyang-2022-18-business-environment-reforms.md
GRAPH  := build/graph.json
HOST   ?= 127.0.0.1
PORT   ?= 8501

.PHONY: explore test build system-deps bench clean

$(BIN)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (set PYTHON=python3.x, 3.11+)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# System packages (Debian): the CJK font for exported images and chromium for browser tests.
# Installed when missing and we are root; otherwise a message says what is missing and why it matters.
system-deps:
	@bash .ci/system-deps.sh

$(GRAPH): $(BIN)/.installed $(DOC) data/aliases.csv
	$(BIN)/reformgraph build $(DOC) --json $(GRAPH)

build: $(GRAPH)

explore: $(BIN)/.installed system-deps $(GRAPH)
	$(BIN)/reformgraph stats $(GRAPH)
	$(BIN)/streamlit run explorer/app.py --server.address $(HOST) --server.port $(PORT) --browser.gatherUsageStats false -- --graph $(GRAPH)

test: $(BIN)/.installed system-deps
	$(BIN)/python -m pytest

bench: $(BIN)/.installed
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf $(VENV) build .pytest_cache test-artifacts
