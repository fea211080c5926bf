"""Progress of long commands on stderr: a live bar on a terminal, one line every few seconds
otherwise (logs, CI, pipes), so a long run is never silent and stdout stays data only.

The callback counts articles; its ``stage(name, n)`` method (see ``api.Progress``) is told the
story-level stages: texts embedded and stories reconciled, each shown with its own count.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsprism.cli.console import err

#: Seconds between two progress lines when stderr is not a terminal.
LINE_INTERVAL_S = 10.0

#: What each stage counts.
_UNITS = {"articles": "articles", "embedding": "texts embedded", "stories": "stories"}


class StageCounter:
    """Counts per stage; ``__call__`` counts articles, ``stage`` the other stages."""

    def __init__(self, on_change: Callable[[], None]) -> None:
        self.counts: dict[str, int] = {"articles": 0}
        self.current = "articles"
        self._on_change = on_change

    def __call__(self, n: int) -> None:
        self.stage("articles", n)

    def stage(self, name: str, n: int = 0) -> None:
        if n == 0:
            self.current = name
        self.counts[name] = self.counts.get(name, 0) + n
        self._on_change()

    def describe(self) -> str:
        return ", ".join(
            f"{self.counts[name]:,} {_UNITS.get(name, name)}"
            for name in ("articles", "embedding", "stories")
            if name in self.counts
        )


@contextlib.contextmanager
def progress_bar(
    label: str,
    *,
    console: Console = err,
    interval_s: float = LINE_INTERVAL_S,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[StageCounter]:
    """Counts of processed articles, texts embedded and stories: a bar that vanishes when done
    on a terminal; else a line "``label`` [stage]: N articles (R/s), ..." at most every
    ``interval_s`` seconds, and a last one when the run took longer than that. Silent under
    ``--quiet`` (only errors on stderr)."""
    if logging.getLogger("newsprism").getEffectiveLevel() >= logging.ERROR:
        yield StageCounter(lambda: None)
        return
    if console.is_terminal:
        columns = (
            SpinnerColumn(),
            TextColumn("[progress.description]{task.description}"),
            BarColumn(bar_width=None),
            TextColumn("{task.fields[counts]}"),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task(label, total=None, counts="")

            def show() -> None:
                bar.update(
                    task,
                    description=f"{label} [{counter.current}]",
                    counts=counter.describe(),
                    advance=0,
                )

            counter = StageCounter(show)
            yield counter
        return
    start = last = clock()

    def line(now: float) -> None:
        done = counter.counts["articles"]
        rate = done / (now - start) if now > start else 0.0
        console.print(
            f"{label} [{counter.current}]: {counter.describe()} ({rate:,.1f} articles/s)",
            markup=False,
            highlight=False,
        )

    def maybe_line() -> None:
        nonlocal last
        now = clock()
        if now - last >= interval_s:
            line(now)
            last = now

    counter = StageCounter(maybe_line)
    yield counter
    now = clock()
    if now - start >= interval_s and now > last:
        line(now)
