"""Pass ``not_figures``: numbers that count no people, by the cues every language shares in
shape (its words come from the lexicons ``not_after``, ``not_before``, ``months``,
``casualty_after`` and ``people``): a unit or a time after the number ("12 km", "48 hours",
"10:30"), a cue before it ("aged 12", "article 5", "$3"), a date ("6 March", "March 6"), a year
("in 2023"), a suffix glued to it ("3rd", "5km"), a word for one that counts no person ("eine
Frau las vor"); even where a rule gave the number a kind ("the toll of the 14-year war"),
unless the rule's own match takes the words after the number.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from newsprism.extract.candidates import Candidate
from newsprism.extract.doc import Sent
from newsprism.extract.state import State
from newsprism.lang.phrases import PhraseTable
from newsprism.model.figures import Qualifier

#: Years a plain four-digit number may be (older dates are as rare as counts this size).
YEARS = range(1800, 2101)


def _at(table: PhraseTable[str], sent: Sent, j: int) -> bool:
    if j >= len(sent.norms):
        return False
    if table.match_at(sent.norms, j) is not None:
        return True
    base = sent.bases[j]
    return (
        base != sent.norms[j] and table.match_at((base, *sent.norms[j + 1 : j + 6]), 0) is not None
    )


def _ending_at(table: PhraseTable[str], sent: Sent, end: int) -> bool:
    return end > 0 and table.match_ending_at(sent.norms, end) is not None


def non_count(c: Candidate, sent: Sent, lexicon: Callable[[str], PhraseTable[str]]) -> str | None:
    """Why the number of ``c`` counts no people, or ``None``."""
    tokens = sent.tokens
    first, last = c.number.num_first, c.number.num_last
    after = c.number.last
    # A rule whose match takes the words after the number knows what they are ("627 cases of
    # arbitrary arrests"): no unit then.
    ruled = c.by_rule and c.kind_span is not None and c.kind_span[1] > after
    if not ruled and (
        _at(lexicon("not_after"), sent, last) or _at(lexicon("not_after"), sent, after)
    ):
        return "unit after"
    if _ending_at(lexicon("not_before"), sent, c.number.first):
        return "cue before"
    months = lexicon("months")
    if _at(months, sent, last) or _ending_at(months, sent, first):
        return "date"
    if last < len(tokens) and tokens[last].text == ":" and last + 1 < len(tokens):
        nxt = tokens[last + 1]
        if nxt.digits and not nxt.space and len(nxt.text) == 2:
            return "time"
    if (
        first > 1
        and tokens[first - 1].text == ":"
        and not tokens[first].space
        and tokens[first - 2].digits
    ):
        return "time"
    tok = tokens[first]
    if (
        last == first + 1
        and tok.digits
        and tok.text.isdigit()
        and len(tok.text) == 4
        and int(tok.text) in YEARS
        and c.quantity.qualifier is Qualifier.EXACT
        and not _at(lexicon("people"), sent, last)
    ):
        return "year"  # "1979 ermordete die Gruppe ...": a year, whatever follows
    if (
        c.number.words
        and c.quantity.value == 1
        and last == first + 1
        and not _counts_one(c, sent, lexicon)
    ):
        return "article"
    glued = (
        last < len(tokens)
        and not tokens[last].space
        and tokens[last].text.isalpha()
        and tok.digits
        and last == c.number.last
    )
    if (
        glued
        and not _at(lexicon("casualty_after"), sent, last)
        and not _at(lexicon("people"), sent, last)
    ):
        return "glued suffix"  # "3rd", "5km", "10h": a suffix or unit glued to the digits
    return None


def _counts_one(c: Candidate, sent: Sent, lexicon: Callable[[str], PhraseTable[str]]) -> bool:
    """Whether a word for one ("one", "ein", "bir", "satu") counts a person: a person, group
    or casualty word within two words after it, or a casualty word right before it ("killing
    one"); otherwise it is an article or a pronoun ("eine Frau las vor", "bir yetkili")."""
    last = c.number.last
    for j in range(last, min(len(sent.tokens), last + 2)):
        if any(_at(lexicon(n), sent, j) for n in ("people", "groups", "casualty_after")):
            return True
    return _ending_at(lexicon("casualty_before"), sent, c.number.first)


def drop_non_counts(state: State) -> State:
    """Candidates whose number counts no people get ``dropped``."""
    doc = state.doc
    out: list[Candidate] = []
    for c in state.candidates:
        # Units and dates outrank rules ("the toll of the 14-year war" counts years).
        reason = non_count(c, doc.sent(c.sent), state.lexicon) if c.dropped is None else None
        out.append(c if reason is None else dataclasses.replace(c, dropped=reason))
    return dataclasses.replace(state, candidates=tuple(out))


__all__ = ["YEARS", "drop_non_counts", "non_count"]
