"""Cues about the event a figure counts, for the language packs: several incidents, links to
other stories, events named by their count, running tallies (sections of ``figures.toml`` and
``links.toml``; ``packs.load_pack`` builds them, the ``extract`` modules named in each read
them). Also the two phrase-table builders every pack section uses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsprism.lang.phrases import PhraseTable, norm_token
from newsprism.model.figures import FigureKind


def word_table(words: list[str]) -> PhraseTable[bool]:
    """A phrase table of ``words`` (each a phrase of one or more words)."""
    return PhraseTable.build((w, True) for w in words)


def kind_table(table: dict[str, list[str]]) -> PhraseTable[FigureKind]:
    """A phrase table of figure kinds from ``{kind: [phrase, ...]}``."""
    return PhraseTable.build((w, FigureKind(kind)) for kind, ws in table.items() for w in ws)


def merged_kinds(table: dict[str, Any], *more: dict[str, Any]) -> dict[str, list[str]]:
    """``table`` (``{kind: [phrase, ...]}``) with the phrases of each of ``more`` added under
    the same kinds: one table read from several (``[kinds.after]`` with ``[kinds.after_states]``
    and ``[kinds.hits]``, a person's ``passive`` predicates with ``deceased``)."""
    out = {kind: [str(w) for w in words] for kind, words in table.items()}
    for extra in more:
        for kind, words in extra.items():
            out.setdefault(kind, []).extend(str(w) for w in words)
    return out


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
    #: Words for a run of events before "of" ("a spate of shootings"; ``extract.roundups``).
    runs: frozenset[str] = frozenset()


def incident_cues(table: dict[str, list[str]]) -> IncidentCues:
    def words(key: str) -> frozenset[str]:
        return frozenset(norm_token(x) for x in table.get(key, []))

    return IncidentCues(
        links=words("links"),
        events=word_table(table.get("events", [])),
        general=word_table(table.get("general", [])),
        roundup=word_table(table.get("roundup", [])),
        tails=word_table(table.get("tails", [])),
        spread=words("spread"),
        one_event=words("one_event"),
        runs=words("runs"),
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


def multiple_cues(table: dict[str, Any]) -> MultipleCues:
    return MultipleCues(
        counts={norm_token(k): int(v) for k, v in table.get("counts", {}).items()},
        events=kind_table(table.get("events", {})),
        not_after=frozenset(norm_token(x) for x in table.get("not_after", [])),
    )


@dataclass(frozen=True, slots=True)
class OrdinalCues:
    """Victims counted by their rank ("a fourth victim was also injured": four people shot;
    ``[ordinals]`` in figures.toml, read by ``extract.ordinals``): the ordinal words and their
    counts, the openers before them, the words that may stand between the ordinal and the
    person noun, the person nouns, and the words after the phrase that say the person was
    hurt or cared for."""

    counts: dict[str, int]
    openers: frozenset[str]
    modifiers: frozenset[str]
    nouns: frozenset[str]
    hurt: frozenset[str]
    denials: frozenset[str]
    #: Verbs that, right after the person noun, make the person the one acting ("a second
    #: officer shot the boy"); other words of ``hurt`` there tell what happened to them ("the
    #: third man survived", headlines' "A fourth victim injured").
    acting: frozenset[str] = frozenset()


def ordinal_cues(table: dict[str, Any]) -> OrdinalCues:
    def words(key: str) -> frozenset[str]:
        return frozenset(norm_token(x) for x in table.get(key, []))

    return OrdinalCues(
        counts={norm_token(k): int(v) for k, v in table.get("counts", {}).items()},
        openers=words("openers"),
        modifiers=words("modifiers"),
        nouns=words("nouns"),
        hurt=words("hurt"),
        denials=words("denials"),
        acting=words("acting"),
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
    #: Day spans: the words that open one ("between", "since"), the day names, the words
    #: between its two days ("and", "into"); see ``extract.tallies.day_span``.
    day_links: frozenset[str] = frozenset()
    days: frozenset[str] = frozenset()
    day_ends: frozenset[str] = frozenset()
    #: Of ``day_links``, those that need no second day ("since Sunday morning").
    day_since: frozenset[str] = frozenset()


def tally_cues(table: dict[str, Any]) -> TallyCues:
    def words(key: str) -> frozenset[str]:
        return frozenset(norm_token(x) for x in table.get(key, []))

    return TallyCues(
        links=words("links"),
        fillers=words("fillers"),
        units={norm_token(k): float(v) for k, v in table.get("units", {}).items()},
        spans=words("spans"),
        min_hours=float(table.get("min_hours", 0)),
        day_links=words("day_links"),
        days=words("days"),
        day_ends=words("day_ends"),
        day_since=words("day_since"),
    )


def link_cues(table: dict[str, list[str]]) -> LinkCues:
    return LinkCues(
        headers=word_table(table.get("headers", [])),
        clock_words=frozenset(norm_token(x) for x in table.get("clock_words", [])),
        closers=word_table(table.get("closers", [])),
    )


__all__ = [
    "IncidentCues",
    "LinkCues",
    "MultipleCues",
    "OrdinalCues",
    "TallyCues",
    "incident_cues",
    "kind_table",
    "link_cues",
    "merged_kinds",
    "multiple_cues",
    "ordinal_cues",
    "tally_cues",
    "word_table",
]
