# Quick start: `make demo` (analyse the bundled example set) and `make test` (lint, types, tests,
# evaluation gate). Both create the virtualenv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_OUT ?= out/demo
SHARED_DATA ?= ../shared/data

.PHONY: demo test lint typecheck unit eval-gate soak fuzz bench docs clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsprism analyze examples/syria-coast-2025-03 -o $(DEMO_OUT)
	@echo "Open $(DEMO_OUT)/report.html in a browser (also report.md, report.json)."

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

# Accuracy floors pinned in eval/baseline.json; the larger sets are scored when SHARED_DATA exists.
eval-gate: $(STAMP)
	$(BIN)/newsprism eval gate $(if $(wildcard $(SHARED_DATA)),--data $(SHARED_DATA),)

test: lint typecheck unit eval-gate

# More fault trials than `make test` runs (tests/fault): 20 kill -9 trials
# of ingest (half of them cold, embedding from scratch) and two concurrent ingests.
soak: $(STAMP)
	NEWSPRISM_FAULT_TRIALS=20 NEWSPRISM_FAULT_COLD=1 $(BIN)/pytest -s tests/fault

# The reader fuzz tests with a random seed and five times the inputs of `make test`.
fuzz: $(STAMP)
	NEWSPRISM_FUZZ=random $(BIN)/pytest tests/fuzz --hypothesis-show-statistics

bench: $(STAMP)
	$(BIN)/python bench/figures.py $(SHARED_DATA)/gva-semeval2018-task5/documents.jsonl
	$(BIN)/python bench/stories.py

docs: $(STAMP)
	$(BIN)/typer newsprism.cli.app utils docs --name newsprism --output docs/cli.md

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
