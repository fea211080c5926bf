"""The baseline figure extractor: a regular expression for "N killed / dead / injured / wounded"
(and "killed N"), English digits or small number words, no hedges, no attribution.

It is what most news-mining scripts do; figure scores are reported beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.model.article import Article, Sentence, Span
from newsprism.model.figures import (
    Attribution,
    AttributionKind,
    Figure,
    FigureKind,
    Qualifier,
    Quantity,
)
from newsprism.model.ids import FigureId, content_hash

BASELINE = "evaluation.baseline.v1"

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "dozen": 12,
}  # fmt: skip
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_WORDS) + r")"
_KIND = {
    "killed": FigureKind.KILLED, "dead": FigureKind.KILLED, "died": FigureKind.KILLED,
    "deaths": FigureKind.KILLED, "injured": FigureKind.INJURED, "wounded": FigureKind.INJURED,
    "displaced": FigureKind.DISPLACED, "evacuated": FigureKind.DISPLACED,
}  # fmt: skip
_AFTER = re.compile(
    _NUM + r"\s+(?:\w+\s+){0,2}?(?:were\s+|have\s+been\s+|are\s+)?(" + "|".join(_KIND) + r")\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(r"\b(killed|killing|injured|injuring|wounding)\s+" + _NUM, re.IGNORECASE)


def _value(raw: str) -> int:
    low = raw.lower()
    return _WORDS[low] if low in _WORDS else int(raw.replace(",", ""))


def baseline_figures(article: Article, sentences: Sequence[Sentence]) -> tuple[Figure, ...]:
    """Figures found by the baseline regular expressions (``sentences`` is unused)."""
    del sentences
    found: dict[tuple[int, int], Figure] = {}
    for pattern, num_group, kind_group in ((_AFTER, 1, 2), (_BEFORE, 2, 1)):
        for m in pattern.finditer(article.text):
            word = m.group(kind_group).lower()
            kind = _KIND.get(
                word,
                FigureKind.INJURED if "injur" in word or "wound" in word else FigureKind.KILLED,
            )
            span = Span(m.start(), m.end())
            value = _value(m.group(num_group))
            found[(span.start, span.end)] = Figure(
                figure_id=FigureId("b" + content_hash(article.article_id, str(span.start), kind)),
                article_id=article.article_id,
                lang=article.lang,
                kind=kind,
                quantity=Quantity(value=value, low=None, high=None, qualifier=Qualifier.EXACT),
                group=None,
                place=None,
                period=None,
                attribution=Attribution(kind=AttributionKind.NONE),
                evidence=span,
                sentence_index=0,
                extractor=BASELINE,
            )
    return tuple(sorted(found.values(), key=lambda f: f.evidence.start))
