"""Sentence splitting: the one adapter over blingfire.

Blingfire 0.1.8 returns character offsets (checked on Arabic, CJK and emoji text); they are
shifted here into offsets of ``Article.text``. Line breaks always end a sentence: headlines,
bullet points and paragraphs are never glued to the next line.
"""

from __future__ import annotations

import blingfire

from newsprism.model.article import Sentence, Span

SPLITTER = "segment.sentences.v1"


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences with character spans, in order and without overlap.

    Whitespace between sentences belongs to no sentence; every span starts and ends on a
    non-space character.

    >>> [s.span.of("One. Two.") for s in split_sentences("One. Two.")]
    ['One.', 'Two.']
    """
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            spans.extend(_split_line(line, offset))
        offset += len(line) + 1
    return tuple(Sentence(i, span) for i, span in enumerate(spans))


def _split_line(line: str, base: int) -> list[Span]:
    _, offsets = blingfire.text_to_sentences_and_offsets(line)
    spans: list[Span] = []
    for raw_start, raw_end in offsets:
        piece = line[raw_start:raw_end]
        start = raw_start + len(piece) - len(piece.lstrip())
        end = raw_end - (len(piece) - len(piece.rstrip()))
        if end > start:
            spans.append(Span(base + start, base + end))
    return spans
