"""Language packs: per-language lexicons compiled from ``resources/<iso>/*.toml``.

A pack is immutable data (frozen dataclass of tables and compiled regular expressions), so
``load_pack`` caches one per language: caching changes load time, never results. Code that
uses a pack branches on its data, never on its language code. Adding a language means adding
a folder with ``numbers.toml``, ``figures.toml`` and ``attribution.toml`` (see ``en`` for the
documented layout) and its tests.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsprism.lang.phrases import WORD_RE, PhraseTable, norm_token, phrase_tokens
from newsprism.model.figures import FigureKind, Qualifier

#: Language whose data serves articles in an unknown language.
FALLBACK_LANG = "en"

#: Bound rules a hedge may carry (see ``en/numbers.toml``).
BOUND_RULES = frozenset({"exact", "low+1", "low", "high", "high-1", "about"})


@dataclass(frozen=True, slots=True)
class Source:
    """A known originating source: canonical key and readable label."""

    key: str
    label: str


@dataclass(frozen=True, slots=True)
class Hedge:
    """A hedge word: the qualifier it sets and how it turns the number into bounds."""

    qualifier: Qualifier
    rule: str


@dataclass(frozen=True, slots=True)
class Magnitude:
    """A word that gives an order of magnitude only ("hundreds"): qualifier and lower bound."""

    qualifier: Qualifier
    low: int


@dataclass(frozen=True, slots=True)
class NumberWords:
    """Number words of a language and how they combine."""

    values: dict[str, int]
    multipliers: dict[str, int]
    scales: dict[str, int]
    adders: dict[str, int]
    joiners: frozenset[str]
    one_words: frozenset[str]
    clitics: tuple[str, ...]
    #: Every number word with its (role, value); see ``_roles``.
    roles: dict[str, tuple[str, int]]

    def is_number_word(self, token: str) -> bool:
        """Whether ``token`` is a number word (after stripping a clitic prefix)."""
        return self.lookup(token) is not None

    def lookup(self, token: str) -> tuple[str, int] | None:
        """(role, value) of a number word: role is value, multiplier, scale or adder."""
        roles = self.roles
        hit = roles.get(token)
        if hit is not None or not self.clitics:
            return hit
        for clitic in self.clitics:
            if token.startswith(clitic):
                hit = roles.get(token[len(clitic) :])
                if hit is not None:
                    return hit
        return None


@dataclass(frozen=True, slots=True)
class IncidentCues:
    """Words that make a figure count several incidents (``[incidents]`` in figures.toml; read
    by ``extract.scope.find_incidents``)."""

    links: frozenset[str]
    events: PhraseTable[bool]
    general: PhraseTable[bool]
    roundup: PhraseTable[bool]
    tails: PhraseTable[bool]
    spread: frozenset[str]
    one_event: frozenset[str]


def _incident_cues(table: dict[str, list[str]]) -> IncidentCues:
    def words(key: str) -> frozenset[str]:
        return frozenset(norm_token(x) for x in table.get(key, []))

    return IncidentCues(
        links=words("links"),
        events=_bools(table.get("events", [])),
        general=_bools(table.get("general", [])),
        roundup=_bools(table.get("roundup", [])),
        tails=_bools(table.get("tails", [])),
        spread=words("spread"),
        one_event=words("one_event"),
    )


@dataclass(frozen=True, slots=True)
class LinkCues:
    """Lines that link to other stories rather than report this one (``links.toml``; read by
    ``extract.links``): the headers of a list of links ("Related stories:", "ALSO"), and the
    words after a time that make it a clock time ("10:30 p.m."), not a clip's length."""

    headers: PhraseTable[bool]
    clock_words: frozenset[str]
    #: Headers after which every line is about other stories ("More stories you may like",
    #: "In other shootings:"), read like ``headers``.
    closers: PhraseTable[bool]


