# Two commands on a fresh machine with Python 3.11+ and make: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/salvo demo

lint: $(STAMP)
	$(BIN)/ruff check .

# The suite is mostly waiting on local servers and subprocesses: spread over the cores
# (pytest-xdist), at most 4 workers; the slowest tests are listed, to keep .ci/run well inside
# its 15 minutes.
test: lint
	$(BIN)/python -m pytest -n auto --maxprocesses 4 --durations=15

clean:
	rm -rf $(VENV) salvo-demo.db salvo-demo.db-wal salvo-demo.db-shm .pytest_cache .ruff_cache
