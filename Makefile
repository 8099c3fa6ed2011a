# Kota Cerdas — the two commands a newcomer needs are `make demo` and `make test`.
# Everything runs from a virtualenv in .venv created on first use.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# `make demo` runs with DEBUG on and a throwaway key; production reads .env (see .env.example).
DEMO_ENV := DEBUG=1
PYTEST_ARGS ?=

.PHONY: demo serve test lint format bench install messages clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required (set PYTHON=/path/to/python3.11)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)
	$(DEMO_ENV) $(BIN)/kotacerdas compile-translations

demo: install
	$(DEMO_ENV) $(BIN)/kotacerdas migrate --noinput
	$(DEMO_ENV) $(BIN)/kotacerdas load-demo
	@echo "Serving on http://127.0.0.1:8000 (Ctrl+C to stop)"
	$(DEMO_ENV) $(BIN)/kotacerdas runserver 127.0.0.1:8000

serve: install
	$(DEMO_ENV) $(BIN)/kotacerdas runserver 127.0.0.1:8000

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

messages: $(STAMP)
	cd kotacerdas && $(DEMO_ENV) ../$(BIN)/kotacerdas makemessages -l en --no-obsolete --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles test-artifacts .pytest_cache .ruff_cache
