"""Terminal output shared by the commands: data to stdout, messages and progress to stderr."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsprism.api import Progress as ProgressCallback
from newsprism.model.article import Rejection

#: Messages, tables and progress go to stderr so that stdout stays machine-readable.
err = Console(stderr=True, highlight=False)


def write_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line on stdout (UTF-8, non-ASCII kept)."""
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, sort_keys=True))
        out.write("\n")


@contextlib.contextmanager
def progress_bar(label: str) -> Iterator[ProgressCallback]:
    """A live count of processed articles on stderr (shown only on a terminal; vanishes when done)."""
    columns = (
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(bar_width=None),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=None)

        def advance(n: int) -> None:
            progress.advance(task, n)

        yield advance


def report_rejections(rejections: Iterable[Rejection]) -> int:
    """Print each rejected input with its reason; return how many there were."""
    count = 0
    for rejection in rejections:
        count += 1
        # Input names and reasons may contain "[...]": escape them so rich prints them as text.
        err.print(f"[yellow]rejected[/] {escape(rejection.ref)}: {escape(rejection.reason)}")
    return count
