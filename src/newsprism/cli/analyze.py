"""``newsprism analyze`` and ``newsprism ingest``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsprism.cli.console import print_line, report_rejections
from newsprism.cli.options import (
    EXIT_CONFIG,
    EXIT_REJECTED,
    Db,
    Domains,
    ExecutorKind,
    ExecutorName,
    MaxBytes,
    OptionalPaths,
    Paths,
    Scheduler,
    Strict,
    Workers,
    engine,
)
from newsprism.cli.progress import progress_bar
from newsprism.cli.summary import print_summary
from newsprism.errors import ConfigError
from newsprism.report.render.files import FORMATS, check_output_folder, write_report
from newsprism.settings import DEFAULT_MAX_BYTES


def analyze(
    paths: OptionalPaths = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the reports.")] = Path(
        "newsprism-report"
    ),
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Comma-separated: html, md, json.")
    ] = "html,md,json",
    db: Db = None,
    workers: Workers = None,
    strict: Strict = False,
    executor: ExecutorName = ExecutorKind.LOCAL,
    scheduler: Scheduler = None,
    domain: Domains = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Analyse articles: stories, figures, reconciled estimates, single-source claims, brief."""
    wanted = [f.strip() for f in formats.split(",") if f.strip()]
    unknown = sorted(set(wanted) - set(FORMATS))
    if unknown or not wanted:
        raise typer.BadParameter(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; use {', '.join(FORMATS)}",
            param_hint="--format",
        )
    if not paths and db is None:
        raise typer.BadParameter(
            "give files or folders to analyse, or --db FILE", param_hint="PATHS"
        )
    try:
        check_output_folder(output)
    except ConfigError as exc:
        print_line(f"error: {exc} (-o)")
        raise typer.Exit(EXIT_CONFIG) from exc
    with (
        engine(db, workers, strict, executor, scheduler, domain, max_bytes) as eng,
        progress_bar("analysing") as progress,
    ):
        report = eng.analyze(paths or [], progress=progress)
    written = write_report(report, output, wanted)
    print_summary(report)
    for path in written:
        print_line(f"wrote {path}")
    if report_rejections(report.rejections, report.rejections_omitted):
        raise typer.Exit(EXIT_REJECTED)


def ingest(
    paths: Paths,
    db: Annotated[
        str,
        typer.Option(
            "--db",
            envvar="NEWSPRISM_DB",
            metavar="FILE|URL",
            help="Store to add to: a SQLite file (created if missing) or a PostgreSQL URL.",
        ),
    ],
    workers: Workers = None,
    strict: Strict = False,
    executor: ExecutorName = ExecutorKind.LOCAL,
    scheduler: Scheduler = None,
    domain: Domains = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Add articles to a store; re-ingesting an article is a no-op; new ones join stories."""
    with (
        engine(db, workers, strict, executor, scheduler, domain, max_bytes) as eng,
        progress_bar("ingesting") as progress,
    ):
        result = eng.ingest(paths, progress=progress)
    rejected = len(result.rejections) + result.rejections_omitted
    print_line(
        f"added {result.added} article(s), {result.skipped_existing} already stored, "
        f"{rejected} input(s) rejected"
    )
    if report_rejections(result.rejections, result.rejections_omitted):
        raise typer.Exit(EXIT_REJECTED)
