"""Counts of people in a condition that break down a larger count told just before: "four
gunshot victims were taken to a hospital; two were in critical condition and two were stable",
"nine people were shot and wounded, one critically", "five people were shot ... one man remains
in critical condition". The count in a condition is a part of the count before it, not the
story's total: it is kept (it states a number) with the condition as its victim group, a
subgroup under the total that reconciliation does not take for the story's count.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping, Sequence

from newsprism.extract.gun_violence.numbers import QuantityMatch
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.model.figures import Figure, FigureKind
from newsprism.model.ids import FigureId

#: Punctuation that ends the clause a count's condition is read from.
_CLAUSE_STOPS = frozenset({";", "(", ")", "?", "!", "[", "]", '"', "“", "”", "—", "–"})
#: Tokens after a count its condition word may stand ("two are listed in critical condition").
CONDITION_WINDOW = 12
#: Sentences before a count in a condition where the larger count it breaks down may stand
#: ("Four people were shot. Police said one man was taken to hospital. He is in critical
#: condition" keeps its parts two sentences on).
BREAKDOWN_SENTENCES = 2
#: Kinds of a count a condition breaks down, and of the whole it is a part of.
_COUNTS = frozenset({FigureKind.INJURED, FigureKind.CASUALTIES})


def tells_condition(
    norms: Sequence[str], q: QuantityMatch, starts: Collection[int], pack: LanguagePack
) -> str | None:
    """Whether the clause of the count ``q`` (up to the next count or a clause stop) names the
    condition of the people counted (``pack.conditions``: "critical", "stable", "not life
    threatening"): "two were in critical condition", "one critically", "two received injuries
    that were not life threatening". Not after a word that recaps the whole
    (``pack.condition_recaps``): "the three injured do not have life-threatening injuries"."""
    if q.first > 0 and norms[q.first - 1] in pack.condition_recaps:
        return None
    j = q.last
    while j < min(len(norms), q.last + CONDITION_WINDOW):
        if norms[j] in _CLAUSE_STOPS or j in starts:
            return None
        hit = pack.conditions.match_at(norms, j)
        if hit is not None:
            return " ".join(norms[j : j + hit[0]])
        j += 1
    return None


def without_breakdowns(figures: list[Figure], conditions: Mapping[FigureId, str]) -> list[Figure]:
    """``figures`` with the counts in a condition (``conditions``: their condition words, see
    ``tells_condition``) scoped to that condition as their victim group where
    a larger count of people shot or injured told before them, in the same sentence or one of
    the ``BREAKDOWN_SENTENCES`` before, breaks down ("Four were shot; two are in critical
    condition"): the part tells how some of them fare, not how many were hurt. A larger count
    of several incidents (a roundup) is no whole of the story's."""
    if not conditions:
        return figures
    wholes = [
        f
        for f in figures
        if f.kind in _COUNTS and f.figure_id not in conditions and f.incidents is None
    ]

    def is_part(part: Figure) -> bool:
        value = part.quantity.value
        return value is not None and any(
            w.article_id == part.article_id
            and w.quantity.value is not None
            and w.quantity.value > value
            and 0 <= part.sentence_index - w.sentence_index <= BREAKDOWN_SENTENCES
            and w.evidence.start < part.evidence.start
            for w in wholes
        )

    return [
        dataclasses.replace(f, group=conditions[f.figure_id])
        if f.figure_id in conditions and is_part(f)
        else f
        for f in figures
    ]
