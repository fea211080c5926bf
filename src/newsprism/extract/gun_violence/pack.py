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
from importlib.resources.abc import Traversable
from typing import Any

from newsprism.extract.gun_violence.event_cues import (
    IncidentCues,
    LinkCues,
    MultipleCues,
    OrdinalCues,
    TallyCues,
    incident_cues,
    kind_table,
    link_cues,
    merged_kinds,
    multiple_cues,
    ordinal_cues,
    tally_cues,
    word_table,
)
from newsprism.extract.gun_violence.schema import SCHEMAS
from newsprism.lang.known_sources import Source, shared_sources
from newsprism.lang.number_words import (
    Hedge,
    Magnitude,
    NumberWords,
    candidate_pattern,
    hedge_table,
    number_pattern,
    roles,
)
from newsprism.lang.phrases import WORD_RE, PhraseTable, norm_token, phrase_tokens
from newsprism.lang.schema import validate
from newsprism.model.figures import FigureKind, Qualifier

#: Language whose data serves articles in an unknown language.
FALLBACK_LANG = "en"


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
    #: "Smith and three others": words before such a count that make it a conjunct
    #: (``extract.others``).
    others_conjuncts: frozenset[str]
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
    #: "a fourth victim was also injured": victims counted by their rank (``extract.ordinals``).
    ordinals: OrdinalCues
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
    #: "This one hurt": words before a bare "one" that make it a pronoun for a thing or an
    #: event, no count (``demonstratives`` of ``[not_figures]``).
    demonstratives: frozenset[str]
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
    #: "attempted murder of five", "trying to kill 2", "to harm or kill": words right before a
    #: killing word that say no one died of it (``words`` of ``[kinds.unrealized]``).
    unrealized: PhraseTable[bool]
    #: "non-fatal shooting of": words right before a killing word that turn it into a wound
    #: (``survived`` of ``[kinds.unrealized]``).
    survived: PhraseTable[bool]
    #: "a father of three": words before a bare number that make it a family's size
    #: (``family`` of ``[not_figures]``).
    family: PhraseTable[bool]
    #: "this year", "during July", "since June 21", "for 2015": a calendar period that makes a count
    #: a tally of several incidents (``[calendar]``; ``extract.tallies.find_calendar_tally``).
    calendar_spans: PhraseTable[bool]
    month_links: frozenset[str]
    date_links: PhraseTable[bool]
    year_links: frozenset[str]
    #: "... charges after a bystander was struck", "shot while 2 were playing": words that open
    #: a subordinate clause, and the words that start its own subject (``[kinds.clauses]``).
    subordinators: frozenset[str] = frozenset()
    clause_subjects: frozenset[str] = frozenset()
    clause_verbs: frozenset[str] = frozenset()
    #: Words for the whole that mean a pair ("both"; ``pairs`` of ``[kinds.partitive]``).
    partitive_pairs: frozenset[str] = frozenset()


#: The domain pack's data: the English lexicon of US shooting news, read by this extractor only.
DOMAIN_DATA = ("domains", "gun-violence")


def _domain_root() -> Traversable:
    root = resources.files("newsprism.lang")
    for part in DOMAIN_DATA:
        root = root / part
    return root


def domain_file(lang: str, name: str) -> Traversable:
    """A data file of the domain pack for ``lang``."""
    return _domain_root() / lang / name


def _read(lang: str | None, name: str) -> dict[str, Any]:
    path = (
        resources.files("newsprism.lang") / "resources" / name
        if lang is None
        else _domain_root() / lang / name
    )
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if lang is not None:
        validate(data, SCHEMAS[name], f"domain pack 'gun-violence' ({lang}/{name})")
    return data


