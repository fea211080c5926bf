"""Counts named by the event: "a quadruple shooting" is four people shot, "the triple
homicide" three people killed.

News names an attack by how many people it hit, often in the headline, and often without
stating the count as a number anywhere ("Teenager injured during quadruple shooting"). A
multiplying word right before an event noun (``[multiples]`` of ``figures.toml``; an optional
hyphen between: "double-shooting") gives an exact count of the event's kind: people shot
(casualties) for a shooting, killed for a homicide. Plural events ("two triple shootings")
count events, not people, and are left alone, as is an event followed by a word of
``not_after`` ("a double murder-suicide", "triple murder, suicide": the killer died too, and
whether the count takes them in is not said).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.extract.gun_violence.kinds import KindMatch
from newsprism.extract.gun_violence.numbers import QuantityMatch
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.model.figures import Qualifier, Quantity

#: Tokens that may join the multiplying word and the event ("double-shooting").
JOINERS = frozenset({"-", "\u2010", "\u2011"})
#: Tokens that may stand between the event and a word of ``not_after`` ("triple murder,
#: suicide", "double murder-suicide").
_BEFORE_NOT_AFTER = JOINERS | {",", "/"}


@dataclass(frozen=True, slots=True)
class Multiple:
    """A count named by its event: the count (over the multiplying word and the event) and
    the event's kind."""

    quantity: QuantityMatch
    kind: KindMatch


def find_multiples(norms: Sequence[str], pack: LanguagePack) -> list[Multiple]:
    """The counts named by an event in the normalised tokens ``norms`` (see the module).

    >>> from newsprism.extract.gun_violence.pack import load_pack
    >>> [(m.quantity.quantity.value, m.kind.kind.value)
    ...  for m in find_multiples("police said the triple shooting".split(), load_pack("en"))]
    [(3, 'casualties')]
    """
    cues = pack.multiples
    found: list[Multiple] = []
    for i, word in enumerate(norms):
        count = cues.counts.get(word)
        if count is None:
            continue
        j = i + 1
        if j < len(norms) and norms[j] in JOINERS:
            j += 1
        hit = cues.events.match_at(norms, j)
        if hit is None:
            continue
        size, kind = hit
        end = j + size
        after = end + 1 if end < len(norms) and norms[end] in _BEFORE_NOT_AFTER else end
        if after < len(norms) and norms[after] in cues.not_after:
            continue
        quantity = Quantity(value=count, low=None, high=None, qualifier=Qualifier.EXACT)
        found.append(
            Multiple(
                quantity=QuantityMatch(
                    first=i, last=i + 1, number_first=i, number_last=i + 1, quantity=quantity
                ),
                kind=KindMatch(kind=kind, first=j, last=end),
            )
        )
    return found


__all__ = ["Multiple", "find_multiples"]
