"""Victim scope: which part of a story's victims a figure counts, and the subset relations.

``"Alawite civilians"`` is a subset of ``"civilians"``, which is a subset of the story's total;
``"people, most of them Alawite civilians"`` counts everyone (the tail after "most of them" is
descriptive, not restrictive). Scopes are canonical strings; ``parent_scope`` walks up the tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from newsprism.model.reconcile import ROOT_SCOPES, SEVERAL_INCIDENTS_SCOPE, TOTAL_SCOPE
from newsprism.reconcile.vocabulary import (
    GENERIC_MODIFIERS,
    HEADS,
    NARROWABLE,
    NON_RESTRICTIVE,
    SCOPE_PARENTS,
)

#: Characters of a word compared with the story label to drop "Syrian" in a Syria story
#: (a stem shared with the story's own subject is not a narrower scope). 5 is a guess that keeps
#: "Syria"/"Syrian", "Suriah" apart from unrelated words.
_STEM_CHARS = 5

_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Scope:
    """A canonical victim scope, its readable label and its parent (``None`` for the total)."""

    key: str
    label: str
    parent: str | None


TOTAL = Scope(TOTAL_SCOPE, "people", None)
#: Figures counting several incidents: apart from the total, not inside it.
SEVERAL_INCIDENTS = Scope(SEVERAL_INCIDENTS_SCOPE, SEVERAL_INCIDENTS_SCOPE, None)


@cache
def _heads() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    merged: dict[str, str] = {}
    for table in HEADS.values():
        merged.update(table)
    ordered = sorted(merged.items(), key=lambda item: (-len(item[0]), item[0]))
    return tuple(
        (phrase, scope, re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])"))
        for phrase, scope in ordered
    )


def _cut_tail(text: str) -> str:
    lowered = text.lower()
    cut = len(text)
    for markers in NON_RESTRICTIVE.values():
        for marker in markers:
            match = re.search(rf"(?:^|[\s,;(]){re.escape(marker)}(?![\w-])", lowered)
            if match is not None:
                cut = min(cut, match.start())
    return text[:cut].strip(" ,;(-")


def _context_stems(context: Iterable[str]) -> frozenset[str]:
    stems = set()
    for phrase in context:
        for word in _WORD.findall(phrase):
            if len(word) >= 4:
                stems.add(word.lower()[:_STEM_CHARS])
    return frozenset(stems)


def parent_scope(key: str) -> str | None:
    """The enclosing scope of ``key``: narrowed scopes point to their base, bases to the total;
    the total and the several-incidents scope have none."""
    if key in ROOT_SCOPES:
        return None
    if key in SCOPE_PARENTS:
        return SCOPE_PARENTS[key]
    for base in sorted(NARROWABLE - {TOTAL_SCOPE}):
        if key.endswith(f" {base}"):
            return base
    return TOTAL_SCOPE


def normalize_scope(group: str | None, context: Iterable[str] = ()) -> Scope:
    """Canonical scope of a figure's victim group.

    ``context`` holds phrases naming the story itself (its label): identity words sharing a stem
    with them do not narrow the scope. A group naming several kinds of victims ("a man, his wife
    and their two children") or none known keeps its own phrase as scope, under the total.

    >>> normalize_scope("Alawite civilians")
    Scope(key='alawi civilians', label='Alawite civilians', parent='civilians')
    >>> normalize_scope("people, most of them Alawite civilians").key
    'total'
    """
    if group is None or not group.strip():
        return TOTAL
    text = _cut_tail(" ".join(group.split()))
    lowered = text.lower()
    found: dict[str, tuple[int, int]] = {}
    taken: list[tuple[int, int]] = []
    for _, scope, pattern in _heads():
        for match in pattern.finditer(lowered):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            found.setdefault(scope, (start, end))
    if len(found) != 1:
        return _phrase_scope(group)
    base, (start, end) = next(iter(found.items()))
    if base not in NARROWABLE:
        return Scope(base, base, parent_scope(base))
    stems = _context_stems(context)
    modifiers = sorted(
        {
            word
            for m in _WORD.finditer(text)
            if not (start <= m.start() < end)
            and (word := m.group())[0].isupper()
            and word.lower() not in GENERIC_MODIFIERS
            and word.lower()[:_STEM_CHARS] not in stems
        }
    )
    if not modifiers:
        return TOTAL if base == TOTAL_SCOPE else Scope(base, base, parent_scope(base))
    noun = "people" if base == TOTAL_SCOPE else base
    # The key uses stems so that spellings across languages meet ("Alawite", "Alawi").
    stem_key = " ".join(sorted({w.lower()[:_STEM_CHARS] for w in modifiers}))
    return Scope(f"{stem_key} {noun}", f"{' '.join(modifiers)} {noun}", base)


def _phrase_scope(group: str) -> Scope:
    label = " ".join(group.split())
    key = label.lower()
    return Scope(key, label, TOTAL_SCOPE)


def scope_chain(key: str) -> tuple[str, ...]:
    """``key`` and every scope enclosing it, innermost first."""
    chain = [key]
    parent = parent_scope(key)
    while parent is not None and parent not in chain:
        chain.append(parent)
        parent = parent_scope(parent)
    return tuple(chain)
