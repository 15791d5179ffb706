# newsgraph: two commands do all the set-up on a fresh machine.
#   make demo   create .venv, install, build the seed article into outputs/
#   make test   create .venv, install, run tests + doctests + ruff + mypy
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := examples/000_9cbf2cd40884a872.txt
STAMP  := $(VENV)/.installed

.PHONY: demo test install browser lint typecheck clean bench help train-ar

help:
	@echo "make demo   - install and build the seed article into outputs/"
	@echo "make test   - install and run the tests, doctests, ruff and mypy"
	@echo "make bench  - run the benchmarks in benchmarks/"
	@echo "make train-ar - retrain the shipped Arabic NER model from ../shared (about 25 min)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[en,fr,dev,analysis]"
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

# Tests run on every core (pytest-xdist; one module's tests stay on one worker, so module
# fixtures are built once). TEST_WORKERS=0 runs them in this process.
TEST_WORKERS ?= auto
PYTEST := $(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadscope

test: $(STAMP) browser
	$(PYTEST)
	# The same suite again without the English and French models: the fallbacks must hold too
	# (minus the browser tests, which do not depend on the model).
	NEWSGRAPH_EN_MODEL=none NEWSGRAPH_FR_MODEL=none $(PYTEST) -m "not browser"
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/store.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache

# Arabic NER model: convert ../shared data, train (CPU, ~25 min), copy into the package.
# `make test` never trains; it loads the shipped model.
SHARED      ?= ../shared
AR_NER      := training/ar_ner
AR_NER_OUT  := build/ar_ner
AR_NER_PKG  := src/newsgraph/models/ar_ner

train-ar: $(STAMP)
	$(BIN)/python $(AR_NER)/convert.py --shared $(SHARED) --out $(AR_NER_OUT)/corpus
	$(BIN)/python -m spacy train $(AR_NER)/config.cfg --code $(AR_NER)/functions.py \
	  --output $(AR_NER_OUT)/output \
	  --paths.train $(AR_NER_OUT)/corpus/train.spacy --paths.dev $(AR_NER_OUT)/corpus/dev.spacy
	$(BIN)/python $(AR_NER)/package.py $(AR_NER_OUT)/output/model-best $(AR_NER_PKG)
	$(BIN)/python $(AR_NER)/evaluate.py --shared $(SHARED) --newsfane-test $(AR_NER_OUT)/corpus/newsfane_test.conll
