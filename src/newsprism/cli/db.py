"""``newsprism db info``: what a store holds."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsprism.cli.console import write_jsonl
from newsprism.store.sqlite import SqliteStore

app = typer.Typer(help="Inspect the SQLite store.", no_args_is_help=True)


@app.command("info")
def info(
    db: Annotated[Path, typer.Option("--db", envvar="NEWSPRISM_DB", help="SQLite store.")],
) -> None:
    """Print the schema version and the counts of articles, rejections, embeddings and stories."""
    if not db.exists():
        raise typer.BadParameter(
            f"{db} does not exist; create it with `newsprism ingest PATH --db {db}`",
            param_hint="--db",
        )
    with SqliteStore(db, read_only=True) as store:
        write_jsonl([dict(store.info())])
