"""End to end on the shared deployment: ingest into a real PostgreSQL server with the per-article
work and embeddings on a Dask cluster, then `analyze --db` from PostgreSQL; the report is the one
of the embedded default (SQLite, local executor)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsprism.cli.app import app

pytestmark = pytest.mark.slow
runner = CliRunner()


def _invoke(*args: str) -> str:
    """The command's standard output. Dask's client may still log (its connection closing) after
    an earlier command returned; that goes to standard error, never into what is parsed here."""
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _report(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    data.pop("generated_at")
    return data


def test_postgres_and_dask_give_the_sqlite_report(
    postgres_url: str, dask_client: Any, example_dir: Path, tmp_path: Path
) -> None:
    scheduler = str(dask_client.scheduler.address)
    on_cluster = ["--executor", "dask", "--scheduler", scheduler]
    _invoke("ingest", str(example_dir), "--db", postgres_url, *on_cluster)
    _invoke("ingest", str(example_dir), "--db", postgres_url, *on_cluster)  # idempotent
    info = json.loads(_invoke("db", "info", "--db", postgres_url))
    assert (info["backend"], info["articles"], info["stories"]) == ("postgresql", 5, 1)
    _invoke("analyze", "--db", postgres_url, "-o", str(tmp_path / "pg"), "-f", "json", *on_cluster)

    sqlite = str(tmp_path / "news.db")
    _invoke("ingest", str(example_dir), "--db", sqlite, "-j", "1")
    _invoke("analyze", "--db", sqlite, "-o", str(tmp_path / "sqlite"), "-f", "json", "-j", "1")

    shared, embedded = _report(tmp_path / "pg"), _report(tmp_path / "sqlite")
    assert shared == embedded
    assert shared["summary"]["articles"] == 5 and len(shared["stories"]) == 1


def test_db_option_names_an_unreachable_postgres_server(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["analyze", "--db", "postgresql://ana:pw@127.0.0.1:9/news", "-o", str(tmp_path)]
    )
    assert result.exit_code == 3
    message = " ".join(result.output.split())
    assert "cannot connect to the PostgreSQL store postgresql://ana@127.0.0.1:9/news" in message
    assert ":pw@" not in message
