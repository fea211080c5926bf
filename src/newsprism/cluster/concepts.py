"""Cross-lingual evidence of what an article reports: where, what kind of event, who, when.

Surface keys (``signals``) only meet within one spelling; these meet across languages and
scripts. From the headline and lead:

* **places** normalised by ``lang.places`` (Beyrouth / Beyrut'ta / بيروت are one city) and the
  countries they lie in;
* **event types** from the language's cues (``lang.event_types``: séisme = deprem = زلزال);
* **organisations** named as figure sources are normalised (``lang.known_sources``: KNCHR, OCHA,
  "المرصد السوري" = SOHR);
* **years**: the publication year and the years the lead mentions; the event's year is the
  publication year when known, else the year the lead mentions most (the latest on a tie).

``concept_keys`` turns them into keys that join the IDF-weighted key set (``place:geo:276781``,
``country:LB``, ``event:explosion``, ``org:sohr``) and *signatures*, an event type in a
country (``sig:explosion@LB``): two reports sharing a rare signature are very likely one story,
and a same-type report elsewhere shares none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.lang.event_types import find_event_types, types_agree
from newsprism.lang.known_sources import shared_sources
from newsprism.lang.phrases import WORD_RE, norm_token
from newsprism.lang.places import place_index, place_mentions

#: Earliest and latest year read as an event's year (a number outside is a count or a code).
YEAR_MIN, YEAR_MAX = 1950, 2099
#: Four digits, not inside a longer number: "04.08.2020" holds a year; thousands groups have
#: three digits, so "1.999" and "2,023" do not.
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d|[.,]\d)")
#: Where a lead names no country, state or major city, a country is its main one when its
#: towns and regions are named this often (one mention of a town may be a word or a name).
MIN_TOWN_MENTIONS = 2
#: Languages whose event cues read an article of unknown language.
FALLBACK_LANGUAGES = ("en", "fr", "es", "id")


@dataclass(frozen=True, slots=True)
class Concepts:
    """What an article's headline and lead say in language-neutral terms."""

    places: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    #: The countries named most often by a country, region or major city name (the event's,
    #: usually; others are context).
    main_countries: frozenset[str] = frozenset()
    #: Whether ``main_countries`` come from towns' and regions' names only (no country, US
    #: state or major city named).
    main_from_towns: bool = False
    events: frozenset[str] = frozenset()
    orgs: frozenset[str] = frozenset()
    years: frozenset[int] = frozenset()
    event_year: int | None = None


def mentioned_years(text: str, until: int | None = None) -> list[int]:
    """Four-digit years in ``text`` (``YEAR_MIN``-``YEAR_MAX``, none after ``until``), in order."""
    years = [int(m.group(1)) for m in _YEAR.finditer(text)]
    last = until if until is not None else YEAR_MAX
    return [y for y in years if YEAR_MIN <= y <= last]


def event_year(published: dt.date | None, years: Sequence[int]) -> int | None:
    """The publication year, else the year mentioned most (the latest on a tie)."""
    if published is not None:
        return published.year
    if not years:
        return None
    counts = Counter(years)
    return max(counts, key=lambda y: (counts[y], y))


def find_orgs(text: str) -> frozenset[str]:
    """Keys of the known organisations named in ``text`` (acronyms only in capitals)."""
    folded_table, exact_table = shared_sources()
    raw = [m.group() for m in WORD_RE.finditer(text)]
    tokens = [norm_token(t) for t in raw]
    found = {src.key for _, _, src in folded_table.find_all(tokens)}
    for start, end, src in exact_table.find_all(tokens):
        if all(not t.isalpha() or t.isupper() for t in raw[start:end]):
            found.add(src.key)
    return frozenset(found)


def article_concepts(text: str, lang: str, published: dt.date | None) -> Concepts:
    """Concepts of ``text`` (headline and lead) in language ``lang``."""
    mentions = place_mentions(text, place_index())
    places = {p.place_id: p for found in mentions for p in found}
    counts = Counter(c for found in mentions for c in {c for p in found for c in p.countries})
    # The main countries: named most often by a country, a US state or a major city. A town's
    # or region's name says less (many are a word or a name somewhere: "Man", "Paul", "Lodi").
    major = Counter(
        c for found in mentions for c in {c for p in found if p.major for c in p.countries}
    )
    from_towns = not major
    if from_towns:  # no country, state or big city: towns and regions named at least twice
        major = Counter({c: n for c, n in counts.items() if n >= MIN_TOWN_MENTIONS})
    top = max(major.values(), default=0)
    years = mentioned_years(text, published.year if published is not None else None)
    if published is not None:
        years.append(published.year)
    return Concepts(
        places=frozenset(p for p in places if not p.startswith("cc:")),
        countries=frozenset(counts),
        main_countries=frozenset(c for c, n in major.items() if n == top),
        main_from_towns=from_towns and bool(major),
        events=find_event_types(text, lang, FALLBACK_LANGUAGES),
        orgs=find_orgs(text),
        years=frozenset(years),
        event_year=event_year(published, years),
    )


def concept_keys(concepts: Concepts) -> frozenset[str]:
    """Keys of ``concepts`` for the IDF-weighted key set, signatures included."""
    keys = {f"place:{p}" for p in concepts.places}
    keys |= {f"country:{c}" for c in concepts.countries}
    keys |= {f"event:{e}" for e in concepts.events}
    keys |= {f"org:{o}" for o in concepts.orgs}
    keys |= signatures(concepts)
    return frozenset(keys)


def signatures(concepts: Concepts) -> frozenset[str]:
    """Event type in one of the main countries: ``sig:earthquake@MM``."""
    return frozenset(f"sig:{e}@{c}" for e in concepts.events for c in concepts.main_countries)


def disagree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both known and nothing in common."""
    return bool(a) and bool(b) and not a & b


def countries_disagree(a: Concepts, b: Concepts) -> bool:
    """Their main countries differ and one of them does not even name the other's (a country
    named in passing, the migrants' destination or a comparison, does not make two reports
    agree; two reports of one war, each led by another side, name both)."""
    if not a.main_countries or not b.main_countries or a.main_countries & b.main_countries:
        return False
    return not a.main_countries & b.countries or not b.main_countries & a.countries


def types_disagree(a: Concepts, b: Concepts) -> bool:
    """Both name event types and none of one could be the other's (``compatible_types``)."""
    return bool(a.events) and bool(b.events) and not types_agree(a.events, b.events)


def disagreements(a: Concepts, b: Concepts, *, towns_count: bool = True) -> int:
    """How many of event type and country the two articles disagree on (0-2); with
    ``towns_count=False`` a main country read from towns' names only does not disagree."""
    countries = countries_disagree(a, b)
    if countries and not towns_count and (a.main_from_towns or b.main_from_towns):
        countries = False
    return int(types_disagree(a, b)) + int(countries)


def years_apart(a: Concepts, b: Concepts) -> int:
    """Years between the two events when neither article mentions the other's event year
    (0 when unknown or compatible): a lead that mentions last year's disaster does not date
    this one, but two reports of different years, neither naming the other's, do."""
    if a.event_year is None or b.event_year is None or a.event_year == b.event_year:
        return 0
    if a.event_year in b.years or b.event_year in a.years:
        return 0
    return abs(a.event_year - b.event_year)


__all__ = [
    "Concepts",
    "article_concepts",
    "concept_keys",
    "countries_disagree",
    "disagree",
    "disagreements",
    "event_year",
    "find_orgs",
    "mentioned_years",
    "signatures",
    "types_disagree",
    "years_apart",
]
