"""``newsprism figures``, ``stories``, ``reconcile`` and ``langs``: one record per line."""

from __future__ import annotations

import csv
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.table import Table

from newsprism.cli.console import err, progress_bar, report_rejections, write_jsonl
from newsprism.cli.options import EXIT_REJECTED, Db, OptionalPaths, Strict, Workers, engine
from newsprism.lang.identify import SUPPORTED_LANGUAGES
from newsprism.report.records import figure_rows, group_rows, story_rows


class Format(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    TABLE = "table"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="jsonl, csv or table.")]


def _emit(rows: list[dict[str, Any]], fmt: Format, columns: list[str]) -> None:
    if fmt is Format.JSONL:
        write_jsonl(rows)
    elif fmt is Format.CSV:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(row.get(k)) for k in columns})
    else:
        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*(_cell(row.get(k)) for k in columns))
        err.print(table)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _require_input(paths: list[Any] | None, db: object) -> None:
    if not paths and db is None:
        raise typer.BadParameter("give files or folders, or --db FILE", param_hint="PATHS")


def figures(
    paths: OptionalPaths = None,
    fmt: FormatOption = Format.JSONL,
    db: Db = None,
    workers: Workers = None,
    strict: Strict = False,
) -> None:
    """Print every figure (number, hedge, victim group, place, period, source, quote)."""
    _require_input(paths, db)
    with engine(db, workers, strict) as eng, progress_bar("extracting") as progress:
        report = eng.analyze(paths or [], progress=progress, with_stories=False)
    columns = [
        "article",
        "kind",
        "value",
        "low",
        "high",
        "qualifier",
        "group",
        "place",
        "period",
        "source",
        "attribution",
        "quote",
        "start",
        "end",
    ]
    _emit(figure_rows(report), fmt, columns)
    if report_rejections(report.rejections):
        raise typer.Exit(EXIT_REJECTED)


def stories(
    paths: OptionalPaths = None,
    fmt: FormatOption = Format.JSONL,
    db: Db = None,
    workers: Workers = None,
    strict: Strict = False,
) -> None:
    """Print the story of every article and the article it copies, if any."""
    _require_input(paths, db)
    with engine(db, workers, strict) as eng, progress_bar("clustering") as progress:
        report = eng.analyze(paths or [], progress=progress)
    _emit(story_rows(report), fmt, ["article", "story", "duplicate_of", "label"])
    if report_rejections(report.rejections):
        raise typer.Exit(EXIT_REJECTED)


def reconcile(
    paths: OptionalPaths = None,
    fmt: FormatOption = Format.JSONL,
    db: Db = None,
    workers: Workers = None,
    strict: Strict = False,
) -> None:
    """Print one reconciled figure group per line: low / best / high, origins and rule."""
    _require_input(paths, db)
    with engine(db, workers, strict) as eng, progress_bar("reconciling") as progress:
        report = eng.analyze(paths or [], progress=progress)
    columns = [
        "story",
        "kind",
        "scope",
        "low",
        "best",
        "high",
        "n_articles",
        "n_origins",
        "origins",
        "rule",
    ]
    _emit(group_rows(report), fmt, columns)
    if report_rejections(report.rejections):
        raise typer.Exit(EXIT_REJECTED)


def langs() -> None:
    """List the supported languages (ISO 639-1 codes)."""
    for code in SUPPORTED_LANGUAGES:
        sys.stdout.write(f"{code}\n")
