"""Known originating sources (monitors, agencies, ministries, wire services) shared by all
languages: ``resources/sources.toml`` and the files of ``resources/sources/``, each source with
a canonical key, a readable label, its aliases in every language and script, and optionally
its ``kind`` (agency, ministry, monitor, un, ngo, media, government, police, military) and
``country``.

Aliases written in capitals (acronyms) match as written, so that a common word spelt like one
is no source; the others match case-folded.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsprism.lang.phrases import PhraseTable
from newsprism.lang.schema import PackError, require, validate
from newsprism.lang.textnorm import TextNorm


@dataclass(frozen=True, slots=True)
class Source:
    """A known originating source: canonical key and readable label."""

    key: str
    label: str


SOURCE_SCHEMA = {"*": {"label": "str", "aliases": "list[str]", "kind": "str", "country": "str"}}


@functools.cache
def _read_sources() -> Mapping[str, Any]:
    """``sources.toml`` and every file of ``sources/`` (one per region or language), checked:
    each source has a label and aliases; a key defined twice is an error. Read once per
    process: every language pack builds its tables from it."""
    root = resources.files("newsprism.lang") / "resources"
    paths = [root / "sources.toml"]
    folder = root / "sources"
    if folder.is_dir():
        paths += sorted(
            (p for p in folder.iterdir() if p.name.endswith(".toml")), key=lambda p: p.name
        )
    out: dict[str, Any] = {}
    for path in paths:
        if not path.is_file():
            continue
        where = f"known sources ({path.name})"
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        validate(data, SOURCE_SCHEMA, where)
        for key, entry in data.items():
            require(entry, ("label", "aliases"), where, f"{key}.")
            if key in out:
                msg = f"{where}: source {key!r} is defined twice"
                raise PackError(msg)
            out[key] = entry
    return out


def _is_acronym(alias: str) -> bool:
    """Whether every letter of ``alias`` is a capital ("UN", "SOHR"): matched case-sensitively."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@functools.cache
def shared_sources() -> tuple[PhraseTable[Source], PhraseTable[Source]]:
    """The case-folded and the exact alias tables of the known sources (read once)."""
    data = _read_sources()
    folded: list[tuple[str, Source]] = []
    exact: list[tuple[str, Source]] = []
    for key, entry in data.items():
        source = Source(key, str(entry["label"]))
        for alias in entry["aliases"]:
            (exact if _is_acronym(alias) else folded).append((alias, source))
    return PhraseTable.build(folded), PhraseTable.build(exact)


def pack_sources(norm: TextNorm) -> tuple[PhraseTable[Source], PhraseTable[Source]]:
    """The known sources normalised as one language's tokens are: the case-folded aliases by
    the *bases* of their words (Turkish "Irak" is ``ırak``; Arabic "للشرطة" and "الشرطة" both
    have the base ``شرطة``), the acronyms by their normalised words ("UNICEF" is ``unıcef``
    in Turkish). Match the first against ``Sent.bases``, the second against the norms of the
    words written in capitals."""
    data = _read_sources()
    folded: list[tuple[str, Source]] = []
    exact: list[tuple[str, Source]] = []
    for key, entry in data.items():
        source = Source(key, str(entry["label"]))
        for alias in entry["aliases"]:
            if _is_acronym(alias):
                exact.append((norm.word(alias), source))
            else:
                words = [norm.forms(w)[1] for w in alias.split()]
                folded.append((" ".join(words), source))
    return PhraseTable.build(folded), PhraseTable.build(exact)


__all__ = ["Source", "pack_sources", "shared_sources"]
