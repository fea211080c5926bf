"""The scope of a figure: victim group, place and period, read around its words."""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.numbers import QuantityMatch
from newsprism.extract.tokens import Token
from newsprism.lang.packs import LanguagePack

#: Tokens after the number (or after the casualty word) searched for a victim group.
GROUP_WINDOW = 8
#: Tokens after the figure's words searched for a place ("killed 13 ... near Latakia").
PLACE_WINDOW = 12
#: Punctuation that ends the search for a group: what follows describes the victims' make-up
#: ("exceeding 1,000 individuals, with non-combatants nearly three-quarters of the victims";
#: "13 killed, most of them civilians"), not the group the number counts.
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", "—", "–"})


def find_group(
    tokens: Sequence[Token], norms: Sequence[str], first: int, last: int, pack: LanguagePack
) -> str | None:
    """The victim group named in ``tokens[first:last]`` ("Alawite civilians", "civilians")."""
    j = first
    while j < min(last, len(norms)):
        if tokens[j].text in CLAUSE_BREAKS:
            return None  # "over 1,000, with non-combatants three-quarters of them": a share
        hit = pack.groups.match_at(norms, j)
        if hit is None:
            j += 1
            continue
        group = hit[1]
        prev = tokens[j - 1] if j > first else None
        if (
            prev is not None
            and prev.text[:1].isupper()
            and prev.number is None
            and pack.groups.match_at(norms, j - 1) is None
            and pack.kinds_after.match_at(norms, j - 1) is None
            and not pack.words.is_number_word(prev.norm)
            and pack.magnitudes.match_at(norms, j - 1) is None
            and not _is_title_case(tokens, first, last)
        ):
            return f"{prev.text} {group}"
        return group
    return None


def _is_title_case(tokens: Sequence[Token], first: int, last: int) -> bool:
    words = [t.text for t in tokens[first:last] if t.text[:1].isalpha()]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def find_place(
    tokens: Sequence[Token],
    norms: Sequence[str],
    first: int,
    last: int,
    pack: LanguagePack,
    *,
    headline: bool,
) -> str | None:
    """A place from the pack's aliases, or a capitalised name after a locative preposition."""
    stop = min(len(tokens), last + PLACE_WINDOW)
    for j in range(first, stop):
        hit = pack.places.match_at(norms, j)
        if hit is not None:
            return hit[1]
    if headline:
        return None
    for j in range(first, stop - 1):
        if norms[j] not in pack.locatives:
            continue
        k = j + 1
        words: list[str] = []
        while k < stop and tokens[k].text[:1].isupper() and tokens[k].number is None:
            words.append(tokens[k].text)
            k += 1
        if words and pack.months.match_at(norms, j + 1) is None:
            return " ".join(words)
    return None


def find_period(
    tokens: Sequence[Token],
    norms: Sequence[str],
    quantities: Sequence[QuantityMatch],
    pack: LanguagePack,
) -> str | None:
    """A period stated in the sentence: "48 hours", "two days", "since March 6"."""
    for q in quantities:
        after = q.last + 1 if q.last < len(norms) and norms[q.last] == "-" else q.last
        hit = pack.period_units.match_at(norms, after)
        if hit is not None and q.quantity.value is not None:
            # Digits and an English unit, so periods compare across languages ("dua hari").
            return f"{q.quantity.value} {hit[1]}"
    for j in range(len(norms)):
        if pack.since_words.match_at(norms, j) is None:
            continue
        k = j + 1
        parts: list[str] = [tokens[j].text]
        while k < min(len(tokens), j + 4) and (
            tokens[k].number is not None or pack.months.match_at(norms, k) is not None
        ):
            parts.append(tokens[k].text)
            k += 1
        if len(parts) > 1:
            return " ".join(parts)
    return None
