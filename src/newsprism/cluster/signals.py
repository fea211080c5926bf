"""Cheap, language-independent evidence that two articles report the same event.

Keys are drawn from the title and lead: capitalised name tokens and adjacent pairs
(``"name:latakia"``, ``"name:syrian observatory"``) and numbers normalised across digit
conventions (``"1,383"`` and ``"1.383"`` both give ``"num:1383"``). A capitalised word counts as a
name only when its lower-case form does not occur in the same text, which drops sentence-initial
common words ("The", "Police", "Menurut") in any cased script without a stop-word list.

Keys are weighted by inverse document frequency over the batch *plus* ``PRIOR_DOCS`` imaginary
background articles that share none of them, so a tiny batch (five articles about one event)
still gives shared names weight, while names frequent in a big corpus ("Police", "Syria") fade.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

#: Characters of body text read for keys, after the title. Guess: about two paragraphs; the
#: figures and places that identify an event are in the lead of a news article.
KEY_LEAD_CHARS = 1000

#: Imaginary background articles in the IDF (see the module docstring). Guess, checked on GVA.
PRIOR_DOCS = 50

_TOKEN = re.compile(r"[^\W\d_](?:[^\W_]|['’\-](?=[^\W\d_]))*", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,\u00a0 ]\d{3})+(?![\d])|(?<![\w.,])\d+(?:[.,]\d+)?")
_SEPARATORS = re.compile(r"[.,\u00a0 ]")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—]\s+")
_MIN_NAME_CHARS = 3
_YEAR_MIN, _YEAR_MAX = 1900, 2099


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def name_keys(text: str) -> set[str]:
    """Capitalised name tokens and adjacent name pairs in ``text``."""
    matches = list(_TOKEN.finditer(text))
    lower_words = {m.group(0) for m in matches if m.group(0)[:1].islower()}
    keys: set[str] = set()
    previous: str | None = None
    previous_end = -1
    for match in matches:
        word = match.group(0)
        is_name = (
            word[:1].isupper() and len(word) >= _MIN_NAME_CHARS and word.lower() not in lower_words
        )
        if not is_name:
            previous = None
            continue
        folded = _fold(word)
        if folded.endswith(("'s", "'")):
            folded = folded[:-2] if folded.endswith("'s") else folded[:-1]
        keys.add(f"name:{folded}")
        gap = text[previous_end : match.start()]
        if previous is not None and gap in {" ", "\u00a0"}:
            keys.add(f"name:{previous} {folded}")
        previous, previous_end = folded, match.end()
    return keys


def number_keys(text: str) -> set[str]:
    """Numbers in ``text``, normalised across thousands separators and decimal commas.

    Years (1900-2099 written without separators) are left out: they date an article rather
    than identify an event.
    """
    keys: set[str] = set()
    for match in _NUMBER.finditer(text):
        raw = match.group(0)
        groups = _SEPARATORS.split(raw)
        if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
            value = "".join(groups)  # thousands separators: 1,383 / 1.383 / 1 383
        elif len(groups) == 2:
            value = f"{int(groups[0])}.{groups[1]}"  # decimal: 6.2 / 6,2
        else:
            value = raw
        if value.isdigit():
            number = int(value)
            if _YEAR_MIN <= number <= _YEAR_MAX and len(raw) == 4:
                continue
            value = str(number)
        keys.add(f"num:{value}")
    return keys


def headline(title: str) -> str:
    """The longest part of a page title split at " | ", " - ", " – ", " — ".

    Page titles often carry the outlet and section ("Shooting in X - WAFF-TV: News, Weather");
    those parts would make every article of one outlet share keys.
    """
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    return max(parts, key=len) if parts else ""


def article_keys(title: str, text: str, *, lead_chars: int = KEY_LEAD_CHARS) -> frozenset[str]:
    """Name and number keys of an article's headline and lead."""
    lead = f"{headline(title)}\n{text[:lead_chars]}"
    return frozenset(name_keys(lead) | number_keys(lead))


@dataclass(frozen=True, slots=True)
class KeyWeights:
    """IDF weights of keys over a batch (with the background prior)."""

    documents: int
    frequency: Mapping[str, int]
    prior_docs: int = PRIOR_DOCS

    @classmethod
    def from_keys(
        cls, keysets: Iterable[Iterable[str]], *, prior_docs: int = PRIOR_DOCS
    ) -> KeyWeights:
        frequency: Counter[str] = Counter()
        documents = 0
        for keys in keysets:
            documents += 1
            frequency.update(set(keys))
        return cls(documents=documents, frequency=dict(frequency), prior_docs=prior_docs)

    def weight(self, key: str) -> float:
        total = self.documents + self.prior_docs
        return math.log((total + 1) / (self.frequency.get(key, 0) + 1))


def key_similarity(a: frozenset[str], b: frozenset[str], weights: KeyWeights) -> float:
    """Cosine of the IDF-weighted key sets ``a`` and ``b`` (0.0 when either is empty)."""
    if not a or not b:
        return 0.0
    shared = a & b
    if not shared:
        return 0.0
    num = sum(weights.weight(k) ** 2 for k in shared)
    den_a = sum(weights.weight(k) ** 2 for k in a)
    den_b = sum(weights.weight(k) ** 2 for k in b)
    if den_a <= 0 or den_b <= 0:
        return 0.0
    return num / math.sqrt(den_a * den_b)


def rare_shared_names(
    a: frozenset[str], b: frozenset[str], weights: KeyWeights, max_df: int
) -> int:
    """How many name keys ``a`` and ``b`` share that occur in at most ``max_df`` articles."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(
        1
        for k in small
        if k.startswith("name:") and k in large and weights.frequency.get(k, 0) <= max_df
    )


def weighted_keys(keys: frozenset[str], weights: KeyWeights) -> dict[str, float]:
    """``keys`` with their squared weights, for repeated similarity computations."""
    return {k: weights.weight(k) ** 2 for k in sorted(keys)}


def sparse_cosine(
    a: Mapping[str, float], b: Mapping[str, float], norm_a: float, norm_b: float
) -> float:
    """Cosine of two pre-weighted key maps given their (squared-weight) norms."""
    if norm_a <= 0 or norm_b <= 0:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    num = sum(w for k, w in small.items() if k in large)
    return num / math.sqrt(norm_a * norm_b)


def batch_key_similarities(
    keysets: Sequence[frozenset[str]],
    pairs: Sequence[tuple[int, int]],
    weights: KeyWeights | None = None,
) -> list[float]:
    """Key similarity of index ``pairs`` of ``keysets``, IDF-weighted over the whole batch
    (``weights``, computed from ``keysets`` unless given)."""
    weights = weights or KeyWeights.from_keys(keysets)
    weighted = [weighted_keys(k, weights) for k in keysets]
    norms = [sum(w.values()) for w in weighted]
    return [sparse_cosine(weighted[i], weighted[j], norms[i], norms[j]) for i, j in pairs]
