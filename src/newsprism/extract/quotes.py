"""Quoted passages of an article: where a speaker's words start and end, across sentences.

A figure inside a quotation is the speaker's ("The dead are from Nairobi (17), ...," the
statement read): the speaker is named just after the closing mark or just before the opening
one. Quotation marks are read per line: straight double quotes toggle; ``“ « „ ‹`` open and
``” » ‟ ›`` close (a ``“`` closes a quotation that ``„`` opened, as in German).
"""

from __future__ import annotations

from dataclasses import dataclass

_OPEN = frozenset("“«„‹")
_CLOSE = frozenset("”»‟›")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: character offsets of its opening and closing marks (``end`` is just
    after the closing mark, or the end of the line when it is not closed there)."""

    start: int
    end: int


def find_quotes(text: str) -> tuple[Quote, ...]:
    """The quoted passages of ``text``, line by line."""
    out: list[Quote] = []
    offset = 0
    for line in text.split("\n"):
        opened: int | None = None
        opener = ""
        for i, ch in enumerate(line):
            if ch == '"':
                if opened is None:
                    opened, opener = i, ch
                elif opener == '"':
                    out.append(Quote(offset + opened, offset + i + 1))
                    opened = None
            elif ch in _OPEN and not (ch == "“" and opener == "„"):
                if opened is None:
                    opened, opener = i, ch
            elif (ch in _CLOSE or (ch == "“" and opener == "„")) and opened is not None:
                out.append(Quote(offset + opened, offset + i + 1))
                opened = None
        if opened is not None:
            out.append(Quote(offset + opened, offset + len(line)))
        offset += len(line) + 1
    return tuple(out)


def quote_at(quotes: tuple[Quote, ...], pos: int) -> Quote | None:
    """The quoted passage holding character ``pos``, if any."""
    for q in quotes:
        if q.start < pos < q.end:
            return q
        if q.start > pos:
            break
    return None


__all__ = ["Quote", "find_quotes", "quote_at"]
