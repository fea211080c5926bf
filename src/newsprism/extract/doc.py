"""The token view of an article: ``Doc`` -> ``Sent`` -> ``Token``, with offsets into the text.

Every rule and pass reads tokens through this view instead of passing ``(tokens, norms, index,
pack)`` around: a ``Token`` knows its characters, its normalised form (``norm``, and ``base``
without a clitic prefix), its offsets in ``Article.text``, and, when written in digits, its
numeric value read with the language's grouping. Sentences are tokenized on first use (most
sentences of an article hold no figure), so the cost per article stays small.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from newsprism.lang.packs import LanguagePack
from newsprism.model.article import Article, Sentence, Span

#: Arabic-Indic and Eastern Arabic-Indic digits, and the Arabic separators, mapped to ASCII so
#: that one digit grammar serves every script (the mapping keeps string length, hence offsets).
DIGIT_MAP = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "0123456789" + "0123456789" + ".,")
#: Longest digit string read as a number (more digits than any count of people).
MAX_DIGITS = 15
_LAKH = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")
_SEPARATOR = re.compile(r"[^\d]")


class Token(NamedTuple):
    """One token of a sentence (a named tuple: tokens are made by the thousand).

    ``i`` is its index in the sentence; ``start``/``end`` are offsets in ``Article.text``;
    ``num`` is the value of a number written in digits (``None`` for words, and for digit
    strings too long to be a count); ``space`` says whether whitespace precedes it.
    """

    i: int
    start: int
    end: int
    text: str
    norm: str
    base: str
    num: Decimal | None
    digits: bool
    space: bool

    @property
    def is_title(self) -> bool:
        """Whether the token is a word starting with a capital letter."""
        return self.text[:1].isupper()

    @property
    def is_punct(self) -> bool:
        """Whether the token is one character that is neither letter nor digit."""
        return len(self.text) == 1 and not self.text.isalnum()


def ascii_digits(text: str) -> str:
    """``text`` with non-ASCII decimal digits mapped to ASCII (same length)."""
    return text.translate(DIGIT_MAP)


def digit_value(raw: str, decimal: str, *, scaled: bool = False) -> Decimal | None:
    """The value of a digit string: thousands groups of three digits are read as grouping in
    every convention ("1.383", "1,383", "1 383": a count of people has no fraction), a lakh
    grouping too ("1,00,000"); other separators mark a decimal part ("1,2 juta", "1.5 million").
    Before a scale word (``scaled``) a single ambiguous separator is the language's decimal
    mark ("1.500 millones" is not read so in Spanish, "1,500 millones" is). ``None`` when the
    string has more than ``MAX_DIGITS`` digits.

    >>> digit_value("1.383", ","), digit_value("4,215", ","), digit_value("1,2", ",")
    (Decimal('1383'), Decimal('4215'), Decimal('1.2'))
    """
    digits = sum(c.isdigit() for c in raw)
    if digits > MAX_DIGITS:
        return None
    if _LAKH.fullmatch(raw):
        return Decimal(raw.replace(",", ""))
    seps = _SEPARATOR.findall(raw)
    groups = _SEPARATOR.split(raw)
    try:
        if not seps:
            return Decimal(raw)
        last = seps[-1]
        grouped = all(len(g) == 3 for g in groups[1:])
        if len(set(seps)) > 1 or not grouped:
            # "1.234,5": the last separator marks the decimals when it differs from the rest
            # or its group is not three digits long.
            if len(set(seps)) > 1 and len(groups[-1]) == 3 and last != decimal:
                return Decimal("".join(groups))
            whole = "".join(groups[:-1])
            return Decimal(f"{whole}.{groups[-1]}")
        if scaled and len(seps) == 1 and last == decimal:
            return Decimal(f"{groups[0]}.{groups[1]}")
        return Decimal("".join(groups))
    except InvalidOperation:
        return None


def tokenize(text: str, start: int, end: int, pack: LanguagePack) -> tuple[Token, ...]:
    """Tokens of ``text[start:end]`` (``text`` already through ``ascii_digits``)."""
    segment = text[start:end]
    out: list[Token] = []
    forms = pack.text.forms
    make = tuple.__new__  # Token(...) argument handling costs more than the tuple itself
    prev_end = 0
    for m in pack.token_re.finditer(segment):
        a, b = m.span()
        raw = m.group()
        space = a > prev_end
        prev_end = b
        if m.lastindex == 1:
            value = digit_value(raw, pack.numbers.decimal)
            out.append(
                make(Token, (len(out), start + a, start + b, raw, raw, raw, value, True, space))
            )
            continue
        n, base = forms(raw)
        out.append(make(Token, (len(out), start + a, start + b, raw, n, base, None, False, space)))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Sent:
    """One sentence: its index, span, line, and tokens (``norms``/``bases`` as tuples too, for
    the phrase tables)."""

    index: int
    span: Span
    line: int
    tokens: tuple[Token, ...]
    norms: tuple[str, ...]
    bases: tuple[str, ...]

    def chars(self, first: int, last: int) -> Span:
        """The character span of tokens ``[first, last)``."""
        return Span(self.tokens[first].start, self.tokens[last - 1].end)


@dataclass(slots=True)
class Doc:
    """An article seen as sentences of tokens, read on first use.

    ``text`` is ``Article.text`` with its digits in ASCII (same offsets); ``lines[i]`` is the
    line number of sentence ``i``; the title line is the first line with text.
    """

    article: Article
    pack: LanguagePack
    sentences: Sequence[Sentence]
    text: str = ""
    lines: list[int] = field(default_factory=list)
    title_line: int = 0
    _sents: dict[int, Sent] = field(default_factory=dict)

    @classmethod
    def build(cls, article: Article, sentences: Sequence[Sentence], pack: LanguagePack) -> Doc:
        """The view of ``article`` split into ``sentences`` (``segment.split_sentences``)."""
        text = ascii_digits(article.text)
        breaks = [m.start() for m in re.finditer("\n", text)]
        lines = [bisect.bisect_right(breaks, s.span.start) for s in sentences]
        first = len(text) - len(text.lstrip())
        return cls(
            article=article,
            pack=pack,
            sentences=sentences,
            text=text,
            lines=lines,
            title_line=bisect.bisect_right(breaks, first),
        )

    def __len__(self) -> int:
        return len(self.sentences)

    def chunk(self, i: int) -> str:
        """The text of sentence ``i``."""
        span = self.sentences[i].span
        return self.text[span.start : span.end]

    def sent(self, i: int) -> Sent:
        """Sentence ``i``, tokenized (once)."""
        found = self._sents.get(i)
        if found is None:
            sentence = self.sentences[i]
            tokens = tokenize(self.text, sentence.span.start, sentence.span.end, self.pack)
            found = Sent(
                index=i,
                span=sentence.span,
                line=self.lines[i],
                tokens=tokens,
                norms=tuple(t.norm for t in tokens),
                bases=tuple(t.base for t in tokens),
            )
            self._sents[i] = found
        return found

    def on_title_line(self, i: int) -> bool:
        """Whether sentence ``i`` lies on the article's first line (its headline)."""
        return self.lines[i] == self.title_line


__all__ = [
    "DIGIT_MAP",
    "MAX_DIGITS",
    "Doc",
    "Sent",
    "Token",
    "ascii_digits",
    "digit_value",
    "tokenize",
]
