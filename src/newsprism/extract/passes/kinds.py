"""Pass ``kinds``: what a number counts, from the nearest casualty word of its clause.

For numbers no rule gave a kind: the nearest phrase of the lexicon ``casualty_after`` after the
number ("13 killed", "135 morts", "25 Tote", "17 kişi hayatını kaybetti") or of
``casualty_before`` before it ("killing 13", "bilan de 135", "مقتل 13"), within the clause: the
search stops at clause punctuation, at another number and at the words of ``clause_breaks``;
a parenthetical aside is skipped; a casualty word right after a word of ``negations`` ("were
not injured") makes no figure. Then a part ("including 30 children") takes the kind of the
count before it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from newsprism.extract.candidates import Candidate
from newsprism.extract.doc import Sent
from newsprism.extract.state import State
from newsprism.lang.phrases import PhraseTable
from newsprism.model.figures import FigureKind

#: Tokens a casualty word may follow its number by ("1,000 people have reportedly died": 4;
#: "thousands of military personnel, mostly Alawites, were kidnapped" in the example set: 9).
AFTER_WINDOW = 10
#: Tokens a casualty word may precede its number by ("killing at least 13": 2 with the hedge).
BEFORE_WINDOW = 6
#: Punctuation that ends the clause a figure is read from.
CLAUSE_STOPS = frozenset({";", "(", ")", "?", "!", "[", "]", '"', "“", "”", "«", "»", "|", "•"})

Lexicon = Callable[[str], PhraseTable[str]]


def _hit(
    table: PhraseTable[str], sent: Sent, j: int, limit: int | None = None
) -> tuple[int, str] | None:
    """The longest phrase of ``table`` at token ``j`` (ending by token ``limit`` when given)."""
    norms = sent.norms if limit is None else sent.norms[:limit]
    if table.may_start(norms[j]):
        hit = table.match_at(norms, j)
        if hit is not None:
            return hit
    base = sent.bases[j]
    if base != norms[j] and table.may_start(base):
        return table.match_at((base, *norms[j + 1 : j + 8]), 0)
    return None


def _closing(sent: Sent, j: int) -> int | None:
    for k in range(j + 1, min(len(sent.norms), j + 25)):
        if sent.norms[k] == ")":
            return k
    return None


def _after(
    sent: Sent, c: Candidate, starts: frozenset[int], lexicon: Lexicon
) -> tuple[int, FigureKind, int, int] | str | None:
    """(distance, kind, first, last) of the casualty word after the number; ``"negated"``."""
    table = lexicon("casualty_after")
    breaks = lexicon("clause_breaks")
    negations = lexicon("negations")
    norms = sent.norms
    j = c.number.last
    limit = c.number.last + AFTER_WINDOW
    skipped = 0
    while j < min(len(norms), limit + skipped):
        if norms[j] == "(":
            close = _closing(sent, j)
            if close is None:
                return None
            skipped += close + 1 - j
            j = close + 1
            continue
        if norms[j] in CLAUSE_STOPS or (j in starts and j != c.number.first):
            return None
        hit = _hit(table, sent, j)
        if hit is not None:
            if j > 0 and negations.match_ending_at(norms, j) is not None:
                return "negated"
            return j - c.number.last - skipped, FigureKind(hit[1]), j, j + hit[0]
        if j > c.number.last and _hit(breaks, sent, j) is not None:
            return None
        j += 1
    return None


def _before(
    sent: Sent, c: Candidate, ends: frozenset[int], lexicon: Lexicon, stop_at_comma: bool
) -> tuple[int, FigureKind, int, int] | None:
    table = lexicon("casualty_before")
    breaks = lexicon("clause_breaks")
    norms = sent.norms
    first = c.number.first
    for j in range(first - 1, max(-1, first - 1 - BEFORE_WINDOW), -1):
        if norms[j] in CLAUSE_STOPS or j + 1 in ends:
            return None
        if stop_at_comma and norms[j] == ",":
            return None
        hit = _hit(table, sent, j, limit=first)
        if hit is not None and j + hit[0] <= first:
            # The longest phrase ending closest to the number ("death toll of" over "toll").
            return first - (j + hit[0]), FigureKind(hit[1]), j, j + hit[0]
        if _hit(breaks, sent, j) is not None and j + 1 < first:
            return None
    return None


def nearest_kind(
    sent: Sent, c: Candidate, starts: frozenset[int], ends: frozenset[int], lexicon: Lexicon
) -> tuple[FigureKind, int, int] | None:
    """The kind of ``c`` from the nearest casualty word of its clause (after wins a tie)."""
    after = _after(sent, c, starts, lexicon)
    if after == "negated":
        return None
    found = after if isinstance(after, tuple) else None
    before = _before(sent, c, ends, lexicon, stop_at_comma=found is not None)
    if before is not None and (found is None or before[0] < found[0]):
        found = before
    return None if found is None else (found[1], found[2], found[3])


def _parts(out: list[Candidate]) -> None:
    """Parts ("including 30 children") take the kind of the nearest count before them, in
    their sentence or the one before."""
    for k, c in enumerate(out):
        if not c.part or c.dropped is not None:
            continue
        for w in range(k - 1, -1, -1):
            whole = out[w]
            if whole.sent < c.sent - 1:
                break
            if whole.is_figure and not whole.part:
                kind = c.kind or whole.kind
                out[k] = dataclasses.replace(c, kind=kind, part_of=w)
                break


def find_kinds(state: State) -> State:
    """The kind of every candidate that no rule gave one."""
    doc = state.doc
    out = list(state.candidates)
    by_sent: dict[int, list[int]] = {}
    for k, c in enumerate(out):
        by_sent.setdefault(c.sent, []).append(k)
    for i, ks in by_sent.items():
        sent = doc.sent(i)
        # Numbers that count no people ("in 48 hours") do not end a clause.
        live = [k for k in ks if out[k].dropped is None]
        starts = frozenset(out[k].number.first for k in live)
        ends = frozenset(out[k].number.last for k in live)
        for k in ks:
            c = out[k]
            if c.dropped is not None or c.kind is not None:
                continue
            found = nearest_kind(sent, c, starts, ends, state.lexicon)
            if found is not None:
                out[k] = dataclasses.replace(c, kind=found[0], kind_span=(found[1], found[2]))
    _parts(out)
    return dataclasses.replace(state, candidates=tuple(out))


__all__ = ["AFTER_WINDOW", "BEFORE_WINDOW", "CLAUSE_STOPS", "find_kinds", "nearest_kind"]
