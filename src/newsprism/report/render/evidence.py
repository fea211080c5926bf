"""An article's text cut into pieces so that templates can highlight each figure's quote in
its sentence, and text with marked numbers (the brief) cut into plain and linked pieces.

Templates only ever print the pieces as escaped text; the markup around them is theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Piece:
    """Text, and the figure whose quote (or number) it is (``None``: plain text)."""

    text: str
    figure: str | None = None
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of article text: a sentence holding figures (``sentence`` is its index) made
    of pieces, or plain text between them (``sentence`` is ``None``)."""

    pieces: tuple[Piece, ...]
    sentence: int | None = None


def _quotes(start: int, end: int, figures: Sequence[dict[str, Any]], text: str) -> list[Piece]:
    pieces = []
    at = start
    for figure in sorted(figures, key=lambda f: (f["start"], -f["end"])):
        f_start, f_end = max(figure["start"], at), min(figure["end"], end)
        if f_start >= f_end:
            continue  # overlaps a quote already marked
        if f_start > at:
            pieces.append(Piece(text[at:f_start]))
        pieces.append(Piece(text[f_start:f_end], figure["figure_id"]))
        at = f_end
    if at < end:
        pieces.append(Piece(text[at:end]))
    return pieces


def article_blocks(text: str, figures: Sequence[dict[str, Any]]) -> list[Block]:
    """``text`` as blocks: each sentence holding figures with its quotes marked, and the plain
    text around them. Figures without a sentence span are marked on their own."""
    spans: dict[tuple[int, int], list[dict[str, Any]]] = {}
    sentence_of: dict[tuple[int, int], int | None] = {}
    for figure in figures:
        if not 0 <= figure["start"] <= figure["end"] <= len(text):
            continue
        key = (
            figure.get("sentence_start", figure["start"]),
            figure.get("sentence_end", figure["end"]),
        )
        spans.setdefault(key, []).append(figure)
        sentence_of[key] = figure.get("sentence") if "sentence_start" in figure else None
    blocks: list[Block] = []
    at = 0
    for key, members in sorted(spans.items()):
        start, end = max(key[0], at), key[1]  # overlapping sentences: mark what remains
        if start >= end:
            continue
        if start > at:
            blocks.append(Block((Piece(text[at:start]),)))
        blocks.append(Block(tuple(_quotes(start, end, members, text)), sentence_of[key]))
        at = end
    if at < len(text):
        blocks.append(Block((Piece(text[at:]),)))
    return blocks


def marked_pieces(
    text: str, marks: Sequence[dict[str, Any]], href: Callable[[str], str | None]
) -> list[Piece]:
    """``text`` with each marked number as a piece linking to ``href(figure id)``."""
    pieces = []
    at = 0
    for mark in sorted(marks, key=lambda m: m["start"]):
        start, end = max(mark["start"], at), min(mark["end"], len(text))
        if start >= end:
            continue
        if start > at:
            pieces.append(Piece(text[at:start]))
        pieces.append(Piece(text[start:end], mark["figure"], href(mark["figure"])))
        at = end
    if at < len(text):
        pieces.append(Piece(text[at:]))
    return pieces
