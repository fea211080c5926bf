"""The others beside the dead: "Two men were found dead. Two other gunshot victims arrived at
the hospital" says two people were wounded, not two shot.

A count of people shot followed by "other(s)" ("three others were shot", "two other gunshot
victims") counts people besides those already told; when those are the dead, the others are
the ones who lived. Read as people shot, the count would be taken for all of them and the
dead subtracted from it ("injured = shot - killed" leaves nothing). The rule reads
(``others`` of ``[people]`` in ``figures.toml``):

- the word for "other" right after the number;
- dead told before it: in the same sentence ("one dead and 11 others shot"), a death figure
  earlier in the article, or a death word in the sentence before ("They were pronounced
  dead. Two other gunshot victims arrived at the hospital");
- not a conjunct ("Smith and three others were shot", "shot him and the three other women"):
  the count then stands beside one person of the sentence, who may be the one who lived;
- a casualty phrase that says the people were hurt, not only a noun for people ("two other
  victims were found" may be more of the dead).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.gun_violence.kinds import KindMatch
from newsprism.extract.gun_violence.numbers import QuantityMatch
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.model.figures import FigureKind


def are_the_others(
    norms: Sequence[str], q: QuantityMatch, kind: KindMatch, pack: LanguagePack
) -> bool:
    """Whether the count of people shot ``q`` (its casualty words ``kind``) is "the others"
    beside dead told before it (the caller knows of those; see the module).

    >>> from newsprism.extract.gun_violence.numbers import find_quantities
    >>> from newsprism.extract.gun_violence.tokens import tokenize
    >>> from newsprism.extract.gun_violence.pack import load_pack
    >>> pack = load_pack("en")
    >>> def read(text: str, first: int, last: int) -> bool:
    ...     norms = text.lower().split()
    ...     q = find_quantities(tokenize(text), pack)[0]
    ...     return are_the_others(norms, q, KindMatch(FigureKind.CASUALTIES, first, last), pack)
    >>> read("two other gunshot victims arrived", 2, 4)
    True
    >>> read("two other victims were found", 3, 4)
    False
    >>> read("smith and three others were shot", 5, 6)
    False
    """
    if kind.kind is not FigureKind.CASUALTIES or q.last >= len(norms):
        return False
    if norms[q.last] not in pack.others:
        return False
    before = q.first - 1
    if before > 0 and norms[before] in pack.single_definites:
        before -= 1  # "shot him and the three other women"
    if before >= 0 and norms[before] in pack.others_conjuncts:
        return False
    # The words from the count to its casualty words: "gunshot victims", "were shot".
    words = [w for w in norms[q.last : max(kind.last, q.last)] if w not in pack.others]
    return any(pack.people.match_at([w], 0) is None for w in words)


__all__ = ["are_the_others"]
