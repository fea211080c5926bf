"""Token patterns for rules declared as data: a small pattern language, compiled once per pack.

A pattern is a sequence of elements separated by spaces, matched against a sentence's tokens
(spaCy's ``Matcher`` patterns, written as a string so that a rule reads like the phrase it
finds). Elements:

``toll``                 a literal word (lower-cased; "l'" is the two tokens ``l`` and ``'``)
``(rose|climbed to)``    one of several literals (each may span several tokens)
``verletz*``             a stem: any token starting with ``verletz``
``*ministerium``         a suffix: any token ending with ``ministerium``
``@toll``                a phrase of the pack's lexicon ``toll`` (longest first)
``NUM``                  the number the rule is about (with its hedges: "more than 60")
``OTHER``                any other number of the sentence
``_``                    any one token
``CAP``                  a capitalised word
``PUNCT``                a punctuation token
``!@people`` ``!(a|b)``  one token that does not match the element after ``!``

Each element may take a quantifier right after it: ``?`` (optional) or ``{m,n}`` (m to n times).
The characters ``( ) | { } @ * ! ?`` are syntax; a word made of them is listed in a lexicon and
referred to by name.

>>> [str(e) for e in parse_pattern("@toll (rose|climbed to) to? NUM")]
['@toll', '(rose|climbed to)', 'to?', 'NUM']
>>> parse_pattern("_{0,3} NUM")[0].max
3
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from newsprism.lang.phrases import norm_token, phrase_tokens

#: The most tokens an element with an open quantifier may take (``{2,}`` means 2 to this).
MAX_REPEAT = 16


class AtomKind(StrEnum):
    """What one pattern element matches."""

    LITERAL = "literal"
    STEM = "stem"
    SUFFIX = "suffix"
    LEXICON = "lexicon"
    NUM = "num"
    OTHER = "other"
    ANY = "any"
    CAP = "cap"
    PUNCT = "punct"


@dataclass(frozen=True, slots=True)
class Element:
    """One element: what it matches (``options`` for literals, ``name`` for a lexicon or a
    stem/suffix), how often (``min``..``max``), and whether it is negated (one token that does
    not match)."""

    kind: AtomKind
    options: tuple[tuple[str, ...], ...] = ()
    name: str = ""
    min: int = 1
    max: int = 1
    negated: bool = False
    source: str = ""

    def __str__(self) -> str:
        return self.source


class PatternError(ValueError):
    """A pattern string that does not parse."""


_QUANT = re.compile(r"\?|\{(\d+),(\d*)\}")
_SPECIAL = {
    "NUM": AtomKind.NUM,
    "OTHER": AtomKind.OTHER,
    "_": AtomKind.ANY,
    "CAP": AtomKind.CAP,
    "PUNCT": AtomKind.PUNCT,
}


def _split(pattern: str) -> list[str]:
    """Elements as written: spaces separate them except inside parentheses."""
    out: list[str] = []
    depth = 0
    current = ""
    for ch in pattern:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                msg = f"unbalanced ')' in pattern {pattern!r}"
                raise PatternError(msg)
        if ch.isspace() and depth == 0:
            if current:
                out.append(current)
            current = ""
            continue
        current += ch
    if depth:
        msg = f"unclosed '(' in pattern {pattern!r}"
        raise PatternError(msg)
    if current:
        out.append(current)
    return out


def _same(text: str) -> str:
    return text


def _atom(
    body: str, pattern: str, norm: Callable[[str], str]
) -> tuple[AtomKind, tuple[tuple[str, ...], ...], str]:
    if body in _SPECIAL:
        return _SPECIAL[body], (), ""
    if body.startswith("@"):
        name = body[1:]
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            msg = f"bad lexicon name {body!r} in pattern {pattern!r}"
            raise PatternError(msg)
        return AtomKind.LEXICON, (), name
    if body.startswith("(") and body.endswith(")"):
        options = []
        for alt in body[1:-1].split("|"):
            toks = phrase_tokens(norm(alt.strip()))
            if not toks:
                msg = f"empty alternative in {body!r} of pattern {pattern!r}"
                raise PatternError(msg)
            options.append(toks)
        return AtomKind.LITERAL, tuple(options), ""
    if body.endswith("*") and len(body) > 1 and "*" not in body[:-1]:
        return AtomKind.STEM, (), norm_token(norm(body[:-1]))
    if body.startswith("*") and len(body) > 1 and "*" not in body[1:]:
        return AtomKind.SUFFIX, (), norm_token(norm(body[1:]))
    if any(c in body for c in "()|{}@*!?"):
        msg = f"cannot read element {body!r} of pattern {pattern!r}"
        raise PatternError(msg)
    toks = phrase_tokens(norm(body))
    if not toks:
        msg = f"empty element {body!r} in pattern {pattern!r}"
        raise PatternError(msg)
    return AtomKind.LITERAL, (toks,), ""


def parse_pattern(pattern: str, norm: Callable[[str], str] = _same) -> tuple[Element, ...]:
    """Compile a pattern string (see the module docstring); ``PatternError`` if it is malformed.
    ``norm`` normalises literal words the way the language's tokens are (``TextNorm.word``)."""
    elements: list[Element] = []
    for raw in _split(pattern):
        body, low, high = raw, 1, 1
        quant = None
        if raw.endswith("?") and len(raw) > 1:
            quant = "?"
        else:
            m = re.search(r"\{(\d+),(\d*)\}$", raw)
            if m is not None:
                quant = m.group()
        if quant == "?":
            body, low, high = raw[:-1], 0, 1
        elif quant is not None:
            m2 = _QUANT.fullmatch(quant)
            assert m2 is not None
            body = raw[: -len(quant)]
            low = int(m2.group(1))
            high = int(m2.group(2)) if m2.group(2) else MAX_REPEAT
            if high < low or high == 0:
                msg = f"bad quantifier {quant!r} in pattern {pattern!r}"
                raise PatternError(msg)
        negated = body.startswith("!") and len(body) > 1
        if negated:
            body = body[1:]
        kind, options, name = _atom(body, pattern, norm)
        if negated and kind in (AtomKind.NUM, AtomKind.OTHER, AtomKind.ANY):
            msg = f"{raw!r} cannot be negated in pattern {pattern!r}"
            raise PatternError(msg)
        if kind is AtomKind.NUM and (low, high) != (1, 1):
            msg = f"NUM takes no quantifier in pattern {pattern!r}"
            raise PatternError(msg)
        elements.append(Element(kind, options, name, low, high, negated, raw))
    if not elements:
        msg = "empty pattern"
        raise PatternError(msg)
    if sum(e.kind is AtomKind.NUM for e in elements) > 1:
        msg = f"more than one NUM in pattern {pattern!r}"
        raise PatternError(msg)
    return tuple(elements)


def lexicon_names(elements: tuple[Element, ...]) -> frozenset[str]:
    """The lexicons a compiled pattern refers to."""
    return frozenset(e.name for e in elements if e.kind is AtomKind.LEXICON)


__all__ = [
    "MAX_REPEAT",
    "AtomKind",
    "Element",
    "PatternError",
    "lexicon_names",
    "parse_pattern",
]
