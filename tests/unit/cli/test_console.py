"""What the CLI prints about hostile input stays on one line and means what it says (issue #12
defects 8 and 9)."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from rich.console import Console

from newsprism.cli import console
from newsprism.cli.console import MAX_SHOWN_REJECTIONS, printable, report_rejections
from newsprism.model.article import Rejection


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a.txt\nrejected b.txt: fine", "a.txt\\nrejected b.txt: fine"),
        ("\x1b[2J\x1b]0;owned\x07", "\\x1b[2J\\x1b]0;owned\\x07"),
        ("line\u2028sep\x85", "line\\u2028sep\\x85"),
        ("gnp.txt\u202etxt.exe", "gnp.txt\\u202etxt.exe"),
        ("Kota Homs: 1.383 warga sipil, «قتلى»", "Kota Homs: 1.383 warga sipil, «قتلى»"),
    ],
)
def test_printable_escapes_what_could_forge_or_rewrite_a_line(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_printable_cuts_long_text() -> None:
    assert printable("x" * 5000, limit=10) == "x" * 10 + "…"


@pytest.fixture
def stderr(monkeypatch: pytest.MonkeyPatch) -> Iterator[io.StringIO]:
    """The console's output, without -v (whatever an earlier CLI run in this process set)."""
    buffer = io.StringIO()
    monkeypatch.setattr(console, "err", Console(file=buffer, width=60, emoji=False))
    logger = logging.getLogger("newsprism")
    before = logger.level
    logger.setLevel(logging.WARNING)
    yield buffer
    logger.setLevel(before)


def _rejections(n: int) -> list[Rejection]:
    return [Rejection(ref=f"bad.jsonl:{i}", reason="not valid JSON [bold]x[/]") for i in range(n)]


def test_report_rejections_lists_the_first_and_counts_the_rest(stderr: io.StringIO) -> None:
    total = report_rejections(_rejections(MAX_SHOWN_REJECTIONS + 5), omitted=100)
    lines = stderr.getvalue().splitlines()
    assert total == MAX_SHOWN_REJECTIONS + 105
    assert len(lines) == MAX_SHOWN_REJECTIONS + 1
    assert lines[0] == "rejected bad.jsonl:0: not valid JSON [bold]x[/]"  # text, not markup
    assert "105 more rejected input(s)" in lines[-1]
    assert "newsprism -v" in lines[-1]


def test_report_rejections_lists_all_kept_with_verbose(stderr: io.StringIO) -> None:
    logging.getLogger("newsprism").setLevel(logging.INFO)
    report_rejections(_rejections(MAX_SHOWN_REJECTIONS + 5))
    assert len(stderr.getvalue().splitlines()) == MAX_SHOWN_REJECTIONS + 5


def test_a_long_hostile_rejection_is_one_line(stderr: io.StringIO) -> None:
    report_rejections([Rejection(ref="a\nb" * 100, reason="r\r\n" * 100)])
    assert len(stderr.getvalue().splitlines()) == 1
