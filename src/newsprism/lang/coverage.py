"""What each language pack and domain pack covers, by rule family (``newsprism langs``).

Counts, not judgements: how many number words, hedges, casualty phrases per kind, rules per
action, examples, attribution cues and organisation heads a pack declares, so that a gap
(a language without increments, a kind without words) shows at a glance.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TypeVar

from newsprism.lang.domains import available_domains, load_domain
from newsprism.lang.packs import KIND_LEXICONS, LanguagePack, available_languages, load_pack
from newsprism.lang.phrases import PhraseTable
from newsprism.lang.rules import Action, Rule
from newsprism.model.figures import FigureKind

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Coverage:
    """One pack's coverage: ``families`` maps a rule family to its count."""

    pack: str
    name: str
    families: dict[str, int]


def _size(table: PhraseTable[T]) -> int:
    return len(table.entries())


def _rule_counts(rules: tuple[Rule, ...]) -> dict[str, int]:
    by_action = Counter(r.action.value for r in rules)
    out = {f"rules.{a.value}": by_action.get(a.value, 0) for a in Action}
    out["examples"] = sum(len(r.examples) + len(r.counter) for r in rules)
    return out


def pack_coverage(pack: LanguagePack) -> Coverage:
    """The coverage of one language pack."""
    numbers = pack.numbers
    words = numbers.words
    families: dict[str, int] = {
        "numbers.words": len(words.values) + len(words.multipliers) + len(words.scales),
        "numbers.magnitudes": _size(numbers.magnitudes),
        "numbers.hedges": _size(numbers.hedges_before) + _size(numbers.hedges_after),
    }
    per_kind: Counter[str] = Counter()
    for name in KIND_LEXICONS:
        per_kind.update(payload for _, payload in pack.lexicon(name).entries())
    for kind in FigureKind:
        families[f"kinds.{kind.value}"] = per_kind.get(kind.value, 0)
    families["groups"] = _size(pack.lexicon("groups"))
    families["non_counts"] = sum(
        _size(pack.lexicon(n)) for n in ("not_after", "not_before", "months")
    )
    families.update(_rule_counts(pack.rules))
    cues = pack.attribution
    families["attribution.cues"] = sum(
        _size(t) for t in (cues.named, cues.source_after, cues.source_before, cues.relays)
    )
    families["attribution.vague"] = _size(cues.vague)
    families["attribution.anonymous"] = _size(cues.anonymous)
    families["attribution.organisations"] = _size(cues.org_heads) + _size(cues.org_head_last)
    families["attribution.examples"] = len(cues.examples)
    return Coverage(pack=pack.lang, name=pack.name, families=families)


def coverage() -> list[Coverage]:
    """Every language pack's coverage, then every domain pack's (its rules per language)."""
    out = [pack_coverage(load_pack(lang)) for lang in available_languages()]
    for name in available_domains():
        domain = load_domain(name)
        for lang in sorted(domain.languages):
            families = _rule_counts(domain.rules.get(lang, ()))
            families["extractor"] = int(domain.extractor is not None)
            out.append(Coverage(pack=f"{name}/{lang}", name=domain.description, families=families))
    return out


__all__ = ["Coverage", "coverage", "pack_coverage"]
