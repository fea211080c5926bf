"""``newsprism figures``, ``stories`` and ``reconcile``: one record per line."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from newsprism.cli.console import err, printable, report_rejections, write_jsonl
from newsprism.cli.options import (
    EXIT_REJECTED,
    Db,
    Domains,
    ExecutorKind,
    ExecutorName,
    MaxBytes,
    OptionalPaths,
    Scheduler,
    Strict,
    Workers,
    engine,
)
from newsprism.cli.progress import progress_bar
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
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
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
    db: str | None,
    workers: int | None,
    strict: bool,
    max_bytes: int,
    *,
    label: str,
    with_stories: bool,
    executor: str = "local",
    scheduler: str | None = None,
    explain: bool = False,
    domain: list[str] | None = None,
) -> Report:
    if not paths and db is None:
        raise typer.BadParameter("give files or folders, or --db FILE", param_hint="PATHS")
    with (
        engine(db, workers, strict, executor, scheduler, domain, max_bytes) as eng,
        progress_bar(label) as progress,
    ):
        return eng.analyze(
            paths or [], progress=progress, with_stories=with_stories, explain_stories=explain
        )


def _finish(report: Report) -> None:
    if report_rejections(report.rejections, report.rejections_omitted):
        raise typer.Exit(EXIT_REJECTED)


def figures(
    paths: OptionalPaths = None,
    fmt: FormatOption = Format.JSONL,
    db: Db = None,
    workers: Workers = None,
    strict: Strict = False,
    executor: ExecutorName = ExecutorKind.LOCAL,
    scheduler: Scheduler = None,
    domain: Domains = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Print every figure (number, hedge, victim group, place, period, source, quote)."""
    report = _run(
        paths,
        db,
        workers,
        strict,
        max_bytes,
        label="extracting",
        with_stories=False,
        executor=executor,
        scheduler=scheduler,
        domain=domain,
    )
    _emit(figure_rows(report), fmt, FIGURE_COLUMNS)
    _finish(report)


def stories(
    paths: OptionalPaths = None,
    fmt: FormatOption = Format.JSONL,
    db: Db = None,
    workers: Workers = None,
    strict: Strict = False,
    executor: ExecutorName = ExecutorKind.LOCAL,
    scheduler: Scheduler = None,
    domain: Domains = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Add why each article is in its story: the member it is most strongly linked "
            "to, the pair's score, what each signal gave and the shared keys.",
        ),
    ] = False,
) -> None:
    """Print the story of every article and the article it copies, if any."""
    report = _run(
        paths,
        db,
        workers,
        strict,
        max_bytes,
        label="clustering",
        with_stories=True,
        executor=executor,
        scheduler=scheduler,
        domain=domain,
        explain=explain,
    )
    columns = [*STORY_COLUMNS, "link"] if explain else STORY_COLUMNS
    _emit(story_rows(report), fmt, columns)
    _finish(report)


def reconcile(
    paths: OptionalPaths = None,
    fmt: FormatOption = Format.JSONL,
    db: Db = None,
    workers: Workers = None,
    strict: Strict = False,
    executor: ExecutorName = ExecutorKind.LOCAL,
    scheduler: Scheduler = None,
    domain: Domains = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Print one reconciled figure group per line: low / best / high, origins and rule."""
    report = _run(
        paths,
        db,
        workers,
        strict,
        max_bytes,
        label="reconciling",
        with_stories=True,
        executor=executor,
        scheduler=scheduler,
        domain=domain,
    )
    _emit(group_rows(report), fmt, GROUP_COLUMNS)
    _finish(report)
