"""Person cues: how a language names or describes one person and says what happened to them.

Compiled from ``resources/<iso>/persons.toml`` (see ``en`` for the commented layout). A
language without the file has empty cues, and the person rule (``extract.persons``) finds
nothing in it.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from typing import Any

from newsprism.extract.gun_violence.event_cues import kind_table, merged_kinds
from newsprism.extract.gun_violence.pack import FALLBACK_LANG, available_languages, domain_file
from newsprism.extract.gun_violence.schema import SCHEMAS
from newsprism.lang.phrases import PhraseTable, norm_token
from newsprism.lang.schema import validate
from newsprism.model.figures import FigureKind

#: The kinds a single person's predicate may state.
PERSON_KINDS = (FigureKind.KILLED, FigureKind.INJURED)


@dataclass(frozen=True, slots=True)
class PersonCues:
    """What the person rule knows about one language, as compiled data."""

    determiners: frozenset[str]
    possessives: frozenset[str]
    pronouns: frozenset[str]
    modifiers: frozenset[str]
    nouns: frozenset[str]
    not_names: frozenset[str]
    #: Nouns for the rest of a pair once one is counted ("the other").
    rest: frozenset[str]
    #: Words for one more person beside one counted, whose predicate may leave out its
    #: auxiliary ("One teen is dead, and another seriously injured").
    elliptic: frozenset[str]
    #: Indefinite openers of a phrase for one new person ("a man", "one woman"), and the last
    #: words of an age that stands for the person ("a 21-year-old"): ``extract.victim_lists``.
    indefinites: frozenset[str]
    age_ends: frozenset[str]
    #: Words that open a clause of time or cause after a death ("died after he was shot"): a
    #: pronoun found injured there names the dead (``extract.persons``).
    after_death: frozenset[str]
    #: Nouns that may name any one person again ("the victim"): a death told of them in the
    #: next sentence is the death of the person wounded before (``extract.person_counts``).
    any_person: frozenset[str]
    #: Words that make a person in the next sentence one more of a list ("a second man",
    #: "was also shot").
    one_more: frozenset[str]
    between: frozenset[str]
    passive_markers: frozenset[str]
    passive: PhraseTable[FigureKind]
    pending: PhraseTable[bool]
    active: PhraseTable[FigureKind]
    #: After a pending predicate ("was shot"): care or survival later in the sentence, which
    #: makes the person injured ("was also shot and is being treated").
    survived: PhraseTable[FigureKind]
    hypothetical: frozenset[str]
    #: Words after which a passive may leave out its auxiliary: "was taken to the hospital
    #: and pronounced dead".
    elided_after: frozenset[str]

    #: Before "shot": the auxiliaries of a passive ("was shot", "had been shot"), which make
    #: the person the one shot (``extract.outcomes``).
    spared_markers: frozenset[str]
    #: Words that open an object after "shot" ("shot him", "shot a man"): the person is the
    #: agent, not the one shot.
    objects: frozenset[str]
    #: Words that join clauses ("and", ","): a death after one with no subject of its own is
    #: the person's ("was shot and later died").
    clause_joins: frozenset[str]
    #: Subjects of a death of others than the person shot ("people", "friends", "two").
    spared_subjects: frozenset[str]
    #: Demonstratives that name a person again ("that person"), like a determiner.
    anaphors: frozenset[str]
    #: Numbers before such a subject ("three people").
    spared_counts: frozenset[str]
    #: Words that make a person one of the dead counted before them ("including", "among").
    parts: frozenset[str]

    #: Words one of which a sentence needs for the rule to find anything in it ("was shot"
    #: counts only with a death after it, whose words are among these).
    first_words: frozenset[str]

    #: Active verbs of a wound ("sustained", "suffered") that count, like "was shot", only
    #: with a death later in the sentence ("sustained serious injury and was pronounced dead").
    suffered: PhraseTable[bool]

    def __bool__(self) -> bool:
        return bool(self.nouns or self.pronouns) and bool(self.passive or self.active)


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(norm_token(str(w)) for w in data.get(key, []))


@functools.cache
def _read_persons(lang: str) -> dict[str, Any]:
    """The parsed ``persons.toml`` of ``lang`` (unknown languages get English data; a language
    without the file gets an empty table, so that it finds no person)."""
    if lang not in available_languages():
        lang = FALLBACK_LANG
    path = domain_file(lang, "persons.toml")
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    validate(data, SCHEMAS["persons.toml"], f"domain pack 'gun-violence' ({lang}/persons.toml)")
    return data


@functools.cache
def load_persons(lang: str) -> PersonCues:
    """The compiled person cues for ``lang`` (unknown languages get English data)."""
    data = _read_persons(lang)
    subjects = data.get("subjects", {})
    predicates = data.get("predicates", {})
    passive = dict(predicates.get("passive", {}))
    pending = passive.pop("pending", [])
    active = dict(predicates.get("active", {}))
    # A death in official words reads like a passive, one told as care that failed like an
    # active verb ("was pronounced deceased", "did not survive").
    passive_table = kind_table(
        merged_kinds(passive, predicates.get("deceased", {}), predicates.get("brain_death", {}))
    )
    active_table = kind_table(merged_kinds(active, predicates.get("not_saved", {})))
    spared_data = data.get("spared", {})
    return PersonCues(
        determiners=_words(subjects, "determiners"),
        possessives=_words(subjects, "possessives"),
        pronouns=_words(subjects, "pronouns"),
        modifiers=_words(subjects, "modifiers"),
        nouns=_words(subjects, "nouns"),
        not_names=_words(subjects, "not_names"),
        rest=_words(subjects, "rest"),
        elliptic=_words(subjects, "elliptic"),
        indefinites=_words(subjects, "indefinites"),
        age_ends=_words(subjects, "age_ends"),
        one_more=_words(subjects, "one_more"),
        after_death=_words(subjects, "after_death"),
        any_person=_words(subjects, "any_person"),
        between=_words(predicates, "between"),
        passive_markers=_words(predicates, "passive_markers"),
        passive=passive_table,
        pending=PhraseTable.build((str(w), True) for w in pending),
        active=active_table,
        survived=kind_table(dict(predicates.get("survived", {}))),
        hypothetical=_words(data.get("objects", {}), "hypothetical"),
        elided_after=_words(predicates, "elided_after"),
        spared_markers=_words(spared_data, "markers"),
        objects=_words(spared_data, "objects"),
        clause_joins=_words(spared_data, "clause_joins"),
        parts=_words(spared_data, "parts"),
        spared_subjects=_words(spared_data, "subjects"),
        anaphors=_words(spared_data, "anaphors"),
        spared_counts=_words(spared_data, "counts"),
        first_words=passive_table.first_words() | active_table.first_words(),
        suffered=PhraseTable.build(
            (str(w), True) for w in predicates.get("suffered", {}).get("pending", [])
        ),
    )


@dataclass(frozen=True, slots=True)
class OrdinalDeathCues:
    """How a language tells a death toll by the rank of the one who died ("Third man dies"):
    ``[ordinal_deaths]`` of ``persons.toml`` (``extract.later_deaths``)."""

    #: Endings of an ordinal written in digits ("5th").
    suffixes: frozenset[str]
    #: A death after the person noun ("dies", "has died", "passes away").
    deaths: PhraseTable[bool]
    #: Words that end the clause before a death is found.
    stops: frozenset[str]
    #: Words of a count across incidents anywhere in the sentence ("this year").
    roundup: PhraseTable[bool]


@functools.cache
def load_ordinal_deaths(lang: str) -> OrdinalDeathCues:
    """The compiled ordinal-death cues for ``lang`` (unknown languages get English data; a
    language without the table finds nothing)."""
    data = _read_persons(lang)
    table = data.get("ordinal_deaths", {})
    return OrdinalDeathCues(
        suffixes=_words(table, "suffixes"),
        deaths=PhraseTable.build((str(w), True) for w in table.get("deaths", [])),
        stops=_words(table, "stops"),
        roundup=PhraseTable.build((str(w), True) for w in table.get("roundup", [])),
    )


@dataclass(frozen=True, slots=True)
class DeclaredCues:
    """How a language tells a death declared by someone else, the person its object
    ("paramedics pronounced him dead"): ``[declared]`` of ``persons.toml``
    (``extract.declared``)."""

    #: The verbs of the declaration ("pronounced", "declared").
    verbs: frozenset[str]
    #: Object pronouns for one person ("him", "her").
    objects: frozenset[str]
    #: The states declared, by kind ("dead", "brain dead").
    states: PhraseTable[FigureKind]

    def __bool__(self) -> bool:
        return bool(self.verbs) and bool(self.states)


@functools.cache
def load_declared(lang: str) -> DeclaredCues:
    """The compiled declared-death cues for ``lang`` (unknown languages get English data; a
    language without the table finds nothing)."""
    data = _read_persons(lang)
    table = dict(data.get("declared", {}))
    verbs = _words(table, "verbs")
    objects = _words(table, "objects")
    states = {k: v for k, v in table.items() if k not in {"verbs", "objects"}}
    return DeclaredCues(verbs=verbs, objects=objects, states=kind_table(states))


__all__ = [
    "PERSON_KINDS",
    "DeclaredCues",
    "OrdinalDeathCues",
    "PersonCues",
    "load_declared",
    "load_ordinal_deaths",
    "load_persons",
]