@dataclass(frozen=True, slots=True)
class MultipleCues:
    """Events named by how many people they hit ("a triple shooting", "the double homicide";
    ``[multiples]`` in figures.toml, read by ``extract.multiples``): the multiplying words and
    their counts, the event nouns and the kind of figure each gives, and words right after the
    event that make it another event ("double murder-suicide")."""

    counts: dict[str, int]
    events: PhraseTable[FigureKind]
    not_after: frozenset[str]


def _multiple_cues(table: dict[str, Any]) -> MultipleCues:
    return MultipleCues(
        counts={norm_token(k): int(v) for k, v in table.get("counts", {}).items()},
        events=_kinds(table.get("events", {})),
        not_after=frozenset(norm_token(x) for x in table.get("not_after", [])),
    )


@dataclass(frozen=True, slots=True)
class TallyCues:
    """Running tallies over a span of time ("Seven shot in 72 hours"; ``[tallies]`` in
    figures.toml, read by ``extract.tallies``): the words that open the span, words that may
    follow them ("the past"), the units and their hours, span nouns ("span", "period") and the
    shortest span in hours that makes a tally."""

    links: frozenset[str]
    fillers: frozenset[str]
    units: dict[str, float]
    spans: frozenset[str]
    min_hours: float


def _tally_cues(table: dict[str, Any]) -> TallyCues:
    def words(key: str) -> frozenset[str]:
        return frozenset(norm_token(x) for x in table.get(key, []))

    return TallyCues(
        links=words("links"),
        fillers=words("fillers"),
        units={norm_token(k): float(v) for k, v in table.get("units", {}).items()},
        spans=words("spans"),
        min_hours=float(table.get("min_hours", 0)),
    )


def _link_cues(table: dict[str, list[str]]) -> LinkCues:
    return LinkCues(
        headers=_bools(table.get("headers", [])),
        clock_words=frozenset(norm_token(x) for x in table.get("clock_words", [])),
        closers=_bools(table.get("closers", [])),
    )


