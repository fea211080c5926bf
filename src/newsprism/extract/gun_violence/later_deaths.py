"""A death told by the rank of the one who died: "Third man dies after weekend shooting" says
three people are dead.

When a wounded victim dies days or weeks later, the report of the death often numbers them
instead of restating the toll: "5th person dies after July murder-suicide", "Second teen victim
of West Allis shooter dies", "A second victim has died, police said". Read alone, the sentence
tells one death; its rank says how many are dead in all. The rule reads (``[ordinals]`` of
``figures.toml`` for the rank and the person, ``[ordinal_deaths]`` of ``persons.toml`` for the
rest):

- an optional opener ("a", "the"), an ordinal in words ("second" ... "tenth") or digits with an
  ending ("5th"), optional modifiers ("teen", "shooting") and a person noun ("victim", "man");
- then a death in the same clause ("dies", "has died", "passes away"): the words after the
  noun up to the death hold none of ``stops`` ("a second man was shot, and ... died" is no
  ranked death);
- and no word of a count across incidents anywhere in the sentence ("Third child dies from a
  shooting in Chicago in just two days", "the fifth homicide victim this year").

A passive death ("the third man killed") is not read: it as often ranks the dead of a city's
year. The figure counts the killed, exact: the ranked person and the dead before them.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.gun_violence.multiples import Multiple
from newsprism.extract.gun_violence.ordinals import ranked_multiple, ranked_noun
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.extract.gun_violence.person_cues import load_ordinal_deaths
from newsprism.model.figures import FigureKind

#: Words between the person noun and the death ("of suspected 14-year-old West Allis shooter").
MAX_BETWEEN = 12


def _rank(
    norms: Sequence[str], i: int, pack: LanguagePack, suffixes: frozenset[str]
) -> tuple[int, int] | None:
    """The rank told at ``norms[i]`` and the index after it: "third" or "5" "th"."""
    count = pack.ordinals.counts.get(norms[i])
    if count is not None:
        return count, i + 1
    word = norms[i]
    if (
        word.isascii()
        and word.isdigit()
        and len(word) <= 2
        and i + 1 < len(norms)
        and norms[i + 1] in suffixes
    ):
        value = int(norms[i])
        return (value, i + 2) if 2 <= value <= 99 else None
    return None


def _dies(norms: Sequence[str], j: int, pack: LanguagePack) -> bool:
    """Whether a death follows ``norms[j]`` in its clause (see the module)."""
    cues = load_ordinal_deaths(pack.lang)
    for k in range(j, min(len(norms), j + MAX_BETWEEN + 1)):
        if cues.deaths.match_at(norms, k) is not None:
            return True
        if norms[k] in cues.stops:
            return False
    return False


def _roundup(norms: Sequence[str], pack: LanguagePack) -> bool:
    """Whether a phrase of a count across incidents is in ``norms`` ("this year", "in just")."""
    roundup = load_ordinal_deaths(pack.lang).roundup
    return any(roundup.match_at(norms, k) is not None for k in range(len(norms)))


def find_ordinal_deaths(norms: Sequence[str], pack: LanguagePack) -> list[Multiple]:
    """The death tolls told by a dead person's rank in the normalised tokens ``norms`` (see the
    module), each over the opener (or the ordinal) to the person noun.

    >>> from newsprism.extract.gun_violence.pack import load_pack
    >>> [m.quantity.quantity.value
    ...  for m in find_ordinal_deaths("third man dies after shooting".split(), load_pack("en"))]
    [3]
    >>> find_ordinal_deaths("the third man killed was 35".split(), load_pack("en"))
    []
    """
    cues = pack.ordinals
    suffixes = load_ordinal_deaths(pack.lang).suffixes
    ranks = [(i, r) for i in range(len(norms)) if (r := _rank(norms, i, pack, suffixes))]
    if not ranks or _roundup(norms, pack):
        return []
    found: list[Multiple] = []
    for i, rank in ranks:
        count, after = rank
        noun = ranked_noun(norms, i, after, pack)
        if noun is None or not _dies(norms, noun + 1, pack):
            continue
        first = i - 1 if i and norms[i - 1] in cues.openers else i
        found.append(ranked_multiple(first, i, noun, count, FigureKind.KILLED))
    return found


__all__ = ["find_ordinal_deaths"]
