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

from newsprism.extract.gun_violence.non_counts import YEAR_RANGE
from newsprism.extract.gun_violence.numerals import token_value
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.extract.gun_violence.tokens import Token, as_written

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
    count = token_value(tokens[k], norms[k], pack)
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


#: Tokens before the figure's words, within its clause part, searched for a calendar period
#: ("As of July 15, 126 people had been murdered"; "nearly 50 shot since June 21 and 19
#: killed"; "Crime stats for 2015, in the city of New Orleans, show 165 people were murdered").
CALENDAR_BEFORE = 14
#: Tokens after the figure's words searched so ("126 people had been murdered in Baltimore
#: this year").
CALENDAR_AFTER = 8


def find_calendar_tally(
    tokens: Sequence[Token], norms: Sequence[str], first: int, last: int, pack: LanguagePack
) -> str | None:
    """A calendar period in the clause part of a figure whose words are ``tokens[first:last]``
    that makes it a city's tally of several incidents, as written, else ``None``: a period
    phrase ("this year", ``[calendar] spans``), a whole month ("during July", no day after it),
    a span from a date to now ("since June 21", "as of July 15") or a whole year ("for 2015").
    One attack takes a day, not a month: "45 people were killed during July" counts the month's
    shootings. "in July", "last month" are left alone: follow-ups date the story's own shooting
    so. The clause part ends at a sentence's or a dash's break (``TALLY_BREAKS``)."""
    start = first
    while start > max(0, first - CALENDAR_BEFORE) and tokens[start - 1].text not in TALLY_BREAKS:
        start -= 1
    stop = last
    while stop < min(len(norms), last + CALENDAR_AFTER) and tokens[stop].text not in TALLY_BREAKS:
        stop += 1
    for j in range(start, stop):
        if j == first:
            continue
        end = _calendar_at(tokens, norms, j, stop, pack)
        if end is not None:
            return as_written(tokens[j:end])
    return None


def _calendar_at(
    tokens: Sequence[Token], norms: Sequence[str], j: int, stop: int, pack: LanguagePack
) -> int | None:
    """The end of a calendar period starting at ``j`` (see ``find_calendar_tally``)."""
    hit = pack.calendar_spans.match_at(norms, j)
    if hit is not None:
        return j + hit[0]
    if norms[j] in pack.month_links and j + 1 < stop:
        month = pack.months.match_at(norms, j + 1)
        after = j + 1 + month[0] if month is not None else stop
        if month is not None and (after >= len(tokens) or tokens[after].number is None):
            return after
    if norms[j] in pack.year_links and j + 1 < stop and _is_year(tokens[j + 1]):
        return j + 2
    date = pack.date_links.match_at(norms, j)
    if date is not None:
        k = j + date[0]
        month = pack.months.match_at(norms, k) if k < stop else None
        if month is not None:
            day = k + month[0]
            if day < len(tokens) and norms[day] == ".":
                day += 1
            if day < len(tokens) and tokens[day].number is not None:
                return day + 1
    return None


def _is_year(token: Token) -> bool:
    return token.text.isdigit() and token.number is not None and token.number in YEAR_RANGE


__all__ = ["day_span", "find_calendar_tally", "find_tally"]
