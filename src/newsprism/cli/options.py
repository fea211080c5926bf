"""Options shared by several commands, declared once."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsprism.api import Engine
from newsprism.cli.console import print_line
from newsprism.errors import BackendUnavailable, ConfigError, InputError, StoreError
from newsprism.executors.backends import open_executor
from newsprism.pipeline.executor import default_workers
from newsprism.settings import DEFAULT_MAX_BYTES, Settings
from newsprism.store.backends import open_store

#: Exit codes: 1 some inputs were rejected (recorded; the run went on, or --strict stopped it),
#: 2 usage error (typer), 3 configuration or store error (also a missing extra, an unreachable
#: Dask scheduler or PostgreSQL server), 4 unexpected error (a bug).
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
    str | None,
    typer.Option(
        "--db",
        envvar="NEWSPRISM_DB",
        metavar="FILE|URL",
        help="Store to read and update: a SQLite file, or a PostgreSQL URL (postgresql://...).",
    ),
]
Workers = Annotated[
    int | None,
    typer.Option(
        "--workers", "-j", min=1, help="Processes for per-article work (default: all cores)."
    ),
]


class ExecutorKind(StrEnum):
    """Where per-article work and embeddings run (``executors.backends.EXECUTORS``)."""

    LOCAL = "local"
    DASK = "dask"


ExecutorName = Annotated[
    ExecutorKind,
    typer.Option(
        "--executor",
        envvar="NEWSPRISM_EXECUTOR",
        help="Where per-article work and embeddings run: this machine (local) or a Dask "
        "cluster (dask: needs --scheduler and the distributed extra).",
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        envvar="DASK_SCHEDULER_ADDRESS",
        metavar="ADDRESS",
        help="Address of the Dask scheduler for --executor dask (tcp://HOST:PORT).",
    ),
]
Strict = Annotated[
    bool, typer.Option("--strict", help="Stop at the first rejected input instead of going on.")
]
Domains = Annotated[
    list[str] | None,
    typer.Option(
        "--domain",
        envvar="NEWSPRISM_DOMAINS",
        metavar="NAME",
        help="Domain pack for figure extraction besides the language packs (repeatable; "
        "'auto' picks them per article; see `newsprism langs`), e.g. gun-violence for US "
        "shooting news.",
    ),
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
    db: str | None,
    workers: int | None,
    strict: bool,
    executor: str = "local",
    scheduler: str | None = None,
    domains: list[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Engine]:
    """An engine with the given settings, its executor, and the store opened (and closed) when
    ``--db`` is set."""
    try:
        settings = Settings(
            workers=workers or default_workers(),
            strict=strict,
            domains=tuple(domains or ()),
            max_bytes=max_bytes,
        )
        with contextlib.ExitStack() as stack:
            runner = stack.enter_context(
                open_executor(executor, workers=settings.workers, scheduler=scheduler)
            )
            store = stack.enter_context(open_store(db)) if db is not None else None
            yield Engine(settings, store, runner)
    except InputError as exc:
        print_line(f"error: {exc}")
        print_line("(--strict stops at the first rejected input; drop it to record and go on)")
        raise typer.Exit(EXIT_REJECTED) from exc
    except (ConfigError, StoreError, BackendUnavailable) as exc:
        print_line(f"error: {exc}")
        raise typer.Exit(EXIT_CONFIG) from exc
