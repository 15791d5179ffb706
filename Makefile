# newsgraph: two commands do all the set-up on a fresh machine.
#   make demo   create .venv, install, build the seed article into outputs/
#   make test   create .venv, install, run tests + doctests + ruff + mypy
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := examples/000_9cbf2cd40884a872.txt
STAMP  := $(VENV)/.installed

.PHONY: demo test install browser lint typecheck clean bench help

help:
	@echo "make demo   - install and build the seed article into outputs/"
	@echo "make test   - install and run the tests, doctests, ruff and mypy"
	@echo "make bench  - run the benchmarks in benchmarks/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[en,dev]"
	@touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsgraph build $(SEED) -o outputs
	$(BIN)/newsgraph validate outputs/graph.ttl

# Chromium drives the offline-HTML browser tests; install it when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "could not install chromium; browser tests will fail (set NEWSGRAPH_SKIP_BROWSER=1 to skip)"; }

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) browser
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/store.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
