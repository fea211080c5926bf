# Quick start: `make demo` (analyse the bundled example set) and `make test` (lint, types, tests,
# evaluation gate). Both create the virtualenv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_OUT ?= out/demo
SHARED_DATA ?= ../shared/data
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test lint typecheck unit eval-gate bench docs clean browser screenshots

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsprism analyze examples/syria-coast-2025-03 -o $(DEMO_OUT)
	@echo "Open $(DEMO_OUT)/report.html in a browser (also report.md, report.json)."

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

# The browser tests drive Debian's chromium (no browser is downloaded): installed here when
# missing and we are root (CI); elsewhere they are skipped with a note.
browser:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else echo "note: browser tests need Debian's chromium at $(CHROMIUM) (sudo apt-get install chromium)"; fi

unit: $(STAMP) browser
	$(BIN)/pytest

# Accuracy floors pinned in eval/baseline.json; the larger sets are scored when SHARED_DATA exists.
eval-gate: $(STAMP)
	$(BIN)/newsprism eval gate $(if $(wildcard $(SHARED_DATA)),--data $(SHARED_DATA),)

test: lint typecheck unit eval-gate

bench: $(STAMP)
	$(BIN)/python bench/figures.py $(SHARED_DATA)/gva-semeval2018-task5/documents.jsonl
	$(BIN)/python bench/stories.py

docs: $(STAMP)
	$(BIN)/typer newsprism.cli.app utils docs --name newsprism --output docs/cli.md

# PNG screenshots of the example's report and the web app, for docs/.
screenshots: $(STAMP) browser
	$(BIN)/python scripts/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
