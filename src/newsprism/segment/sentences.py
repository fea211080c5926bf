"""Sentence splitting: the one adapter over blingfire.

Blingfire 0.1.8 returns character offsets (checked on Arabic, CJK and emoji text); they are
shifted here into offsets of ``Article.text``. Line breaks always end a sentence: headlines,
bullet points and paragraphs are never glued to the next line. A "sentence" longer than
``MAX_SENTENCE_CHARS`` (a text without full stops) is cut at spaces into pieces no longer
than that: figure extraction costs grow with the square of a sentence's length.
"""

from __future__ import annotations

import re

import blingfire

from newsprism.model.article import Sentence, Span

SPLITTER = "segment.sentences.v3"
#: Longest sentence kept whole. The longest of the 82,163 sentences of the evaluation sets
#: (GVA, multilingual dev, example set) has 8,045 characters; extracting figures from one of
#: 10,000 dense characters takes about 2 s, from one of 116,000 more than 200 s (measured).
MAX_SENTENCE_CHARS = 10_000


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
            _split_line(spans, line, offset)
        offset += len(line) + 1
    split = [piece for span in spans for piece in _digit_starts(text, span)]
    capped = [piece for span in split for piece in _capped(span, text)]
    return tuple(Sentence(i, span) for i, span in enumerate(capped))


def _capped(span: Span, text: str) -> list[Span]:
    """``span`` cut at spaces into pieces of at most ``MAX_SENTENCE_CHARS`` characters, each
    starting and ending on a non-space character (at any character where a piece holds no
    space)."""
    if len(span) <= MAX_SENTENCE_CHARS:
        return [span]
    pieces = []
    start, end = span.start, span.end
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS + 1)
        if cut < 0:
            cut = start + MAX_SENTENCE_CHARS
        piece_end = len(text[start:cut].rstrip()) + start
        pieces.append(Span(start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    pieces.append(Span(start, end))
    return pieces


#: A sentence that starts with digits after a word of three or more lower-case letters and a
#: full stop ("... were injured. 25 bodies ..."): blingfire keeps the two together.
_DIGIT_START = re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+(?=\d)")


def _digit_starts(text: str, span: Span) -> list[Span]:
    """``span`` split where a new sentence starts with digits."""
    piece = text[span.start : span.end]
    out: list[Span] = []
    start = 0
    for m in _DIGIT_START.finditer(piece):
        word = piece[: m.start()].rsplit(None, 1)[-1].rstrip(".!?")
        if not word.islower():
            continue  # "Art. 5", "No. 3": an abbreviation before a number
        out.append(Span(span.start + start, span.start + m.start()))
        start = m.end()
    out.append(Span(span.start + start, span.end))
    return out


def _split_line(spans: list[Span], line: str, base: int) -> None:
    # blingfire's offset function maps offsets in a Python loop over every byte (most of its
    # cost); its plain splitter is C only. Its sentences are found back in the line in order;
    # a line where one is not found verbatim (blingfire changed whitespace) takes the offset
    # function instead.
    found: list[Span] = []
    cursor = 0
    for sentence in blingfire.text_to_sentences(line).split("\n"):
        piece = sentence.strip()
        if not piece:
            continue
        start = line.find(piece, cursor)
        if start < 0:
            found = []
            break
        found.append(Span(base + start, base + start + len(piece)))
        cursor = start + len(piece)
    else:
        spans.extend(found)
        return
    for raw_start, raw_end in blingfire.text_to_sentences_and_offsets(line)[1]:
        piece = line[raw_start:raw_end]
        stripped = piece.strip()
        if stripped:
            start = raw_start + len(piece) - len(piece.lstrip())
            spans.append(Span(base + start, base + start + len(stripped)))
