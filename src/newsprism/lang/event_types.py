"""Event-type cues per language for story clustering: earthquake / séisme / Erdbeben / deprem /
gempa / زلزال are one type (``resources/<iso>/events.toml``).

Types are shared by all languages (``EVENT_TYPES``). Text and cues are folded alike
(``places.fold``: case, accents, Arabic letter variants) and, where a language lists
``[tokens] prefixes`` (Arabic proclitics), each word loses them before matching, so
"والانفجار" is "انفجار". A file with an unknown section, key or type is an error, so a
misspelt section cannot silently switch cues off.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsprism.lang.phrases import PhraseTable
from newsprism.lang.places import fold

#: The event types every language's cues map to.
EVENT_TYPES: frozenset[str] = frozenset(
    {
        "earthquake",
        "flood",
        "storm",
        "landslide",
        "wildfire",
        "explosion",
        "shipwreck",
        "train_crash",
        "plane_crash",
        "crush",
        "collapse",
        "protest",
        "violence",
        "epidemic",
    }
)
#: Shortest word left after taking prefixes off (shorter stems are left whole).
MIN_STEM = 3

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SECTIONS = {"types": None, "tokens": {"prefixes"}}


class EventCueError(ValueError):
    """An ``events.toml`` file that does not follow its schema."""


@dataclass(frozen=True, slots=True)
class EventCues:
    """One language's event-type phrases and the prefixes taken off words before matching."""

    types: PhraseTable[str]
    prefixes: tuple[str, ...] = ()

    def tokens(self, text: str) -> list[str]:
        """Folded words of ``text`` without their prefixes."""
        return [strip_prefixes(fold(w), self.prefixes) for w in _WORD.findall(text)]

    def find(self, text: str) -> frozenset[str]:
        """The event types named in ``text``."""
        return frozenset(payload for _, _, payload in self.types.find_all(self.tokens(text)))


def strip_prefixes(word: str, prefixes: Sequence[str]) -> str:
    """``word`` without leading ``prefixes`` (each at most once, in order), keeping at least
    ``MIN_STEM`` letters: "والانفجار" -> "انفجار" with the Arabic proclitics."""
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            word = word[len(prefix) :]
    return word


def _cue_word(raw: str, prefixes: Sequence[str]) -> str:
    """A cue word folded like text (a trailing ``*`` kept: a stem)."""
    star = raw.endswith("*")
    parts = [strip_prefixes(fold(w), prefixes) for w in _WORD.findall(raw)]
    return " ".join(parts) + ("*" if star and parts else "")


def parse_event_cues(data: dict[str, Any], name: str) -> EventCues:
    """Validate and build the cues of one ``events.toml`` (``name`` is used in errors)."""
    for section, value in data.items():
        if section not in _SECTIONS:
            msg = f"{name}: unknown section [{section}] (expected: {', '.join(sorted(_SECTIONS))})"
            raise EventCueError(msg)
        allowed = _SECTIONS[section]
        unknown = set(value) - (allowed if allowed is not None else EVENT_TYPES)
        if unknown:
            msg = f"{name}: unknown key(s) in [{section}]: {', '.join(sorted(unknown))}"
            raise EventCueError(msg)
    prefixes = tuple(fold(p) for p in data.get("tokens", {}).get("prefixes", []))
    items: list[tuple[str, str]] = []
    for kind, phrases in data.get("types", {}).items():
        for phrase in phrases:
            words = [_cue_word(raw, prefixes) for raw in phrase.split()]
            items.append((" ".join(w for w in words if w), kind))
    return EventCues(PhraseTable.build(items), prefixes)


def _read(lang: str) -> dict[str, Any] | None:
    path = resources.files("newsprism.lang") / "resources" / lang / "events.toml"
    if not path.is_file():
        return None
    return tomllib.loads(path.read_text(encoding="utf-8"))


@functools.cache
def event_cues(lang: str) -> EventCues | None:
    """The event-type cues of ``lang`` (``None`` for a language without ``events.toml``)."""
    if not re.fullmatch(r"[a-z]{2,3}", lang):
        return None
    data = _read(lang)
    return None if data is None else parse_event_cues(data, f"{lang}/events.toml")


@functools.cache
def compatible_types() -> dict[str, frozenset[str]]:
    """Each event type and the types one event can also be reported as (itself included):
    ``resources/events.toml``, ``[compatible] groups`` (a protest met with gunfire is also
    violence; a storm brings floods and landslides)."""
    path = resources.files("newsprism.lang") / "resources" / "events.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    unknown = set(data) - {"compatible"} or set(data.get("compatible", {})) - {"groups"}
    if unknown:
        msg = f"events.toml: unknown section or key(s): {', '.join(sorted(unknown))}"
        raise EventCueError(msg)
    out = {t: {t} for t in EVENT_TYPES}
    for group in data["compatible"]["groups"]:
        bad = set(group) - EVENT_TYPES
        if bad:
            msg = f"events.toml: unknown event type(s) in a group: {', '.join(sorted(bad))}"
            raise EventCueError(msg)
        for kind in group:
            out[kind] |= set(group)
    return {k: frozenset(v) for k, v in out.items()}


def types_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one event could be reported with types ``a`` and with types ``b``."""
    table = compatible_types()
    return any(table.get(x, frozenset({x})) & b for x in a)


def find_event_types(text: str, lang: str, fallback: Sequence[str] = ()) -> frozenset[str]:
    """Event types named in ``text`` of language ``lang``; an unknown language is read with the
    cues of each of ``fallback`` languages."""
    cues = event_cues(lang)
    if cues is not None:
        return cues.find(text)
    found: set[str] = set()
    for other in fallback:
        extra = event_cues(other)
        if extra is not None:
            found |= extra.find(text)
    return frozenset(found)


__all__ = [
    "EVENT_TYPES",
    "EventCueError",
    "EventCues",
    "compatible_types",
    "event_cues",
    "find_event_types",
    "parse_event_cues",
    "strip_prefixes",
    "types_agree",
]
