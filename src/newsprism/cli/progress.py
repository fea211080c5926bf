"""Progress of long commands on stderr: a live bar on a terminal, one line every few seconds
otherwise (logs, CI, pipes), so a long run is never silent and stdout stays data only."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsprism.api import Progress as ProgressCallback
from newsprism.cli.console import err

#: Seconds between two progress lines when stderr is not a terminal.
LINE_INTERVAL_S = 10.0


@contextlib.contextmanager
def progress_bar(
    label: str,
    *,
    console: Console = err,
    interval_s: float = LINE_INTERVAL_S,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[ProgressCallback]:
    """A count of processed articles: a bar that vanishes when done on a terminal; else a
    line "``label``: N articles (R/s)" at most every ``interval_s`` seconds, and a last one
    when the run took longer than that."""
    if console.is_terminal:
        columns = (
            SpinnerColumn(),
            TextColumn("[progress.description]{task.description}"),
            BarColumn(bar_width=None),
            TextColumn("{task.completed} articles"),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task(label, total=None)

            def advance(n: int) -> None:
                bar.advance(task, n)

            yield advance
        return
    start = last = clock()
    done = 0

    def line(now: float) -> None:
        rate = done / (now - start) if now > start else 0.0
        console.print(f"{label}: {done:,} articles ({rate:,.1f}/s)", markup=False, highlight=False)

    def count(n: int) -> None:
        nonlocal done, last
        done += n
        now = clock()
        if now - last >= interval_s:
            line(now)
            last = now

    yield count
    now = clock()
    if now - start >= interval_s:
        line(now)
