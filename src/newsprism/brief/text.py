"""Sentences assembled from parts, remembering where each figure's number sits in them.

A template writes ``Line().add("According to SOHR, ").add("over 1,000", figure_id).add(" people
were killed.")``; the sentence keeps the offsets of "over 1,000" as a ``BriefMark`` so that a
renderer can link the number to the quote it comes from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from newsprism.model.ids import ArticleId, FigureId
from newsprism.model.reconcile import BriefMark, BriefSection, BriefSentence

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_SMALL = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


class Line:
    """A sentence under construction: plain parts and parts that state a figure's number."""

    def __init__(self) -> None:
        self._parts: list[tuple[str, FigureId | None]] = []

    def add(self, text: str, figure: FigureId | None = None) -> Line:
        """Append ``text`` (marked as stating ``figure`` when given); returns ``self``."""
        if text:
            self._parts.append((text, figure))
        return self

    def build(self) -> tuple[str, tuple[BriefMark, ...]]:
        """The text, first letter capitalised, and the marks of its numbers."""
        text = ""
        marks = []
        for raw, figure in self._parts:
            part = raw[:1].upper() + raw[1:] if not text else raw
            if figure is not None:
                marks.append(
                    BriefMark(start=len(text), end=len(text) + len(part), figure_id=figure)
                )
            text += part
        return text, tuple(marks)

    def sentence(
        self, citations: Iterable[ArticleId], section: BriefSection
    ) -> list[BriefSentence]:
        """The line as a cited sentence (none without citations: every sentence is cited)."""
        cited = tuple(sorted(set(citations)))
        if not cited or not self._parts:
            return []
        text, marks = self.build()
        return [BriefSentence(text=text, citations=cited, section=section, marks=marks)]


def date_words(day: dt.date) -> str:
    """ "7 March 2025"."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def date_span(first: dt.date, last: dt.date) -> str:
    """ "on 7 March 2025", "between 7 and 10 March 2025", "between 28 February and 2 March
    2025"."""
    if first == last:
        return f"on {date_words(first)}"
    if (first.year, first.month) == (last.year, last.month):
        return f"between {first.day} and {date_words(last)}"
    if first.year == last.year:
        return f"between {first.day} {_MONTHS[first.month - 1]} and {date_words(last)}"
    return f"between {date_words(first)} and {date_words(last)}"


def number_word(n: int) -> str:
    """A count below ten in words, larger ones in digits: "three", "12", "1,500"."""
    return _SMALL[n] if 0 <= n < len(_SMALL) else f"{n:,}"


def count_words(n: int, singular: str, plural: str | None = None) -> str:
    """A small count in words with its noun: "one article", "three sources", "12 articles"."""
    noun = singular if n == 1 else (plural or f"{singular}s")
    return f"{number_word(n)} {noun}"


def listing(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
