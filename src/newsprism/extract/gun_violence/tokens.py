"""Sentence tokens with character offsets, numbers read with the language's digit grouping."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import NamedTuple

from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.lang.phrases import norm_token

#: Arabic-Indic and Eastern Arabic-Indic digits, and the Arabic separators, mapped to ASCII so
#: one digit grammar serves every script (the mapping keeps string length, hence offsets).
DIGIT_MAP = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬",
    "0123456789" + "0123456789" + ".,",
)


class Token(NamedTuple):
    """A token of a sentence: character span in the article text, normalised form, and
    its numeric value when it is a number written in digits (a named tuple: tokens are made
    by the thousand, and tuples build several times faster than frozen dataclasses)."""

    start: int
    end: int
    text: str
    norm: str
    number: float | None = None


def ascii_digits(text: str) -> str:
    """``text`` with non-ASCII decimal digits mapped to ASCII (same length)."""
    return text.translate(DIGIT_MAP)


def parse_digits(raw: str, pack: LanguagePack) -> float | None:
    """The value of a digit string written with ``pack``'s grouping ("1.383" -> 1383 in id)."""
    body = raw
    for sep in pack.thousands:
        if sep != pack.decimal:
            body = body.replace(sep, "")
    body = body.replace(pack.decimal, ".")
    try:
        return float(body)
    except ValueError:
        return None


def tokenize(text: str, start: int, end: int, pack: LanguagePack) -> list[Token]:
    """Tokens of ``text[start:end]`` (``text`` already through ``ascii_digits``)."""
    segment = text[start:end]
    lowered = segment.lower()
    if len(lowered) != len(segment):  # "İ" lowers to two characters: normalise per token
        lowered = ""
    make = tuple.__new__  # Token(...) argument handling costs more than the tuple itself
    tokens: list[Token] = []
    for m in pack.token_re.finditer(segment):
        a, b = m.span()
        raw = m.group()
        if m.lastindex == 1:  # the number alternative matched
            glued = a > 1 and segment[a - 1] in "-/" and segment[a - 2].isalpha()
            value = None if glued else parse_digits(raw, pack)
            tokens.append(make(Token, (start + a, start + b, raw, raw, value)))
            continue
        norm = lowered[a:b] if lowered else norm_token(raw)
        tokens.append(make(Token, (start + a, start + b, raw, "'" if norm == "’" else norm, None)))
    return tokens


def as_written(tokens: Sequence[Token]) -> str:
    """Tokens as written: a space only where the text had one ("city-wide" stays whole)."""
    out = tokens[0].text if tokens else ""
    for prev, tok in itertools.pairwise(tokens):
        out += tok.text if tok.start == prev.end else f" {tok.text}"
    return out
