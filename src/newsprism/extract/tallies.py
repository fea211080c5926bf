"""Running tallies: counts of people hit over a span of hours or days ("Seven shot in 72
hours", "20 people shot over the past three days", "11 wounded in a 30-hour span").

A city's running tally counts several incidents, however its words read: a span of time long
enough to hold several shootings, right after the count (``[tallies]`` of ``figures.toml``: the
link words, the units and how many hours each is, and the shortest span that makes a tally).
"Three people were shot within two hours" or "died hours later" is no tally: a span that short,
or one without a number, tells the time of one attack. Such a figure joins the several-incidents
scope (``Figure.incidents``), apart from the story's total.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.tokens import Token, as_written
from newsprism.lang.packs import LanguagePack

#: Tokens after the count, within which the span must begin.
TALLY_WINDOW = 8
#: Tokens that end the count's clause.
TALLY_BREAKS = frozenset({".", ";", ":", "?", "!", "(", "—", "–"})


def find_tally(
    tokens: Sequence[Token], norms: Sequence[str], last: int, pack: LanguagePack
) -> str | None:
    """The span after a figure (its words end at ``last``) that makes it a running tally, as
    written ("in 72 hours"), or ``None`` (see the module)."""
    cues = pack.tallies
    if not cues.links:
        return None
    stop = min(len(norms), last + TALLY_WINDOW)
    for j in range(last, stop):
        if tokens[j].text in TALLY_BREAKS:
            return None
        if norms[j] not in cues.links:
            continue
        k = j + 1
        while k < len(norms) and norms[k] in cues.fillers:
            k += 1
        hours = _span_hours(tokens, norms, k, pack)
        if hours is not None and hours[0] >= cues.min_hours:
            return as_written(tokens[j : hours[1]])
    return None


def _span_hours(
    tokens: Sequence[Token], norms: Sequence[str], k: int, pack: LanguagePack
) -> tuple[float, int] | None:
    """(hours, end) of a span starting at ``k``: a number and a unit ("72 hours", "three
    days"), or a number, a hyphen and a unit before a span noun ("a 30-hour span")."""
    if k >= len(norms):
        return None
    count = _number(tokens[k], norms[k], pack)
    if count is None:
        return None
    unit = k + 1
    if unit < len(norms) and norms[unit] == "-":
        unit += 1
    if unit >= len(norms) or norms[unit] not in pack.tallies.units:
        return None
    end = unit + 1
    if end < len(norms) and norms[end] in pack.tallies.spans:
        end += 1
    return count * pack.tallies.units[norms[unit]], end


def _number(token: Token, norm: str, pack: LanguagePack) -> float | None:
    if token.number is not None:
        return token.number
    hit = pack.words.lookup(norm)
    return float(hit[1]) if hit is not None and hit[0] == "value" else None


__all__ = ["find_tally"]
