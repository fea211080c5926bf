"""What happened to all of a count, told after it: "shot his girlfriend and her son, wounding
both" says two people were wounded, not only shot.

A clause after a count of people shot that names an outcome and then the whole of the count
("wounding both", "injuring all", "killing both") tells what the shooting did to every one of
them. Read alone, the count is of people shot, and the reconciler subtracts the dead from it;
with the clause it is a count of the wounded (or of the dead). The rule reads a comma, a
casualty phrase before its object (``kinds_before``: "wounding", "injuring", "killing") and a
word for the whole (``wholes`` of ``[kinds.partitive]``: "both", "all") in the rest of the
sentence after the count's own casualty words.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.gun_violence.kinds import KindMatch
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.model.figures import FigureKind

#: The kinds an outcome clause may tell of all of a count of people shot.
OUTCOMES = frozenset({FigureKind.INJURED, FigureKind.KILLED})
#: Tokens that end the count's clause before an outcome may be told.
CLAUSE_ENDS = frozenset({".", ";", ":", "?", "!"})


def outcome_of_all(
    norms: Sequence[str], last: int, kind: KindMatch, pack: LanguagePack, value: int | None = None
) -> FigureKind | None:
    """The outcome told of the whole of a count of people shot (``kind``; the count, of
    ``value`` people, ends at ``last``) by a clause after it in its sentence ("..., wounding
    both"), or ``None``; a word for a pair ("both") fits a count of two only.

    >>> from newsprism.extract.gun_violence.pack import load_pack
    >>> norms = "he shot his girlfriend and her son , wounding both".split()
    >>> outcome_of_all(norms, 7, KindMatch(FigureKind.CASUALTIES, 1, 2), load_pack("en"))
    <FigureKind.INJURED: 'injured'>
    >>> norms = "he shot two men , wounding one".split()
    >>> print(outcome_of_all(norms, 4, KindMatch(FigureKind.CASUALTIES, 1, 2), load_pack("en")))
    None
    """
    if kind.kind is not FigureKind.CASUALTIES:
        return None
    for j in range(max(last, kind.last), len(norms) - 2):
        if norms[j] in CLAUSE_ENDS:
            return None
        if norms[j] != ",":
            continue
        hit = pack.kinds_before.match_at(norms, j + 1)
        if hit is None or hit[1] not in OUTCOMES:
            continue
        whole = j + 1 + hit[0]
        if whole < len(norms) and norms[whole] in pack.partitive_wholes:
            if norms[whole] in pack.partitive_pairs and value is not None and value != 2:
                return None  # "shot three men, wounding both"
            return hit[1]
    return None


__all__ = ["OUTCOMES", "outcome_of_all"]
