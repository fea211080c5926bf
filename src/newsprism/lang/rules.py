"""Extraction rules declared as data (``rules.toml`` of a language or domain pack).

A rule is a token pattern (``patterns``) around the number it is about, an action, a priority
and examples::

    [[rule]]
    id = "toll-rose-to"
    pattern = "@toll_nouns @toll_rise NUM"
    action = "figure"
    kind = "@toll_nouns"
    examples = ["The death toll rose to 158 on Friday. => killed 158"]
    counter = ["The toll road rose to 4 lanes."]

Actions: ``figure`` (the number counts people of ``kind``: a kind name, or ``@lexicon`` to take
the payload of the phrase that lexicon matched), ``not_figure`` (the number counts no people),
``qualify`` (sets ``qualifier`` and its ``bound``: "could reach 10,000" is a projection with a
high bound), ``scope`` (sets ``group``), ``increment`` ("nine more dead": an addition to an
earlier toll, not a toll), ``part`` ("including 4,000 children": a part of the count before it,
whose kind it takes unless the rule gives one). Where several rules set the same thing on one number, the highest
``priority`` wins, then the longest match, then the rule listed first.

Every rule carries examples that the test suite runs through the whole extractor: each
``examples`` entry is ``sentence => expected figures`` (``killed 158``, ``injured low=5001``,
``killed high=299 qualifier=nearly``, several separated by ``;``, or ``none``), and the rule
must fire on it; each ``counter`` sentence must not make the rule fire.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from newsprism.lang.number_words import BOUND_RULES
from newsprism.lang.patterns import AtomKind, Element, PatternError, parse_pattern
from newsprism.lang.schema import PackError, require
from newsprism.model.figures import FigureKind, Qualifier


class Action(StrEnum):
    """What a rule does to the number it matches."""

    FIGURE = "figure"
    NOT_FIGURE = "not_figure"
    QUALIFY = "qualify"
    SCOPE = "scope"
    INCREMENT = "increment"
    PART = "part"


RULE_SCHEMA: dict[str, str] = {
    "id": "str",
    "pattern": "str",
    "action": "str",
    "kind": "str",
    "qualifier": "str",
    "bound": "str",
    "group": "str",
    "priority": "int",
    "examples": "list[str]",
    "counter": "list[str]",
    "note": "str",
}


@dataclass(frozen=True, slots=True)
class ExpectedFigure:
    """A figure an example must yield: kind and whichever numbers are given."""

    kind: FigureKind
    value: int | str | None = "any"
    low: int | str | None = "any"
    high: int | str | None = "any"
    qualifier: str | None = None
    group: str | None = None


@dataclass(frozen=True, slots=True)
class Example:
    """An example sentence and the figures expected from it (empty: none at all)."""

    text: str
    expected: tuple[ExpectedFigure, ...]


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled rule (see the module docstring)."""

    id: str
    elements: tuple[Element, ...]
    action: Action
    kind: FigureKind | None = None
    kind_from: str | None = None
    qualifier: Qualifier | None = None
    bound: str | None = None
    group: str | None = None
    group_from: str | None = None
    priority: int = 0
    order: int = 0
    examples: tuple[Example, ...] = ()
    counter: tuple[str, ...] = ()
    #: Literal words every match contains (cheap pre-filter; empty when none is required).
    required: frozenset[str] = frozenset()

    @property
    def pattern(self) -> str:
        """The pattern as written."""
        return " ".join(str(e) for e in self.elements)


_INT = re.compile(r"-?\d+")


def _number(raw: str, where: str) -> int | None:
    if raw in ("none", "null"):
        return None
    if not _INT.fullmatch(raw):
        msg = f"{where}: expected a number, got {raw!r}"
        raise PackError(msg)
    return int(raw)


def parse_expected(raw: str, where: str) -> tuple[ExpectedFigure, ...]:
    """Parse the right-hand side of an example (``killed 158; injured low=5001`` or ``none``)."""
    text = raw.strip()
    if text == "none":
        return ()
    out: list[ExpectedFigure] = []
    for part in text.split(";"):
        words = part.split()
        if not words:
            continue
        try:
            kind = FigureKind(words[0])
        except ValueError:
            msg = f"{where}: unknown kind {words[0]!r} in expectation {raw!r}"
            raise PackError(msg) from None
        fields: dict[str, Any] = {}
        for word in words[1:]:
            if "=" not in word:
                fields["value"] = _number(word, where)
                continue
            key, _, value = word.partition("=")
            if key in ("value", "low", "high"):
                fields[key] = _number(value, where)
            elif key in ("qualifier", "group"):
                fields[key] = value.replace("_", " ")
            else:
                msg = f"{where}: unknown field {key!r} in expectation {raw!r}"
                raise PackError(msg)
        out.append(ExpectedFigure(kind=kind, **fields))
    return tuple(out)