def available_languages() -> tuple[str, ...]:
    """ISO codes of the languages the domain pack has data for."""
    root = _domain_root()
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and p.name[:1] != "_"))


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
        roles=roles(values, multipliers, scales, adders),
        joiners=frozenset(norm_token(j) for j in w.get("joiners", [])),
        one_words=frozenset(norm_token(j) for j in w.get("one_words", [])),
        clitics=tuple(w.get("clitics", [])),
    )
    magnitudes = PhraseTable.build(
        (p, Magnitude(Qualifier(q), int(low))) for p, (q, low) in numbers["vague"].items()
    )
    ranges = numbers.get("ranges", {})
    candidate_re = candidate_pattern(words, magnitudes)
    number_re = number_pattern(decimal, thousands)
    # [kinds.after_states] and [kinds.hits] are read like [kinds.after]: a death told as passing
    # away, a bare "critical", wounds told by the bullet ("grazed by a bullet").
    kinds = figures["kinds"]
    kinds_after = kind_table(
        merged_kinds(kinds["after"], kinds.get("after_states", {}), kinds.get("hits", {}))
    )
    kinds_before = kind_table(figures["kinds"]["before"])
    lives_words = word_table(figures.get("lives", {}).get("words", []))
    singles = word_table(numbers.get("singles", {}).get("phrases", []))
    starters = set(words.roles) | set(magnitudes.exact_first) | set(words.one_words)
    starters |= set(singles.exact_first)
    # A list may open with a relative ("wounding his girlfriend and her son").
    starters |= {norm_token(x) for x in numbers.get("singles", {}).get("links", [])}
    sources_folded, sources_exact = shared_sources()
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
        single_ages=word_table(numbers.get("singles", {}).get("ages", [])),
        hedges_before=hedge_table(numbers["qualifiers"].get("before", {})),
        hedges_after=hedge_table(numbers["qualifiers"].get("after", {})),
        range_prefixes=word_table(ranges.get("prefixes", [])),
        range_connectors=frozenset(norm_token(c) for c in ranges.get("connectors", [])),
        kinds_after=kinds_after,
        kinds_before=kinds_before,
        kind_objects=word_table(figures["kinds"].get("objects", {}).get("words", [])),
        agent_verbs=frozenset(
            phrase_tokens(v) for v in figures["kinds"].get("objects", {}).get("verbs", [])
        ),
        lives_words=lives_words,
        lives_triggers=word_table(figures.get("lives", {}).get("triggers", [])),
        people=word_table(figures.get("people", {}).get("words", [])),
        groups=PhraseTable.build(figures.get("groups", {}).items()),
        not_after=word_table([*nf.get("after", []), *nf.get("after_more", [])]),
        not_before=word_table([*nf.get("before", []), *nf.get("before_more", [])]),
        part_of=frozenset(norm_token(x) for x in nf.get("part_of", [])),
        inclusions=word_table(nf.get("including", [])),
        headline_singles=frozenset(
            norm_token(x) for x in numbers.get("singles", {}).get("headline", [])
        ),
        single_links=frozenset(norm_token(x) for x in numbers.get("singles", {}).get("links", [])),
        others=frozenset(norm_token(x) for x in figures.get("people", {}).get("others", [])),
        others_conjuncts=frozenset(
            norm_token(x) for x in figures.get("people", {}).get("others_conjuncts", [])
        ),
        months=word_table(nf.get("months", [])),
        period_units=PhraseTable.build(periods.get("units", {}).items()),
        since_words=word_table(periods.get("since", [])),
        locatives=frozenset(norm_token(x) for x in places.get("locatives", [])),
        places=PhraseTable.build(places.get("aliases", {}).items()),
        named_cues=word_table(attribution.get("cues", {}).get("named", [])),
        source_after_cues=word_table(attribution.get("cues", {}).get("source_after", [])),
        vague_cues=word_table(attribution.get("vague", {}).get("phrases", [])),
        anonymous_cues=word_table(attribution.get("anonymous", {}).get("phrases", [])),
        anaphora=word_table(attribution.get("anaphora", {}).get("phrases", [])),
        sources=sources_folded,
        sources_exact_case=sources_exact,
        partitives=PhraseTable.build(
            [(c, True) for c in figures["kinds"].get("partitive", {}).get("cues", [])]
            + [(c, False) for c in figures["kinds"].get("partitive", {}).get("pronouns", [])]
        ),
        negations=word_table(figures["kinds"].get("negations", {}).get("words", [])),
        partitive_wholes=frozenset(
            norm_token(x) for x in figures["kinds"].get("partitive", {}).get("wholes", [])
        ),
        partitive_pairs=frozenset(
            norm_token(x) for x in figures["kinds"].get("partitive", {}).get("pairs", [])
        ),
        coordination_nouns=word_table(coordination.get("nouns", [])),
        coordination_modifiers=frozenset(norm_token(x) for x in coordination.get("modifiers", [])),
        coordination_joiners=frozenset(norm_token(x) for x in coordination.get("joiners", [])),
        coordination_totals=frozenset(norm_token(x) for x in coordination.get("totals", [])),
        coordination_ages=word_table(coordination.get("ages", [])),
        companion_phrases=word_table(figures.get("companions", {}).get("phrases", [])),
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
        incidents=incident_cues(figures.get("incidents", {})),
        links=link_cues(_read(lang, "links.toml").get("links", {})),
        multiples=multiple_cues(figures.get("multiples", {})),
        ordinals=ordinal_cues(figures.get("ordinals", {})),
        tallies=tally_cues(figures.get("tallies", {})),
        things=word_table([*nf.get("things", []), *nf.get("places_counted", [])]),
        shot_wounds=word_table(figures["kinds"].get("shot_wounds", {}).get("phrases", [])),
        age_after=frozenset(norm_token(x) for x in nf.get("age_after", [])),
        demonstratives=frozenset(norm_token(x) for x in nf.get("demonstratives", [])),
        elsewhere=word_table(
            [
                *figures.get("incidents", {}).get("elsewhere", []),
                *figures.get("incidents", {}).get("elsewhere_periods", []),
                *figures.get("incidents", {}).get("elsewhere_events", []),
            ]
        ),
        conditions=word_table(figures["kinds"].get("conditions", {}).get("words", [])),
        age_bounds=word_table(nf.get("age_bounds", [])),
        condition_recaps=frozenset(
            norm_token(x) for x in figures["kinds"].get("conditions", {}).get("recaps", [])
        ),
        self_deaths=word_table(figures["kinds"].get("self_deaths", {}).get("phrases", [])),
        self_deaths_after_object=word_table(
            figures["kinds"].get("self_deaths", {}).get("after_object", [])
        ),
        self_counted=frozenset(
            norm_token(x) for x in figures["kinds"].get("self_deaths", {}).get("counted", [])
        ),
        unrealized=word_table(figures["kinds"].get("unrealized", {}).get("words", [])),
        survived=word_table(figures["kinds"].get("unrealized", {}).get("survived", [])),
        family=word_table(nf.get("family", [])),
        calendar_spans=word_table(figures.get("calendar", {}).get("spans", [])),
        month_links=frozenset(
            norm_token(x) for x in figures.get("calendar", {}).get("month_links", [])
        ),
        date_links=word_table(figures.get("calendar", {}).get("date_links", [])),
        year_links=frozenset(
            norm_token(x) for x in figures.get("calendar", {}).get("year_links", [])
        ),
        subordinators=frozenset(
            norm_token(x) for x in figures["kinds"].get("clauses", {}).get("subordinators", [])
        ),
        clause_subjects=frozenset(
            norm_token(x) for x in figures["kinds"].get("clauses", {}).get("subjects", [])
        ),
        clause_verbs=frozenset(
            norm_token(x) for x in figures["kinds"].get("clauses", {}).get("verbs", [])
        ),
    )
