"""Token-sequence phrase tables: the matcher behind every per-language word list.

A phrase is a sequence of lower-cased tokens. A token ending in ``*`` matches any token that
starts with it (stems for agglutinative languages: Turkish ``yaral*``, German ``verletz*``).
Tables are immutable after construction, so language packs holding them can be cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

#: Words (letters), digit runs, or single other characters. Hyphens, slashes and apostrophes
#: are their own tokens, so "48-hour" reads as ``48``, ``-``, ``hour`` and "l'Observatoire" as
#: ``l``, ``'``, ``observatoire`` (elisions and Turkish suffixes split off the same way).
WORD_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]", re.UNICODE)


def norm_token(token: str) -> str:
    """Lower-case a token for lookup; Turkish dotted capital I loses its combining dot."""
    return token.lower().replace("\u0307", "").replace("’", "'")


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Split a data phrase into normalised tokens (a trailing ``*`` stays on its token)."""
    out: list[str] = []
    for raw in phrase.split():
        star = raw.endswith("*") and len(raw) > 1
        body = raw[:-1] if star else raw
        parts = [norm_token(m.group()) for m in WORD_RE.finditer(body)]
        if star and parts:
            parts[-1] += "*"
        out.extend(parts)
    return tuple(out)


def _token_matches(pattern: str, token: str) -> bool:
    if pattern.endswith("*"):
        return token.startswith(pattern[:-1])
    return token == pattern


@dataclass(frozen=True, slots=True)
class PhraseTable(Generic[T]):
    """Phrases (token tuples) with a payload each, matched longest first."""

    exact_first: dict[str, tuple[tuple[tuple[str, ...], T, bool], ...]] = field(
        default_factory=dict
    )
    stem_first: tuple[tuple[tuple[str, ...], T], ...] = ()
    stem_prefixes: tuple[str, ...] = ()

    @classmethod
    def build(cls, items: Iterable[tuple[str, T]]) -> PhraseTable[T]:
        """Build a table from ``(phrase, payload)`` pairs; later duplicates are ignored."""
        exact: dict[str, list[tuple[tuple[str, ...], T, bool]]] = {}
        stems: list[tuple[tuple[str, ...], T]] = []
        seen: set[tuple[str, ...]] = set()
        for phrase, payload in items:
            toks = phrase_tokens(phrase)
            if not toks or toks in seen:
                continue
            seen.add(toks)
            if toks[0].endswith("*"):
                stems.append((toks, payload))
            else:
                plain = not any(t.endswith("*") for t in toks[1:])
                exact.setdefault(toks[0], []).append((toks, payload, plain))
        ordered = {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in exact.items()}
        stems.sort(key=lambda e: -len(e[0]))
        prefixes = tuple(sorted({toks[0][:-1] for toks, _ in stems}))
        return cls(ordered, tuple(stems), prefixes)

    def match_at(self, tokens: Sequence[str], i: int) -> tuple[int, T] | None:
        """The longest phrase starting at ``tokens[i]``: (number of tokens, payload)."""
        if i >= len(tokens):
            return None
        token = tokens[i]
        for toks, payload, plain in self.exact_first.get(token, ()):
            size = len(toks)
            if size == 1 or (
                tuple(tokens[i : i + size]) == toks if plain else _seq_matches(toks, tokens, i)
            ):
                return size, payload
        if self.stem_prefixes and token.startswith(self.stem_prefixes):
            for toks, payload in self.stem_first:
                if _seq_matches(toks, tokens, i):
                    return len(toks), payload
        return None

    def entries(self) -> list[tuple[tuple[str, ...], T]]:
        """Every phrase (as tokens) with its payload."""
        out = [(toks, payload) for group in self.exact_first.values() for toks, payload, _ in group]
        out.extend(self.stem_first)
        return out

    def may_start(self, token: str) -> bool:
        """Whether some phrase can start at ``token`` (cheap test before ``match_at``)."""
        return token in self.exact_first or (
            bool(self.stem_prefixes) and token.startswith(self.stem_prefixes)
        )

    def first_words(self) -> frozenset[str]:
        """The first tokens of the exact phrases (for fast pre-filters)."""
        return frozenset(self.exact_first)

    def match_ending_at(self, tokens: Sequence[str], end: int) -> tuple[int, T] | None:
        """The longest phrase ending just before ``tokens[end]``: (start index, payload)."""
        best: tuple[int, T] | None = None
        for start in range(max(0, end - 6), end):
            if not self.may_start(tokens[start]):
                continue
            hit = self.match_at(tokens, start)
            if hit is not None and start + hit[0] == end:
                best = (start, hit[1])
                break
        return best

    def find_all(self, tokens: Sequence[str]) -> list[tuple[int, int, T]]:
        """Every non-overlapping match, left to right: (start, end, payload)."""
        out: list[tuple[int, int, T]] = []
        keys = self.exact_first
        prefixes = self.stem_prefixes
        i = 0
        n = len(tokens)
        while i < n:
            token = tokens[i]
            if token not in keys and not (prefixes and token.startswith(prefixes)):
                i += 1
                continue
            hit = self.match_at(tokens, i)
            if hit is None:
                i += 1
                continue
            out.append((i, i + hit[0], hit[1]))
            i += hit[0]
        return out

    def __bool__(self) -> bool:
        return bool(self.exact_first) or bool(self.stem_first)


def _seq_matches(pattern: tuple[str, ...], tokens: Sequence[str], i: int) -> bool:
    if i + len(pattern) > len(tokens):
        return False
    return all(_token_matches(p, tokens[i + k]) for k, p in enumerate(pattern))