@dataclass(frozen=True, slots=True)
class LanguagePack:
    """Everything the extractor knows about one language, as compiled data."""

    lang: str
    decimal: str
    thousands: tuple[str, ...]
    number_re: re.Pattern[str]
    #: Numbers (group 1) or words/punctuation (``WORD_RE``), in one pass.
    token_re: re.Pattern[str]
    candidate_re: re.Pattern[str]
    kind_words: frozenset[str]
    kind_stems: tuple[str, ...]
    quantity_starters: frozenset[str]
    words: NumberWords
    magnitudes: PhraseTable[Magnitude]
    singles: PhraseTable[bool]
    single_ages: PhraseTable[bool]
    hedges_before: PhraseTable[Hedge]
    hedges_after: PhraseTable[Hedge]
    range_prefixes: PhraseTable[bool]
    range_connectors: frozenset[str]
    kinds_after: PhraseTable[FigureKind]
    kinds_before: PhraseTable[FigureKind]
    kind_objects: PhraseTable[bool]
    agent_verbs: frozenset[tuple[str, ...]]
    lives_words: PhraseTable[bool]
    lives_triggers: PhraseTable[bool]
    people: PhraseTable[bool]
    groups: PhraseTable[str]
    not_after: PhraseTable[bool]
    not_before: PhraseTable[bool]
    part_of: frozenset[str]
    inclusions: PhraseTable[bool]
    others: frozenset[str]
    headline_singles: frozenset[str]
    single_links: frozenset[str]
    months: PhraseTable[bool]
    period_units: PhraseTable[str]
    since_words: PhraseTable[bool]
    locatives: frozenset[str]
    places: PhraseTable[str]
    named_cues: PhraseTable[bool]
    source_after_cues: PhraseTable[bool]
    vague_cues: PhraseTable[bool]
    anonymous_cues: PhraseTable[bool]
    anaphora: PhraseTable[bool]
    sources: PhraseTable[Source]
    sources_exact_case: PhraseTable[Source]
    #: "two of the victims", "one of them": the words after a count that make it a part of a
    #: whole (see ``kinds.partitive``); ``True`` where a noun names the whole ("of the").
    partitives: PhraseTable[bool]
    #: "all three of the victims": words before such a count that make it the whole again.
    partitive_wholes: frozenset[str]
    #: "were not injured": words right before a casualty word after a count that deny it.
    negations: PhraseTable[bool]
    #: Coordinated counts of people ("two men and a woman"; ``[coordination]`` of
    #: ``numbers.toml``): the nouns a numbered conjunct ends in, the words between its number
    #: and noun, the words linking conjuncts, and the heads a breakdown may differ from.
    coordination_nouns: PhraseTable[bool]
    coordination_modifiers: frozenset[str]
    coordination_joiners: frozenset[str]
    coordination_totals: frozenset[str]
    #: Plural ages that are a numbered conjunct's noun ("two 17-year-olds").
    coordination_ages: PhraseTable[bool]
    #: Words a relative after a possessive may carry besides the coordination's modifiers
    #: ("her estranged husband").
    link_modifiers: frozenset[str]
    #: Determiners that open one person of a list like a possessive ("the man and the child").
    single_definites: frozenset[str]
    #: "along with", "together with": a count of people after them shares what happened with
    #: a subject (``extract.companions``); the auxiliaries before the casualty phrase, ``True``
    #: where they say the subject is one person ("was").
    companion_phrases: PhraseTable[bool]
    companion_auxiliaries: PhraseTable[bool]
    incidents: IncidentCues
    links: LinkCues
    #: "a triple shooting": events named by how many people they hit (``extract.multiples``).
    multiples: MultipleCues
    #: "Seven shot in 72 hours": running tallies over a span (``extract.tallies``).
    tallies: TallyCues
    #: "108,780 deer", "three blocks away": nouns for animals and things that make the count
    #: before them no count of people (``things`` of ``[not_figures]``).
    things: PhraseTable[bool]
    #: "found with gunshot wounds": wound phrases after a count that say the people were shot,
    #: dead or alive (``[kinds.shot_wounds]``; read before ``kinds_after``).
    shot_wounds: PhraseTable[bool]
    #: "both 31": words after which a bare number is an age (``age_after`` of ``[not_figures]``).
    age_after: frozenset[str]
    #: "so far this year", "last month", "in that case": phrases that put a sentence's figures
    #: in another period or incident than the story's (``elsewhere`` of ``[incidents]``).
    elsewhere: PhraseTable[bool]
    #: "in critical condition", "critically", "not life threatening": words after a count that
    #: tell how the people counted fare (``[kinds.conditions]``; see ``extract.breakdowns``).
    conditions: PhraseTable[bool]
    #: "the three injured", "all four": words before a count in a condition that make it the
    #: whole again (``recaps`` of ``[kinds.conditions]``).
    condition_recaps: frozenset[str]
    #: "younger than 45": words before a number that make it an age bound (``age_bounds`` of
    #: ``[not_figures]``).
    age_bounds: PhraseTable[bool]
    #: "before killing himself", "kills infant, self": phrases after a killed count that say
    #: its killer died too (``phrases`` of ``[kinds.self_deaths]``; ``extract.suicides``).
    self_deaths: PhraseTable[bool]
    #: "including", "among": words before such a phrase that make the killer one of those
    #: counted (``counted`` of ``[kinds.self_deaths]``).
    self_counted: frozenset[str]
    #: "murder-suicide": a phrase that says the killer died too after a count that a killing
    #: verb takes as its object (``after_object`` of ``[kinds.self_deaths]``).
    self_deaths_after_object: PhraseTable[bool]


