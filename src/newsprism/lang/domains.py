"""Domain packs: phrasing that belongs to one kind of news, kept apart from the language packs.

newsprism's core rules are for conflict and disaster news in every language. A domain pack
(``domains/<name>/``) adds what only one kind of news needs and is used only when selected
(``Settings.domains``, ``--domain``): ``domain.toml`` says what it is for, which languages it
covers, how an article of its kind is recognised (``[detect]``, for ``--domain auto``) and,
optionally, an extractor of its own that replaces the core one for its languages; per language,
``rules.toml`` and ``lexicon.toml`` add declared rules to the core's.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

from newsprism.lang.packs import (
    LEXICON_SCHEMA,
    RULES_SCHEMA,
    compile_lexicons,
    compile_rules,
    load_pack,
    read_toml,
)
from newsprism.lang.phrases import PhraseTable
from newsprism.lang.rules import Rule
from newsprism.lang.schema import PackError, Schema, require

DOMAIN_SCHEMA: Schema = {
    "name": "str",
    "description": "str",
    "languages": "list[str]",
    "extractor": "str",
    "detect": {"cues": "list[str]", "min_cues": "int", "min_share": "int"},
}


@dataclass(frozen=True, slots=True)
class DomainPack:
    """One domain pack: its name, languages, detection cues, optional extractor, and its rules
    and lexicons per language."""

    name: str
    description: str
    languages: frozenset[str]
    extractor: str | None
    cues: frozenset[str]
    min_cues: int
    #: Cue words per thousand words an article needs to be detected as of this domain.
    min_share: int
    rules: dict[str, tuple[Rule, ...]]
    lexicons: dict[str, dict[str, PhraseTable[str]]]

    def detects(self, lang: str, words: list[str]) -> bool:
        """Whether an article in ``lang`` with these (normalised) words is of this domain."""
        if lang not in self.languages or not words:
            return False
        hits = sum(w in self.cues for w in words)
        return hits >= self.min_cues and hits * 1000 >= self.min_share * len(words)


def _root() -> Traversable:
    return resources.files("newsprism.lang") / "domains"


def available_domains() -> tuple[str, ...]:
    """Names of the domain packs."""
    return tuple(
        sorted(p.name for p in _root().iterdir() if p.is_dir() and (p / "domain.toml").is_file())
    )


@functools.cache
def load_domain(name: str) -> DomainPack:
    """The domain pack ``name``; ``PackError`` when there is none or it is malformed."""
    if name not in available_domains():
        known = ", ".join(available_domains()) or "none"
        msg = f"unknown domain pack {name!r} (known: {known})"
        raise PackError(msg)
    folder = _root() / name
    where = f"domain pack {name!r}"
    meta = read_toml(folder / "domain.toml", DOMAIN_SCHEMA, f"{where} (domain.toml)")
    require(meta, ("name", "description", "languages"), f"{where} (domain.toml)")
    detect = meta.get("detect", {})
    rules: dict[str, tuple[Rule, ...]] = {}
    lexicons: dict[str, dict[str, PhraseTable[str]]] = {}
    for lang in meta["languages"]:
        pack = load_pack(lang)
        at = f"{where} ({lang}/lexicon.toml)"
        own = compile_lexicons(
            read_toml(folder / lang / "lexicon.toml", LEXICON_SCHEMA, at), pack.text, at
        )
        merged = {**pack.lexicons, **own}
        at = f"{where} ({lang}/rules.toml)"
        rules[lang] = compile_rules(
            read_toml(folder / lang / "rules.toml", RULES_SCHEMA, at), pack.text, merged, at
        )
        lexicons[lang] = own
    return DomainPack(
        name=str(meta["name"]),
        description=str(meta["description"]),
        languages=frozenset(meta["languages"]),
        extractor=meta.get("extractor"),
        cues=frozenset(str(c).lower() for c in detect.get("cues", [])),
        min_cues=int(detect.get("min_cues", 1)),
        min_share=int(detect.get("min_share", 0)),
        rules=rules,
        lexicons=lexicons,
    )


_WORD = re.compile(r"[^\W\d_]+")


def detect_domains(lang: str, text: str) -> tuple[str, ...]:
    """The domain packs whose detection cues an article's text meets (``--domain auto``)."""
    words = [w.lower() for w in _WORD.findall(text)]
    return tuple(d for d in available_domains() if load_domain(d).detects(lang, words))


__all__ = ["DOMAIN_SCHEMA", "DomainPack", "available_domains", "detect_domains", "load_domain"]
