"""How a language writes numbers, for the language packs: number words and how they combine,
hedges and the bounds they set, words of magnitude, and the patterns that find numbers in
digits (``numbers.toml``; ``packs.load_pack`` builds them, ``extract.numbers`` reads them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism.lang.phrases import PhraseTable
from newsprism.model.figures import Qualifier

#: Bound rules a hedge may carry (see ``en/numbers.toml``).
BOUND_RULES = frozenset({"exact", "low+1", "low", "high", "high-1", "about"})


@dataclass(frozen=True, slots=True)
class Hedge:
    """A hedge word: the qualifier it sets and how it turns the number into bounds."""

    qualifier: Qualifier
    rule: str


@dataclass(frozen=True, slots=True)
class Magnitude:
    """A word that gives an order of magnitude only ("hundreds"): qualifier and lower bound."""

    qualifier: Qualifier
    low: int


@dataclass(frozen=True, slots=True)
class NumberWords:
    """Number words of a language and how they combine."""

    values: dict[str, int]
    multipliers: dict[str, int]
    scales: dict[str, int]
    adders: dict[str, int]
    joiners: frozenset[str]
    one_words: frozenset[str]
    clitics: tuple[str, ...]
    #: Every number word with its (role, value); see ``roles``.
    roles: dict[str, tuple[str, int]]

    def is_number_word(self, token: str) -> bool:
        """Whether ``token`` is a number word (after stripping a clitic prefix)."""
        return self.lookup(token) is not None

    def lookup(self, token: str) -> tuple[str, int] | None:
        """(role, value) of a number word: role is value, multiplier, scale or adder."""
        roles = self.roles
        hit = roles.get(token)
        if hit is not None or not self.clitics:
            return hit
        for clitic in self.clitics:
            if token.startswith(clitic):
                hit = roles.get(token[len(clitic) :])
                if hit is not None:
                    return hit
        return None


def roles(
    values: dict[str, int],
    multipliers: dict[str, int],
    scales: dict[str, int],
    adders: dict[str, int],
) -> dict[str, tuple[str, int]]:
    """One lookup table; on a word listed twice, value beats multiplier beats scale."""
    table: dict[str, tuple[str, int]] = {}
    for role, words in (
        ("adder", adders),
        ("scale", scales),
        ("multiplier", multipliers),
        ("value", values),
    ):
        table.update((w, (role, v)) for w, v in words.items())
    return table


def number_pattern(decimal: str, thousands: tuple[str, ...]) -> re.Pattern[str]:
    """Numbers in digits with the language's decimal mark and thousands separators."""
    sep = "".join(re.escape(s) for s in thousands)
    dec = re.escape(decimal)
    # Grouped (1,383 / 1.383 / 1 383) or plain digits, then an optional decimal part.
    pattern = rf"(?<![\w.,])(?:\d{{1,3}}(?:[{sep}]\d{{3}})+|\d+)(?:{dec}\d+)?(?!\d)"
    return re.compile(pattern)


def candidate_pattern(words: NumberWords, magnitudes: PhraseTable[Magnitude]) -> re.Pattern[str]:
    """A fast pre-filter: a digit, or a number or magnitude word (clitic prefixes allowed)."""
    vocab = set(words.values) | set(words.multipliers) | set(words.scales) | set(words.adders)
    vocab |= set(magnitudes.exact_first)
    vocab |= {toks[0].rstrip("*") for toks, _ in magnitudes.stem_first}
    alternation = "|".join(re.escape(w) for w in sorted(vocab, key=len, reverse=True) if w)
    clitics = "|".join(re.escape(c) for c in words.clitics)
    prefix = f"(?:{clitics})?" if clitics else ""
    if not alternation:
        return re.compile(r"\d")
    return re.compile(rf"\d|\b{prefix}(?:{alternation})", re.IGNORECASE)


def hedge_table(table: dict[str, list[str]]) -> PhraseTable[Hedge]:
    """Hedges from ``{phrase: [qualifier, bound rule]}``; an unknown rule is an error."""
    items: list[tuple[str, Hedge]] = []
    for phrase, (qualifier, rule) in table.items():
        if rule not in BOUND_RULES:
            msg = f"unknown bound rule {rule!r} for hedge {phrase!r}"
            raise ValueError(msg)
        items.append((phrase, Hedge(Qualifier(qualifier), rule)))
    return PhraseTable.build(items)


__all__ = [
    "BOUND_RULES",
    "Hedge",
    "Magnitude",
    "NumberWords",
    "candidate_pattern",
    "hedge_table",
    "number_pattern",
    "roles",
]