def _roles(
    values: dict[str, int],
    multipliers: dict[str, int],
    scales: dict[str, int],
    adders: dict[str, int],
) -> dict[str, tuple[str, int]]:
    """One lookup table; on a word listed twice, value beats multiplier beats scale."""
    table: dict[str, tuple[str, int]] = {}
    for role, words in (
        ("adder", adders),
        ("scale", scales),
        ("multiplier", multipliers),
        ("value", values),
    ):
        table.update((w, (role, v)) for w, v in words.items())
    return table


def _read(lang: str | None, name: str) -> dict[str, Any]:
    root = resources.files("newsprism.lang") / "resources"
    path = root / name if lang is None else root / lang / name
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


def available_languages() -> tuple[str, ...]:
    """ISO codes of the languages that have a resource folder."""
    root = resources.files("newsprism.lang") / "resources"
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and p.name[:1] != "_"))


def _number_re(decimal: str, thousands: tuple[str, ...]) -> re.Pattern[str]:
    sep = "".join(re.escape(s) for s in thousands)
    dec = re.escape(decimal)
    # Grouped (1,383 / 1.383 / 1 383) or plain digits, then an optional decimal part.
    pattern = rf"(?<![\w.,])(?:\d{{1,3}}(?:[{sep}]\d{{3}})+|\d+)(?:{dec}\d+)?(?!\d)"
    return re.compile(pattern)


def _candidate_re(words: NumberWords, magnitudes: PhraseTable[Magnitude]) -> re.Pattern[str]:
    """A fast pre-filter: a digit, or a number or magnitude word (clitic prefixes allowed)."""
    vocab = set(words.values) | set(words.multipliers) | set(words.scales) | set(words.adders)
    vocab |= set(magnitudes.exact_first)
    vocab |= {toks[0].rstrip("*") for toks, _ in magnitudes.stem_first}
    alternation = "|".join(re.escape(w) for w in sorted(vocab, key=len, reverse=True) if w)
    clitics = "|".join(re.escape(c) for c in words.clitics)
    prefix = f"(?:{clitics})?" if clitics else ""
    if not alternation:
        return re.compile(r"\d")
    return re.compile(rf"\d|\b{prefix}(?:{alternation})", re.IGNORECASE)


def _bools(words: list[str]) -> PhraseTable[bool]:
    return PhraseTable.build((w, True) for w in words)


def _kinds(table: dict[str, list[str]]) -> PhraseTable[FigureKind]:
    return PhraseTable.build((w, FigureKind(kind)) for kind, ws in table.items() for w in ws)


def _hedges(table: dict[str, list[str]]) -> PhraseTable[Hedge]:
    items: list[tuple[str, Hedge]] = []
    for phrase, (qualifier, rule) in table.items():
        if rule not in BOUND_RULES:
            msg = f"unknown bound rule {rule!r} for hedge {phrase!r}"
            raise ValueError(msg)
        items.append((phrase, Hedge(Qualifier(qualifier), rule)))
    return PhraseTable.build(items)


def _sources() -> tuple[PhraseTable[Source], PhraseTable[Source]]:
    data = _read(None, "sources.toml")
    folded: list[tuple[str, Source]] = []
    exact: list[tuple[str, Source]] = []
    for key, entry in data.items():
        source = Source(key, str(entry["label"]))
        for alias in entry["aliases"]:
            letters = [c for c in alias if c.isalpha()]
            is_acronym = bool(letters) and all(c.isupper() for c in letters)
            (exact if is_acronym else folded).append((alias, source))
    return PhraseTable.build(folded), PhraseTable.build(exact)


@functools.cache
def _shared_sources() -> tuple[PhraseTable[Source], PhraseTable[Source]]:
    return _sources()


