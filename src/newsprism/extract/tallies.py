"""Running tallies: counts of people hit over a span of hours or days ("Seven shot in 72
hours", "20 people shot over the past three days", "11 wounded in a 30-hour span").

A city's running tally counts several incidents, however its words read: a span of time long
enough to hold several shootings, right after the count (``[tallies]`` of ``figures.toml``: the
link words, the units and how many hours each is, and the shortest span that makes a tally).
"Three people were shot within two hours" or "died hours later" is no tally: a span that short,
or one without a number, tells the time of one attack. A span from one day to another ("between
Friday evening and Monday morning", "since Sunday morning") makes a tally as well. Such a figure joins the several-incidents
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
        if norms[j] in cues.day_links:
            end = day_span(tokens, norms, j, pack)
            if end is not None:
                return as_written(tokens[j:end])
        if norms[j] not in cues.links:
            continue
        k = j + 1
        while k < len(norms) and norms[k] in cues.fillers:
            k += 1
        hours = _span_hours(tokens, norms, k, pack)
        if hours is not None and hours[0] >= cues.min_hours:
            return as_written(tokens[j : hours[1]])
    return None


#: Tokens after the opening word within which a day must come ("since early Sunday"), and
#: after the first day within which the word to the second must come ("Friday evening and").
DAY_REACH = 3


def day_span(
    tokens: Sequence[Token], norms: Sequence[str], link: int, pack: LanguagePack
) -> int | None:
    """The end of a day span opened by ``norms[link]`` ("between Friday evening and Monday
    morning", "from Wednesday afternoon into early Thursday", "since Sunday morning"), else
    ``None``: a day name within ``DAY_REACH`` tokens, then, but after "since", a word of
    ``day_ends`` and a second day name, each within ``DAY_REACH`` tokens."""
    cues = pack.tallies
    first = _day(tokens, norms, link + 1, cues.days)
    if first is None:
        return None
    if norms[link] in cues.day_since:
        return first + 1
    for k in range(first + 1, min(len(norms), first + 1 + DAY_REACH)):
        if tokens[k].text in TALLY_BREAKS:
            return None
        if norms[k] in cues.day_ends:
            second = _day(tokens, norms, k + 1, cues.days)
            return None if second is None else second + 1
    return None


def _day(
    tokens: Sequence[Token], norms: Sequence[str], start: int, days: frozenset[str]
) -> int | None:
    for k in range(start, min(len(norms), start + DAY_REACH)):
        if tokens[k].text in TALLY_BREAKS:
            return None
        if norms[k] in days:
            return k
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


__all__ = ["day_span", "find_tally"]
