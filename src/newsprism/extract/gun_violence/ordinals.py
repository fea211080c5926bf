"""Victims counted by their rank: "A fourth victim was also injured" says four people were
shot.

Local news often describes the people shot one by one and numbers the last of them instead of
stating the count: "Three men were found dead inside the home. A fourth victim was taken to
the hospital", "He said the fourth victim, Tara Hendricks, survived", "She died of her wounds.
A second person was also injured". Read alone, the sentence says one person was hurt; its rank
says how many were shot in all. The rule reads (``[ordinals]`` of ``figures.toml``):

- an opener ("a", "the"), an ordinal ("second" ... "tenth"), optional modifiers ("shooting",
  "male") and a person noun ("victim", "man", "officer"): "a fourth shooting victim";
- then, in the rest of the sentence, a word that says the person was hurt or cared for
  ("injured", "shot", "hospital", "survived"), and no death: "the third man killed" is one of
  the dead and counts nothing of its own, "a second person inside had a gun" nobody shot;
- not right after the noun (active: "a second officer shot the boy" is a shooter), and no
  denial in the rest of the sentence ("The second victim, an adult male, was not shot").

The figure counts people shot (casualties): the ranked person is one of them, and the ones
before them may be dead ("Three were killed; a fourth victim survived" is four shot, one
hurt). The kind after the ordinal and the number before the noun ("a second 17-year-old")
are not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.gun_violence.kinds import KindMatch, tells_death
from newsprism.extract.gun_violence.multiples import Multiple
from newsprism.extract.gun_violence.numbers import QuantityMatch
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.model.figures import FigureKind, Qualifier, Quantity

#: Modifiers that may stand between the ordinal and the person noun, counted from the token after
#: the ordinal's first one (the ending of a digit rank, "5" "th", takes one of them).
MAX_MODIFIERS = 2


def ranked_noun(norms: Sequence[str], i: int, j: int, pack: LanguagePack) -> int | None:
    """The index of the person noun ranked by the ordinal at ``norms[i]`` whose words end
    before ``j`` ("fourth" "shooting" "victim": the index of "victim"), past at most
    ``MAX_MODIFIERS`` modifiers; None when no person noun follows."""
    cues = pack.ordinals
    while j < len(norms) and j - i <= MAX_MODIFIERS and norms[j] in cues.modifiers:
        j += 1
    return j if j < len(norms) and norms[j] in cues.nouns else None


def ranked_multiple(first: int, i: int, noun: int, count: int, kind: FigureKind) -> Multiple:
    """The exact ``count`` of ``kind`` told by the ordinal at token ``i``, over ``first`` (the
    opener or the ordinal) to the person noun at token ``noun``, its kind read at the noun."""
    quantity = Quantity(value=count, low=None, high=None, qualifier=Qualifier.EXACT)
    return Multiple(
        quantity=QuantityMatch(
            first=first, last=noun + 1, number_first=i, number_last=i + 1, quantity=quantity
        ),
        kind=KindMatch(kind=kind, first=noun, last=noun + 1),
    )


def find_ordinals(norms: Sequence[str], pack: LanguagePack) -> list[Multiple]:
    """The counts of people shot told by a victim's rank in the normalised tokens ``norms``
    (see the module), each over the opener to the person noun.

    >>> from newsprism.extract.gun_violence.pack import load_pack
    >>> [m.quantity.quantity.value
    ...  for m in find_ordinals("a fourth victim was also injured".split(), load_pack("en"))]
    [4]
    >>> find_ordinals("the third man killed was 35".split(), load_pack("en"))
    []
    """
    cues = pack.ordinals
    found: list[Multiple] = []
    for i, word in enumerate(norms[1:], start=1):
        count = cues.counts.get(word)
        if count is None or norms[i - 1] not in cues.openers:
            continue
        noun = ranked_noun(norms, i, i + 1, pack)
        if noun is None:
            continue
        rest = norms[noun + 1 :]
        if not rest or rest[0] in cues.acting or not cues.denials.isdisjoint(rest):
            continue  # "a second officer shot the boy", "the second victim was not shot"
        if cues.hurt.isdisjoint(rest) or tells_death(rest, pack):
            continue
        found.append(ranked_multiple(i - 1, i, noun, count, FigureKind.CASUALTIES))
    return found


__all__ = ["MAX_MODIFIERS", "find_ordinals", "ranked_multiple", "ranked_noun"]
