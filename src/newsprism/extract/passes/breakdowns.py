"""Pass ``breakdowns``: the parts of a count listed after it, per place or per group.

"81 vatandaşımız hayatını kaybetti: 70 Kastamonu, 10 Sinop, 1 Bartın", "at least 700 dead, 120
in Mandalay, 40 in Sagaing", "2,053 morts: 511 à Naypyidaw, ...": numbers of no kind of their
own, listed (after a comma, colon, semicolon or conjunction) beside a place or a victim group,
after a count in the same sentence or a sentence that ends with a colon. Each becomes a figure
of the count's kind, linked to it (``part_of``), as long as the parts do not add up to more
than the whole.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from newsprism.extract.candidates import Candidate
from newsprism.extract.doc import Doc, Sent
from newsprism.extract.passes.kinds import CLAUSE_STOPS
from newsprism.extract.state import State
from newsprism.lang.phrases import PhraseTable
from newsprism.model.figures import FigureKind

_LIST_MARKS = frozenset({",", ":", ";", "-", "–", "—", "("})


def _has(table: PhraseTable[str], sent: Sent, j: int) -> bool:
    if not 0 <= j < len(sent.norms):
        return False
    return table.match_at(sent.norms, j) is not None or (
        sent.bases[j] != sent.norms[j] and table.match_at((sent.bases[j],), 0) is not None
    )


def _marked(sent: Sent, c: Candidate, lexicon: Callable[[str], PhraseTable[str]]) -> bool:
    """Whether the number stands beside a place or a group (after it: "120 in Mandalay",
    "70 Kastamonu", "4,000 children"; before it: "Kastamonu'da 10", "Mandalay: 120")."""
    tokens = sent.tokens
    last = c.number.last
    groups, places, locatives = lexicon("groups"), lexicon("places"), lexicon("locatives")
    j = last + 1 if _has(lexicon("people"), sent, last) else last
    if j < len(tokens):
        if _has(groups, sent, j) or _has(places, sent, j):
            return True
        k = j + 1 if _has(locatives, sent, j) else j
        if k < len(tokens) and tokens[k].is_title and tokens[k].text.isalpha():
            return True
    first = c.number.first
    k = first - 1
    while k >= 0 and (
        tokens[k].text in ("'", ":", "(") or (k < first - 1 and not tokens[k + 1].space)
    ):
        k -= 1
    return k >= 0 and tokens[k].is_title and tokens[k].text.isalpha() and k < first - 1 + 3


def _listed(sent: Sent, c: Candidate, lexicon: Callable[[str], PhraseTable[str]]) -> bool:
    """Whether a list mark or conjunction opens the item the number stands in."""
    tokens = sent.tokens
    k = c.number.first - 1
    for _ in range(4):
        if k < 0:
            return True
        if tokens[k].text in _LIST_MARKS or _has(lexicon("conjunctions"), sent, k):
            return True
        if not (
            tokens[k].is_title or tokens[k].text in ("'",) or _has(lexicon("locatives"), sent, k)
        ):
            return False
        k -= 1
    return False


def _whole(out: list[Candidate], k: int, doc: Doc) -> int | None:
    c = out[k]
    for w in range(k - 1, -1, -1):
        whole = out[w]
        if whole.sent < c.sent - 1:
            return None
        if not whole.is_figure:
            continue
        if whole.part and whole.sent == c.sent:
            # A sibling: "at least 43 Syrians, six Bangladeshis": the same whole as the part
            # before it ( ``find_breakdowns`` takes that part's kind).
            return w
        if whole.part:
            continue
        if whole.sent == c.sent:
            return w
        if doc.chunk(whole.sent).rstrip().endswith(":"):
            return w
        return None
    return None


def _room(out: list[Candidate], w: int, value: int) -> bool:
    whole = out[w].quantity
    top = whole.value if whole.value is not None else whole.high
    if top is None:
        return True
    taken = sum(x.quantity.value or 0 for x in out if x.part_of == w)
    return taken + value <= top


def _list_kind(
    sent: Sent, c: Candidate, lexicon: Callable[[str], PhraseTable[str]]
) -> FigureKind | None:
    """The kind a list of parts takes from the casualty word that opens it, when no count
    stands before it ("The dead are from Nairobi (17), Nakuru (3)", "among the victims are
    two Belgians and eleven Armenians"): the nearest casualty word before the item, up to a
    clause break."""
    tables = (lexicon("casualty_after"), lexicon("casualty_before"))
    breaks = lexicon("clause_breaks")
    for j in range(c.number.first - 1, -1, -1):
        if sent.norms[j] in ("(", ")"):
            continue  # "Nairobi (17), Nakuru (3)": the list's own brackets
        if sent.norms[j] in CLAUSE_STOPS or breaks.match_at(sent.norms, j) is not None:
            return None
        for table in tables:
            hit = table.match_at(sent.norms, j) if table.may_start(sent.norms[j]) else None
            if hit is not None:
                return FigureKind(hit[1])
    return None


def find_breakdowns(state: State) -> State:
    """Numbers of no kind listed beside a place or group after a count (parts of it), or in a
    list that a casualty word opens (parts of a count the text does not state)."""
    doc = state.doc
    out = list(state.candidates)
    for k, c in enumerate(out):
        if c.kind is not None or c.dropped is not None or c.quantity.value is None:
            continue
        sent = doc.sent(c.sent)
        if not (_marked(sent, c, state.lexicon) and _listed(sent, c, state.lexicon)):
            continue
        w = _whole(out, k, doc)
        if w is None:
            kind = _list_kind(sent, c, state.lexicon)
            if kind is not None:
                out[k] = dataclasses.replace(c, kind=kind, part=True)
            continue
        whole = out[w]
        if whole.part:  # a sibling part: its whole, if it has one, is this one's too
            out[k] = dataclasses.replace(
                c, kind=whole.kind, part=True, part_of=whole.part_of, attribution=whole.attribution
            )
            continue
        if not _room(out, w, c.quantity.value):
            continue
        out[k] = dataclasses.replace(
            c, kind=whole.kind, part=True, part_of=w, attribution=whole.attribution
        )
    return dataclasses.replace(state, candidates=tuple(out))


__all__ = ["find_breakdowns"]
