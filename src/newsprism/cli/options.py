"""Options shared by several commands, declared once."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from newsprism.api import Engine
from newsprism.cli.console import err
from newsprism.errors import ConfigError, InputError, StoreError
from newsprism.pipeline.executor import default_workers
from newsprism.settings import Settings
from newsprism.store.sqlite import SqliteStore

#: Exit codes: 1 some inputs were rejected (recorded; the run went on, or --strict stopped it),
#: 2 usage error (typer), 3 configuration or store error.
EXIT_REJECTED = 1
EXIT_CONFIG = 3

Paths = Annotated[
    list[Path],
    typer.Argument(help="Files or folders: .txt, .html, .json, .jsonl(.gz), RSS/Atom, .warc(.gz)."),
]
OptionalPaths = Annotated[
    list[Path] | None,
    typer.Argument(help="Files or folders to read (optional with --db: then the stored articles)."),
]
Db = Annotated[
    Path | None,
    typer.Option("--db", envvar="NEWSPRISM_DB", help="SQLite store to read and update."),
]
Workers = Annotated[
    int | None,
    typer.Option(
        "--workers", "-j", min=1, help="Processes for per-article work (default: all cores)."
    ),
]
Strict = Annotated[
    bool, typer.Option("--strict", help="Stop at the first rejected input instead of going on.")
]


@contextlib.contextmanager
def engine(db: Path | None, workers: int | None, strict: bool) -> Iterator[Engine]:
    """An engine with the given settings, and the store opened (and closed) when ``--db`` is set."""
    try:
        settings = Settings(workers=workers or default_workers(), strict=strict)
        if db is None:
            yield Engine(settings)
            return
        with SqliteStore(db) as store:
            yield Engine(settings, store)
    except InputError as exc:
        err.print(f"error: {exc}", markup=False)
        err.print(
            "(--strict stops at the first rejected input; drop it to record and go on)",
            markup=False,
        )
        raise typer.Exit(EXIT_REJECTED) from exc
    except (ConfigError, StoreError) as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(EXIT_CONFIG) from exc
