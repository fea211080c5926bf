from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from rich.console import Console

from newsprism.cli.progress import progress_bar


@pytest.fixture(autouse=True)
def _not_quiet() -> Iterator[None]:
    # CLI runs in this process (`-q`) leave newsprism's logger at ERROR, which silences progress.
    ours = logging.getLogger("newsprism")
    before = ours.level
    ours.setLevel(logging.WARNING)
    yield
    ours.setLevel(before)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_off_a_terminal_prints_a_line_every_interval() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=False, width=200)
    clock = Clock()
    with progress_bar("analysing", console=console, interval_s=10, clock=clock) as advance:
        for _ in range(25):
            clock.now += 1
            advance(4)
    lines = out.getvalue().splitlines()
    assert lines == [
        "analysing [articles]: 40 articles (4.0 articles/s)",
        "analysing [articles]: 80 articles (4.0 articles/s)",
        "analysing [articles]: 100 articles (4.0 articles/s)",
    ]


def test_progress_names_the_story_stages_and_counts_them() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=False, width=200)
    clock = Clock()
    with progress_bar("analysing", console=console, interval_s=10, clock=clock) as progress:
        clock.now += 5
        progress(50)
        progress.stage("embedding")
        clock.now += 6
        progress.stage("embedding", 256)
        progress.stage("stories")
        clock.now += 10
        progress.stage("stories", 3)
    lines = out.getvalue().splitlines()
    assert lines == [
        "analysing [embedding]: 50 articles, 256 texts embedded (4.5 articles/s)",
        "analysing [stories]: 50 articles, 256 texts embedded, 3 stories (2.4 articles/s)",
    ]


def test_progress_of_a_short_run_off_a_terminal_is_silent() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=False)
    clock = Clock()
    with progress_bar("ingesting", console=console, interval_s=10, clock=clock) as advance:
        clock.now += 2
        advance(3)
    assert out.getvalue() == ""


def test_progress_is_silent_under_quiet() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=False, width=200)
    clock = Clock()
    logging.getLogger("newsprism").setLevel(logging.ERROR)
    with progress_bar("analysing", console=console, interval_s=1, clock=clock) as progress:
        for _ in range(5):
            clock.now += 2
            progress(10)
    assert out.getvalue() == ""
