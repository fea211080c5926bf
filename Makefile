# Quick start: `make demo` (analyse the bundled example set) and `make test` (lint, types, tests,
# evaluation gate). Both create the virtualenv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_OUT ?= out/demo
SHARED_DATA ?= ../shared/data
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test lint typecheck unit pg-server browser eval-gate soak fuzz bench bench-scale docs clean screenshots

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

unit: $(STAMP) browser pg-server
	$(BIN)/pytest

# The PostgreSQL store tests start a throwaway server of Debian's postgresql package as an
# unprivileged user (tests/pg_server.py). Installed here when missing (as root, with apt-get);
# elsewhere those tests are skipped with a message. The Dask tests need no server: they start a
# LocalCluster.
pg-server:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then \
		true; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian's postgresql package for the PostgreSQL store tests"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } \
			|| echo "note: installing postgresql failed: the PostgreSQL tests will be skipped"; \
	else \
		echo "note: no PostgreSQL server here and no root to install it (apt-get install postgresql): the PostgreSQL tests will be skipped"; \
	fi

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

# Articles/s on 1, 2 and 4 Dask workers (separate processes) and the driver's memory.
bench-scale: $(STAMP)
	$(BIN)/python bench/scale.py $(SHARED_DATA)/gva-semeval2018-task5/documents.jsonl --articles 10000 --workers 1,2,4 --local

docs: $(STAMP)
	$(BIN)/typer newsprism.cli.app utils docs --name newsprism --output docs/cli.md

# PNG screenshots of the example's report and the web app, for docs/.
screenshots: $(STAMP) browser
	$(BIN)/python scripts/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