def parse_example(raw: str, where: str) -> Example:
    """``sentence => expectation``."""
    if "=>" not in raw:
        msg = f"{where}: an example needs 'sentence => expected figures', got {raw!r}"
        raise PackError(msg)
    text, _, expected = raw.rpartition("=>")
    return Example(text.strip(), parse_expected(expected, where))


def _required(elements: tuple[Element, ...]) -> frozenset[str]:
    """Literal words that every match contains: single-option literals taken at least once."""
    return frozenset(
        e.options[0][0]
        for e in elements
        if e.kind is AtomKind.LITERAL
        and not e.negated
        and e.min >= 1
        and len(e.options) == 1
        and e.options[0][0].isalpha()
    )


def compile_rule(
    raw: Mapping[str, Any], order: int, where: str, norm: Callable[[str], str]
) -> Rule:
    """One rule from its table (already checked against ``RULE_SCHEMA``); ``norm`` normalises
    its literal words as the language's tokens are."""
    require(raw, ("id", "pattern", "action"), where, f"rule[{order}].")
    rid = str(raw["id"])
    at = f"{where} rule {rid!r}"
    try:
        elements = parse_pattern(str(raw["pattern"]), norm)
    except PatternError as exc:
        raise PackError(f"{at}: {exc}") from None
    try:
        action = Action(str(raw["action"]))
    except ValueError:
        msg = (
            f"{at}: unknown action {raw['action']!r} (known: {', '.join(a.value for a in Action)})"
        )
        raise PackError(msg) from None
    if not any(e.kind is AtomKind.NUM for e in elements):
        msg = f"{at}: the pattern needs a NUM element (the number the rule is about)"
        raise PackError(msg)
    kind: FigureKind | None = None
    kind_from: str | None = None
    if "kind" in raw:
        text = str(raw["kind"])
        if text.startswith("@"):
            kind_from = text[1:]
        else:
            try:
                kind = FigureKind(text)
            except ValueError:
                msg = f"{at}: unknown kind {text!r}"
                raise PackError(msg) from None
    if action is Action.FIGURE and kind is None and kind_from is None:
        msg = f"{at}: a figure rule needs a kind"
        raise PackError(msg)
    qualifier: Qualifier | None = None
    if "qualifier" in raw:
        try:
            qualifier = Qualifier(str(raw["qualifier"]))
        except ValueError:
            msg = f"{at}: unknown qualifier {raw['qualifier']!r}"
            raise PackError(msg) from None
    bound = str(raw["bound"]) if "bound" in raw else None
    if bound is not None and bound not in BOUND_RULES:
        msg = f"{at}: unknown bound {bound!r} (known: {', '.join(sorted(BOUND_RULES))})"
        raise PackError(msg)
    group = str(raw["group"]) if "group" in raw else None
    group_from = group[1:] if group is not None and group.startswith("@") else None
    names = {e.name for e in elements if e.kind is AtomKind.LEXICON}
    for ref in (kind_from, group_from):
        if ref is not None and ref not in names:
            msg = f"{at}: takes its payload from @{ref}, which the pattern does not use"
            raise PackError(msg)
    examples = tuple(parse_example(e, at) for e in raw.get("examples", []))
    if not examples:
        msg = f"{at}: a rule needs at least one example"
        raise PackError(msg)
    return Rule(
        id=rid,
        elements=elements,
        action=action,
        kind=kind,
        kind_from=kind_from,
        qualifier=qualifier,
        bound=bound,
        group=None if group_from else group,
        group_from=group_from,
        priority=int(raw.get("priority", 0)),
        order=order,
        examples=examples,
        counter=tuple(str(c) for c in raw.get("counter", [])),
        required=_required(elements),
    )


__all__ = [
    "RULE_SCHEMA",
    "Action",
    "Example",
    "ExpectedFigure",
    "Rule",
    "compile_rule",
    "parse_example",
    "parse_expected",
]
