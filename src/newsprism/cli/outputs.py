"""``newsprism figures``, ``stories``, ``reconcile`` and ``langs``: one record per line."""

from __future__ import annotations

import csv
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from newsprism.cli.console import err, printable, progress_bar, report_rejections, write_jsonl
from newsprism.cli.options import (
    EXIT_REJECTED,
    Db,
    MaxBytes,
    OptionalPaths,
    Strict,
    Workers,
    engine,
)
from newsprism.lang.identify import SUPPORTED_LANGUAGES
from newsprism.model.report import Report
from newsprism.report.records import figure_rows, group_rows, story_rows
from newsprism.report.render.spreadsheet import csv_cell
from newsprism.settings import DEFAULT_MAX_BYTES


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
            writer.writerow({k: csv_cell(row.get(k)) for k in columns})
    else:
        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*(Text(printable(_cell(row.get(k)))) for k in columns))
        err.print(table)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


FIGURE_COLUMNS = [
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
STORY_COLUMNS = ["article", "story", "duplicate_of", "label"]
GROUP_COLUMNS = [
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


def _run(
    paths: list[Path] | None,
    db: Path | None,
    workers: int | None,
    strict: bool,
    max_bytes: int,
    *,
    label: str,
    with_stories: bool,
) -> Report:
    if not paths and db is None:
        raise typer.BadParameter("give files or folders, or --db FILE", param_hint="PATHS")
    with engine(db, workers, strict, max_bytes) as eng, progress_bar(label) as progress:
        return eng.analyze(paths or [], progress=progress, with_stories=with_stories)


def _finish(report: Report) -> None:
    if report_rejections(report.rejections, report.rejections_omitted):
        raise typer.Exit(EXIT_REJECTED)


def figures(
    paths: OptionalPaths = None,
    fmt: FormatOption = Format.JSONL,
    db: Db = None,
    workers: Workers = None,
    strict: Strict = False,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Print every figure (number, hedge, victim group, place, period, source, quote)."""
    report = _run(paths, db, workers, strict, max_bytes, label="extracting", with_stories=False)
    _emit(figure_rows(report), fmt, FIGURE_COLUMNS)
    _finish(report)


def stories(
    paths: OptionalPaths = None,
    fmt: FormatOption = Format.JSONL,
    db: Db = None,
    workers: Workers = None,
    strict: Strict = False,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Print the story of every article and the article it copies, if any."""
    report = _run(paths, db, workers, strict, max_bytes, label="clustering", with_stories=True)
    _emit(story_rows(report), fmt, STORY_COLUMNS)
    _finish(report)


def reconcile(
    paths: OptionalPaths = None,
    fmt: FormatOption = Format.JSONL,
    db: Db = None,
    workers: Workers = None,
    strict: Strict = False,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Print one reconciled figure group per line: low / best / high, origins and rule."""
    report = _run(paths, db, workers, strict, max_bytes, label="reconciling", with_stories=True)
    _emit(group_rows(report), fmt, GROUP_COLUMNS)
    _finish(report)


def langs() -> None:
    """List the supported languages (ISO 639-1 codes)."""
    for code in SUPPORTED_LANGUAGES:
        sys.stdout.write(f"{code}\n")
