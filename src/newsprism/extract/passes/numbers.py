"""Pass ``numbers``: every countable number of the sentences that may hold a figure.

A sentence is read only when it holds a digit or a word that can start a number (a cheap test
on its characters), so an article costs little beyond its figure sentences.
"""

from __future__ import annotations

import dataclasses
import re

from newsprism.extract.candidates import Candidate
from newsprism.extract.doc import Doc
from newsprism.extract.quantities import find_numbers
from newsprism.extract.state import State
from newsprism.lang.packs import WORD_PATTERN, LanguagePack

_DIGIT = re.compile(r"\d")
#: Bullet marks that open a headline-like line ("- Over 1,000 fatalities reported").
BULLETS = ("-", "•", "*", "–", "·", "▪", "●")
#: A line this short without final punctuation reads as a headline (a subhead, a bullet).
HEADLINE_MAX_WORDS = 12
_SENTENCE_END = ".!?:;\"'”’»)"
_WORD = re.compile(WORD_PATTERN)


def may_hold_number(chunk: str, pack: LanguagePack, norms: frozenset[str] | None = None) -> bool:
    """Whether ``chunk`` holds a digit or a word that may start a number (``norms``: the
    normalised forms of its words, when already read)."""
    if _DIGIT.search(chunk) is not None:
        return True
    if norms is None:
        norms = words_of(chunk, pack)
    if not pack.number_starters.isdisjoint(norms):
        return True
    words = pack.numbers.words
    compounds = pack.numbers.compounds
    for norm in norms:
        if words.clitics and words.lookup(norm) is not None:
            return True
        if compounds and len(norm) > 6 and any(norm.startswith(w) for w in words.roles):
            return True
    return False


def _line(doc: Doc, i: int) -> str:
    span = doc.sentences[i].span
    start = doc.text.rfind("\n", 0, span.start) + 1
    end = doc.text.find("\n", span.end)
    return doc.text[start : len(doc.text) if end < 0 else end].strip()


def is_headline(doc: Doc, i: int) -> bool:
    """Whether sentence ``i`` stands on a headline line: the title line, the title again, a
    bullet, or a short line without final punctuation."""
    if doc.on_title_line(i):
        return True
    line = _line(doc, i)
    title = doc.article.title.strip()
    if not line or (title and line == title) or line.startswith(BULLETS):
        return bool(line)
    return len(line.split()) <= HEADLINE_MAX_WORDS and line[-1] not in _SENTENCE_END


def words_of(chunk: str, pack: LanguagePack) -> frozenset[str]:
    """The normalised forms (with and without clitic) of the words of ``chunk``."""
    forms = pack.text.forms
    out: set[str] = set()
    for m in _WORD.finditer(chunk):
        out.update(forms(m.group()))
    return frozenset(out)


def find_candidates(state: State) -> State:
    """One candidate per countable number of every sentence that may hold a figure: one with
    a number and a trigger word (``State.triggers``), or right after a line ending in a colon
    (a list of parts)."""
    doc = state.doc
    out: list[Candidate] = []
    triggers = state.triggers
    for i in range(len(doc)):
        chunk = doc.chunk(i)
        norms = words_of(chunk, doc.pack)
        if not may_hold_number(chunk, doc.pack, norms):
            continue
        listed = i > 0 and doc.chunk(i - 1).rstrip().endswith(":")
        if triggers is not None and not listed and not triggers.met(norms):
            continue
        sent = doc.sent(i)
        headline = is_headline(doc, i)
        out.extend(
            Candidate(
                sent=i,
                number=m,
                quantity=m.quantity,
                chars=(sent.tokens[m.first].start, sent.tokens[m.last - 1].end),
                headline=headline,
            )
            for m in find_numbers(sent, doc.pack)
            if m.countable
        )
    return dataclasses.replace(state, candidates=tuple(out))


__all__ = [
    "BULLETS",
    "HEADLINE_MAX_WORDS",
    "find_candidates",
    "is_headline",
    "may_hold_number",
    "words_of",
]
