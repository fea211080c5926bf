"""``newsprism db info``: what a store holds."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsprism.cli.console import write_jsonl
from newsprism.store.backends import is_postgres, open_store

app = typer.Typer(help="Inspect the store (SQLite or PostgreSQL).", no_args_is_help=True)


@app.command("info")
def info(
    db: Annotated[
        str,
        typer.Option(
            "--db",
            envvar="NEWSPRISM_DB",
            metavar="FILE|URL",
            help="SQLite file or PostgreSQL URL (postgresql://...).",
        ),
    ],
) -> None:
    """Print the schema version and the counts of articles, rejections, embeddings, stories
    and stored analyses."""
    if not is_postgres(db) and not Path(db).exists():
        raise typer.BadParameter(
            f"{db} does not exist; create it with `newsprism ingest PATH --db {db}`",
            param_hint="--db",
        )
    with open_store(db, read_only=True) as store:
        write_jsonl([dict(store.info())])