@functools.cache
def load_pack(lang: str) -> LanguagePack:
    """The compiled pack for ``lang``; unknown or unsupported languages get English data."""
    if lang not in available_languages():
        lang = FALLBACK_LANG
    numbers = _read(lang, "numbers.toml")
    figures = _read(lang, "figures.toml")
    attribution = _read(lang, "attribution.toml")
    digits = numbers["digits"]
    decimal = str(digits["decimal"])
    thousands = tuple(str(s) for s in digits["thousands"])
    w = numbers["words"]
    values = {norm_token(k): int(v) for k, v in w.get("values", {}).items()}
    multipliers = {norm_token(k): int(v) for k, v in w.get("multipliers", {}).items()}
    scales = {norm_token(k): int(v) for k, v in w.get("scales", {}).items()}
    adders = {norm_token(k): int(v) for k, v in w.get("adders", {}).items()}
    words = NumberWords(
        values=values,
        multipliers=multipliers,
        scales=scales,
        adders=adders,
        roles=_roles(values, multipliers, scales, adders),
        joiners=frozenset(norm_token(j) for j in w.get("joiners", [])),
        one_words=frozenset(norm_token(j) for j in w.get("one_words", [])),
        clitics=tuple(w.get("clitics", [])),
    )
    magnitudes = PhraseTable.build(
        (p, Magnitude(Qualifier(q), int(low))) for p, (q, low) in numbers["vague"].items()
    )
    ranges = numbers.get("ranges", {})
    candidate_re = _candidate_re(words, magnitudes)
    number_re = _number_re(decimal, thousands)
    kinds_after = _kinds(figures["kinds"]["after"])
    kinds_before = _kinds(figures["kinds"]["before"])
    lives_words = _bools(figures.get("lives", {}).get("words", []))
    singles = _bools(numbers.get("singles", {}).get("phrases", []))
    starters = set(words.roles) | set(magnitudes.exact_first) | set(words.one_words)
    starters |= set(singles.exact_first)
    # A list may open with a relative ("wounding his girlfriend and her son").
    starters |= {norm_token(x) for x in numbers.get("singles", {}).get("links", [])}
    sources_folded, sources_exact = _shared_sources()
    nf = figures.get("not_figures", {})
    periods = figures.get("periods", {})
    places = figures.get("places", {})
    coordination = numbers.get("coordination", {})
    return LanguagePack(
        lang=lang,
        decimal=decimal,
        thousands=thousands,
        number_re=number_re,
        token_re=re.compile(f"({number_re.pattern})|{WORD_RE.pattern}"),
        candidate_re=candidate_re,
        kind_words=kinds_after.first_words()
        | kinds_before.first_words()
        | lives_words.first_words(),
        kind_stems=kinds_after.stem_prefixes + kinds_before.stem_prefixes,
        quantity_starters=frozenset(starters),
        words=words,
        magnitudes=magnitudes,
        singles=singles,
        single_ages=_bools(numbers.get("singles", {}).get("ages", [])),
        hedges_before=_hedges(numbers["qualifiers"].get("before", {})),
        hedges_after=_hedges(numbers["qualifiers"].get("after", {})),
        range_prefixes=_bools(ranges.get("prefixes", [])),
        range_connectors=frozenset(norm_token(c) for c in ranges.get("connectors", [])),
        kinds_after=kinds_after,
        kinds_before=kinds_before,
        kind_objects=_bools(figures["kinds"].get("objects", {}).get("words", [])),
        agent_verbs=frozenset(
            phrase_tokens(v) for v in figures["kinds"].get("objects", {}).get("verbs", [])
        ),
        lives_words=lives_words,
        lives_triggers=_bools(figures.get("lives", {}).get("triggers", [])),
        people=_bools(figures.get("people", {}).get("words", [])),
        groups=PhraseTable.build(figures.get("groups", {}).items()),
        not_after=_bools(nf.get("after", [])),
        not_before=_bools(nf.get("before", [])),
        part_of=frozenset(norm_token(x) for x in nf.get("part_of", [])),
        inclusions=_bools(nf.get("including", [])),
        headline_singles=frozenset(
            norm_token(x) for x in numbers.get("singles", {}).get("headline", [])
        ),
        single_links=frozenset(norm_token(x) for x in numbers.get("singles", {}).get("links", [])),
        others=frozenset(norm_token(x) for x in figures.get("people", {}).get("others", [])),
        months=_bools(nf.get("months", [])),
        period_units=PhraseTable.build(periods.get("units", {}).items()),
        since_words=_bools(periods.get("since", [])),
        locatives=frozenset(norm_token(x) for x in places.get("locatives", [])),
        places=PhraseTable.build(places.get("aliases", {}).items()),
        named_cues=_bools(attribution.get("cues", {}).get("named", [])),
        source_after_cues=_bools(attribution.get("cues", {}).get("source_after", [])),
        vague_cues=_bools(attribution.get("vague", {}).get("phrases", [])),
        anonymous_cues=_bools(attribution.get("anonymous", {}).get("phrases", [])),
        anaphora=_bools(attribution.get("anaphora", {}).get("phrases", [])),
        sources=sources_folded,
        sources_exact_case=sources_exact,
        partitives=PhraseTable.build(
            [(c, True) for c in figures["kinds"].get("partitive", {}).get("cues", [])]
            + [(c, False) for c in figures["kinds"].get("partitive", {}).get("pronouns", [])]
        ),
        negations=_bools(figures["kinds"].get("negations", {}).get("words", [])),
        partitive_wholes=frozenset(
            norm_token(x) for x in figures["kinds"].get("partitive", {}).get("wholes", [])
        ),
        coordination_nouns=_bools(coordination.get("nouns", [])),
        coordination_modifiers=frozenset(norm_token(x) for x in coordination.get("modifiers", [])),
        coordination_joiners=frozenset(norm_token(x) for x in coordination.get("joiners", [])),
        coordination_totals=frozenset(norm_token(x) for x in coordination.get("totals", [])),
        coordination_ages=_bools(coordination.get("ages", [])),
        companion_phrases=_bools(figures.get("companions", {}).get("phrases", [])),
        companion_auxiliaries=PhraseTable.build(
            [(a, True) for a in figures.get("companions", {}).get("singular", [])]
            + [(a, False) for a in figures.get("companions", {}).get("plural", [])]
        ),
        single_definites=frozenset(
            norm_token(x) for x in numbers.get("singles", {}).get("definites", [])
        ),
        link_modifiers=frozenset(
            norm_token(x) for x in numbers.get("singles", {}).get("link_modifiers", [])
        ),
        incidents=_incident_cues(figures.get("incidents", {})),
        links=_link_cues(_read(lang, "links.toml").get("links", {})),
        multiples=_multiple_cues(figures.get("multiples", {})),
        tallies=_tally_cues(figures.get("tallies", {})),
        things=_bools([*nf.get("things", []), *nf.get("places_counted", [])]),
        shot_wounds=_bools(figures["kinds"].get("shot_wounds", {}).get("phrases", [])),
        age_after=frozenset(norm_token(x) for x in nf.get("age_after", [])),
        elsewhere=_bools(
            [
                *figures.get("incidents", {}).get("elsewhere", []),
                *figures.get("incidents", {}).get("elsewhere_periods", []),
            ]
        ),
        conditions=_bools(figures["kinds"].get("conditions", {}).get("words", [])),
        age_bounds=_bools(nf.get("age_bounds", [])),
        condition_recaps=frozenset(
            norm_token(x) for x in figures["kinds"].get("conditions", {}).get("recaps", [])
        ),
        self_deaths=_bools(figures["kinds"].get("self_deaths", {}).get("phrases", [])),
        self_deaths_after_object=_bools(
            figures["kinds"].get("self_deaths", {}).get("after_object", [])
        ),
        self_counted=frozenset(
            norm_token(x) for x in figures["kinds"].get("self_deaths", {}).get("counted", [])
        ),
    )
