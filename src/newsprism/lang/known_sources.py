"""Known originating sources (monitors, agencies, ministries) shared by all languages:
``resources/sources.toml``, each with a canonical key, a readable label and its aliases.

Aliases written in capitals (acronyms) match as written, so that a common word spelt like one
is no source; the others match case-folded.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsprism.lang.phrases import PhraseTable


@dataclass(frozen=True, slots=True)
class Source:
    """A known originating source: canonical key and readable label."""

    key: str
    label: str


def _read_shared(name: str) -> dict[str, Any]:
    path = resources.files("newsprism.lang") / "resources" / name
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@functools.cache
def shared_sources() -> tuple[PhraseTable[Source], PhraseTable[Source]]:
    """The case-folded and the exact alias tables of the known sources (read once)."""
    data = _read_shared("sources.toml")
    folded: list[tuple[str, Source]] = []
    exact: list[tuple[str, Source]] = []
    for key, entry in data.items():
        source = Source(key, str(entry["label"]))
        for alias in entry["aliases"]:
            letters = [c for c in alias if c.isalpha()]
            is_acronym = bool(letters) and all(c.isupper() for c in letters)
            (exact if is_acronym else folded).append((alias, source))
    return PhraseTable.build(folded), PhraseTable.build(exact)


__all__ = ["Source", "shared_sources"]
