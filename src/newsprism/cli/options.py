"""Options shared by several commands, declared once."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from newsprism.api import Engine
from newsprism.cli.console import print_line
from newsprism.errors import ConfigError, InputError, StoreError
from newsprism.pipeline.executor import default_workers
from newsprism.settings import DEFAULT_MAX_BYTES, Settings
from newsprism.store.sqlite import SqliteStore

#: Exit codes: 1 some inputs were rejected (recorded; the run went on, or --strict stopped it),
#: 2 usage error (typer), 3 configuration or store error, 4 unexpected error (a bug).
EXIT_REJECTED = 1
EXIT_CONFIG = 3
EXIT_BUG = 4

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
MaxBytes = Annotated[
    int,
    typer.Option(
        "--max-bytes",
        min=1,
        help="Largest input read: a file, or one line or record of JSON Lines and WARC "
        "(bigger ones are rejected); the clean text of an article may have a twentieth of it in "
        "characters.",
    ),
]


@contextlib.contextmanager
def engine(
    db: Path | None, workers: int | None, strict: bool, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Engine]:
    """An engine with the given settings, and the store opened (and closed) when ``--db`` is set."""
    try:
        settings = Settings(
            workers=workers or default_workers(), strict=strict, max_bytes=max_bytes
        )
        if db is None:
            yield Engine(settings)
            return
        with SqliteStore(db) as store:
            yield Engine(settings, store)
    except InputError as exc:
        print_line(f"error: {exc}")
        print_line("(--strict stops at the first rejected input; drop it to record and go on)")
        raise typer.Exit(EXIT_REJECTED) from exc
    except (ConfigError, StoreError) as exc:
        print_line(f"error: {exc}")
        raise typer.Exit(EXIT_CONFIG) from exc
