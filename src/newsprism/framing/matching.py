"""Find a language's framing cues in a sentence: lexicon phrases, patterns and final marks.

Matching is on the tokens of the pack tables (``lang.phrases.WORD_RE``, lower-cased). A one-word
cue written in capitals is an acronym ("US") and does not count; in languages that capitalise
only names and sentence starts (``[case] skip_capitalised`` in the language's framing.toml), a
one-word cue capitalised in the middle of a sentence is a name ("May", "Hope") and does not
count either.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.lang.framing_cues import FramingCues, Lexicon
from newsprism.lang.phrases import WORD_RE, norm_token
from newsprism.model.article import Span

#: Number runs ("1,383", "12", "2025"): statements of fact more often than of opinion.
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
#: Closing characters that may follow a sentence's final mark ("...?”", "...!)").
_TRAILING = "\"'”’»)]› \t"


@dataclass(frozen=True, slots=True)
class CueHit:
    """One cue found: which lexicon (or mark), its span in the article, the cue as written."""

    name: str
    span: Span
    cue: str
    quoted: bool


@dataclass(frozen=True, slots=True)
class Quotations:
    """The quoted stretches of an article's text (reported speech), sorted."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def covers(self, offset: int) -> bool:
        """Whether ``offset`` lies inside quotation marks."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def find_quotations(text: str, pairs: Sequence[tuple[str, str]]) -> Quotations:
    """The stretches between opening and closing quotation marks; a mark that opens and closes
    (``"``) toggles. A quotation never runs past the end of its paragraph (a line break)."""
    opening = dict(pairs)
    starts: list[int] = []
    ends: list[int] = []
    closer: str | None = None
    start = 0
    for i, ch in enumerate(text):
        if closer is not None:
            if ch in (closer, "\n"):
                starts.append(start)
                ends.append(i)
                closer = None
        elif ch in opening:
            closer = opening[ch]
            start = i + 1
    if closer is not None:
        starts.append(start)
        ends.append(len(text))
    return Quotations(tuple(starts), tuple(ends))


@dataclass(frozen=True, slots=True)
class Tokens:
    """A sentence's tokens: normalised forms and their character spans in the article."""

    norms: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    raw: tuple[str, ...]


def tokenize(text: str, span: Span) -> Tokens:
    """The word tokens of ``text[span]`` (offsets in ``text``)."""
    norms: list[str] = []
    spans: list[tuple[int, int]] = []
    raw: list[str] = []
    for m in WORD_RE.finditer(text, span.start, span.end):
        raw.append(m.group())
        norms.append(norm_token(m.group()))
        spans.append((m.start(), m.end()))
    return Tokens(tuple(norms), tuple(spans), tuple(raw))


def _is_name_like(tokens: Tokens, i: int, size: int, cues: FramingCues) -> bool:
    """A one-word cue written in capitals (an acronym: "US"), or, where the language
    capitalises only names, capitalised in mid-sentence ("May")."""
    if size != 1:
        return False
    word = tokens.raw[i]
    if len(word) < 2 or not word[0].isupper():
        return False
    if word.isupper():
        return True
    if not cues.skip_capitalised or tokens.norms[i] in cues.capitalised_cues:
        return False
    first_word = next((k for k, t in enumerate(tokens.raw) if t[:1].isalpha()), 0)
    return i != first_word


def _table_hits(
    lexicon: Lexicon, tokens: Tokens, text: str, quotations: Quotations, cues: FramingCues
) -> list[CueHit]:
    hits: list[CueHit] = []
    for i, j, _ in lexicon.table.find_all(tokens.norms):
        if _is_name_like(tokens, i, j - i, cues):
            continue
        start, end = tokens.spans[i][0], tokens.spans[j - 1][1]
        hits.append(
            CueHit(lexicon.name, Span(start, end), text[start:end], quotations.covers(start))
        )
    return hits


def find_cues(
    text: str, span: Span, cues: FramingCues, quotations: Quotations, tokens: Tokens
) -> list[CueHit]:
    """Every lexicon cue and final mark in the sentence ``text[span]``, in text order."""
    hits: list[CueHit] = []
    for lexicon in cues.lexicons:
        hits.extend(_table_hits(lexicon, tokens, text, quotations, cues))
        for pattern in lexicon.patterns:
            for m in pattern.finditer(text, span.start, span.end):
                if m.end() > m.start():
                    hits.append(
                        CueHit(
                            lexicon.name,
                            Span(m.start(), m.end()),
                            m.group(),
                            quotations.covers(m.start()),
                        )
                    )
    body = text[span.start : span.end].rstrip(_TRAILING)
    if body:
        last = span.start + len(body) - 1
        for marks in cues.marks:
            if body[-1] in marks.marks:
                hits.append(
                    CueHit(marks.name, Span(last, last + 1), body[-1], quotations.covers(last))
                )
    hits.sort(key=lambda h: (h.span.start, h.span.end, h.name))
    return hits


def count_numbers(text: str, span: Span) -> int:
    """Number runs in the sentence ``text[span]``."""
    return sum(1 for _ in NUMBER_RE.finditer(text, span.start, span.end))
