"""Reading one number at a token: digits (with a scale word: "1.2 million") or number words
in the language's grammar ("two thousand five hundred", "dua ratus lima puluh"); or the value
of one token alone (digits or a single number word: "5", "five")."""

from __future__ import annotations

import math
from collections.abc import Sequence

from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.extract.gun_violence.tokens import Token


def read_number(tokens: Sequence[Token], i: int, pack: LanguagePack) -> tuple[int, float] | None:
    """A number starting at ``tokens[i]`` (digits with an optional scale word, or words):
    (index after the number, value). A digit string too long for a float is no number."""
    tok = tokens[i]
    words = pack.words
    if tok.number is not None:
        value = tok.number
        j = i + 1
        if j < len(tokens):
            hit = words.lookup(tokens[j].norm)
            if hit is not None and hit[0] in ("scale", "multiplier") and hit[1] >= 100:
                j, value = j + 1, value * hit[1]
        return (j, value) if math.isfinite(value) else None
    # total: closed scale groups; group: the part under the current scale; pending: value
    # words not yet multiplied ("dua ratus lima puluh" = 2*100 + 5*10).
    total = group = 0
    pending: int | None = None
    j = i
    seen = False
    while j < len(tokens):
        norm = tokens[j].norm
        if j + 2 < len(tokens) and tokens[j + 1].norm == "-":
            # Hyphenated compounds listed whole in the data ("quatre-vingt" = 80, not 4 + 20).
            compound = f"{norm}-{tokens[j + 2].norm}"
            if compound in words.values:
                pending = (pending or 0) + words.values[compound]
                seen = True
                j += 3
                continue
        hit = words.lookup(norm)
        if hit is None:
            nxt = words.lookup(tokens[j + 1].norm) if j + 1 < len(tokens) else None
            if seen and norm in words.joiners and nxt is not None:
                j += 1
                continue
            if not seen and norm in words.one_words and nxt is not None and nxt[0] != "value":
                pending = 1
                seen = True
                j += 1
                continue
            break
        role, v = hit
        if role in ("value", "adder"):
            pending = (pending or 0) + v
        elif role == "multiplier":
            group += (pending or 1) * v
            pending = None
        else:
            total += (group + (pending or 0) or 1) * v
            group, pending = 0, None
        seen = True
        j += 1
    if not seen or j == i:
        return None
    return j, float(total + group + (pending or 0))


def token_value(token: Token, norm: str, pack: LanguagePack) -> float | None:
    """The number one token states by itself: its digits, or the value of a single number word
    (``norm`` read in the pack's number words: "five"); None for any other token."""
    if token.number is not None:
        return token.number
    hit = pack.words.lookup(norm)
    return float(hit[1]) if hit is not None and hit[0] == "value" else None


__all__ = ["read_number", "token_value"]
