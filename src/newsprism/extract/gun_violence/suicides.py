"""The killer among the dead: "killed his two sons before killing himself" is three dead.

A killing count followed, in its sentence, by a phrase saying the one who killed died by
their own hand too (``[kinds.self_deaths]`` of ``figures.toml``: "before killing himself",
"then turned the gun on herself", the headline's "kills infant, self") tells one death more
than the count: the killer is not among those counted. So does "in a murder-suicide" after a
count that a killing verb before it takes as its object ("Man kills daughter in
murder-suicide"), but not after a count of the dead ("two dead in murder-suicide": the
killer may be among them). The search ends at the sentence's end, at another count, at a
casualty word (the phrase then belongs to another clause: "two dead after a man shot his
wife, then himself", where the two are both) and after a word that makes the killer one of
those counted ("two dead, including the gunman, who killed himself").
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.gun_violence.kinds import KindMatch
from newsprism.extract.gun_violence.numbers import QuantityMatch
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.model.figures import FigureKind, Quantity

#: Tokens after a count's words searched for the phrase ("killed his wife, two young children
#: and his mother-in-law, before killing himself"; "7 slain by Missouri gunman who then
#: killed himself").
SELF_WINDOW = 16
#: Tokens that end the search: the sentence or clause is over.
_BREAKS = frozenset({".", ";", ":", "?", "!", "(", ")", "\n"})


def with_killer(
    norms: Sequence[str],
    q: QuantityMatch,
    kind: KindMatch,
    quantity_starts: frozenset[int],
    pack: LanguagePack,
) -> Quantity | None:
    """The count of ``q`` with its killer added, when a phrase after it says the killer died
    too (see the module); else ``None``. Only killed counts with a value are read.

    >>> from newsprism.extract.gun_violence.pack import load_pack
    >>> from newsprism.model.figures import Qualifier
    >>> norms = "he killed two sons before killing himself".split()
    >>> q = QuantityMatch(2, 3, 2, 3, Quantity(2, None, None, Qualifier.EXACT))
    >>> with_killer(norms, q, KindMatch(FigureKind.KILLED, 1, 2), frozenset({2}), load_pack("en")).value
    3
    """
    if kind.kind is not FigureKind.KILLED or q.quantity.value is None:
        return None
    start = max(q.last, kind.last)
    for j in range(start, min(len(norms), start + SELF_WINDOW)):
        if pack.self_deaths.match_at(norms, j) is not None or (
            kind.last <= q.first and pack.self_deaths_after_object.match_at(norms, j) is not None
        ):
            return _plus_one(q.quantity)
        if norms[j] in _BREAKS or norms[j] in pack.self_counted or j in quantity_starts:
            return None
        for table in (pack.kinds_after, pack.kinds_before):
            if table.may_start(norms[j]) and table.match_at(norms, j) is not None:
                return None
    return None


def _plus_one(quantity: Quantity) -> Quantity:
    def up(n: int | None) -> int | None:
        return None if n is None else n + 1

    return Quantity(
        value=up(quantity.value),
        low=up(quantity.low),
        high=up(quantity.high),
        qualifier=quantity.qualifier,
    )


__all__ = ["SELF_WINDOW", "with_killer"]
