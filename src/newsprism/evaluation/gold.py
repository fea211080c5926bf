"""Gold figure files (``*.gold.jsonl``, schema in the project README) and quote location.

Quotes are located in an article's clean text after normalising quotes and whitespace on both
sides (the cleaner turns curly quotes straight and collapses spaces), so gold written against
the raw file still points at the right characters.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.lang.identify import identify_language
from newsprism.model.article import Article, Span
from newsprism.model.ids import article_id_for

QUOTE_MAP = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldFigure:
    """One annotated figure."""

    kind: str
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    attribution: str
    source: str | None
    quote: str
    optional: bool = False
    headline: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldArticle:
    """The gold annotation of one article: its figures and the phrases that are not figures."""

    ref: str
    lang: str
    figures: tuple[GoldFigure, ...]
    not_figures: tuple[str, ...]


def _figure(raw: dict[str, Any], *, headline: bool) -> GoldFigure:
    return GoldFigure(
        kind=str(raw["kind"]),
        value=raw.get("value"),
        low=raw.get("low"),
        high=raw.get("high"),
        qualifier=str(raw.get("qualifier", "")),
        attribution=str(raw.get("attribution", "none")),
        source=raw.get("source"),
        quote=str(raw["quote"]),
        optional=bool(raw.get("optional", False)),
        headline=headline,
    )


def load_gold(path: Path) -> dict[str, GoldArticle]:
    """Gold articles by file name."""
    out: dict[str, GoldArticle] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        figures = [_figure(f, headline=False) for f in raw.get("figures", [])]
        figures += [_figure(f, headline=True) for f in raw.get("headline_figures", [])]
        # Not-figure phrases may carry a gloss in parentheses: "tiga kelompok (three groups)".
        nots = tuple(str(p).split(" (")[0].strip() for p in raw.get("not_figures", []))
        out[raw["file"]] = GoldArticle(
            ref=raw["file"], lang=raw.get("lang", ""), figures=tuple(figures), not_figures=nots
        )
    return out


def _normalised(text: str) -> tuple[str, list[int]]:
    """``text`` with straight quotes and single spaces, and each output char's source offset."""
    chars: list[str] = []
    where: list[int] = []
    prev_space = False
    for i, ch in enumerate(text.translate(QUOTE_MAP)):
        space = ch.isspace()
        if space and prev_space:
            continue
        prev_space = space
        chars.append(" " if space else ch)
        where.append(i)
    return "".join(chars), where


def locate(quote: str, text: str) -> tuple[Span, ...]:
    """Every span of ``text`` where ``quote`` occurs (quotes/whitespace-insensitive; falls back
    to case-insensitive matching)."""
    norm_text, where = _normalised(text)
    norm_quote, _ = _normalised(quote.strip())
    if not norm_quote:
        return ()
    spans: list[Span] = []
    for haystack, needle in ((norm_text, norm_quote), (norm_text.lower(), norm_quote.lower())):
        start = haystack.find(needle)
        while start != -1:
            end = start + len(needle) - 1
            spans.append(Span(where[start], where[end] + 1))
            start = haystack.find(needle, start + 1)
        if spans:
            break
    return tuple(spans)


def article_from_text(text: str, ref: str, *, cleaner: str = "eval") -> Article:
    """An ``Article`` built straight from text (title = first line), for evaluation and tests."""
    guess = identify_language(text)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Article(
        article_id=article_id_for(text),
        ref=ref,
        title=first,
        text=text,
        lang=guess.lang,
        lang_confidence=guess.confidence,
        cleaner=cleaner,
    )
