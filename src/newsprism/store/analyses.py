"""Stored analyses: what the per-article stages found in an article (its sentences, figures and
framing), kept in the store so that a later run does not analyse the article again.

Every SQL store keeps them in one table, ``analyses (article_id, recipe, analysis)``: one row
per article, made under the recipe ``recipe`` (``pipeline.recipe.Recipe.key``: stage versions,
domain packs, engine version, code and data), replaced when an article is analysed under
another one. ``analysis`` is JSON (msgspec, typed by the model's dataclasses; never pickle: a
store can be shared, and reading it must not run code), zlib-compressed (about a fifth of the
JSON; the article's text, already in ``articles``, is left out).

A row that cannot be read back (damaged, written by a newer newsprism, not this article's) is
treated as missing: logged, and the article is analysed again.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

import msgspec

from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article, Sentence
from newsprism.model.figures import Figure
from newsprism.model.framing import ArticleFraming
from newsprism.store.rows import article_from_row

logger = logging.getLogger(__name__)

#: The most bytes a stored analysis may inflate to before it is refused as damaged (a guard
#: against a compression bomb in a shared store). The analysis of a 1,000,000-character article
#: (the default limit) is a few MB of JSON. Guess, with a wide margin.
MAX_ANALYSIS_BYTES = 256 * 1024 * 1024

#: zlib level: 6 (the default) packs an analysis to about a fifth in 0.1 ms. Measured on the
#: example set.
_LEVEL = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class _Stored:
    """What is stored of an ``AnalyzedArticle``: all but the article, which has its own row
    (only its language is kept, which the analysis fills in when the row has none)."""

    lang: str
    lang_confidence: float
    sentences: tuple[Sentence, ...]
    figures: tuple[Figure, ...]
    framing: ArticleFraming | None


#: The columns that ``analysis_from_row`` reads, from ``ANALYSED_FROM``.
ANALYSED_COLUMNS = (
    "a.article_id, a.ref, a.title, a.text, a.lang, a.lang_confidence, a.cleaner, a.url, "
    "a.outlet, a.published, s.analysis"
)
#: Every article with its analysis under one recipe (the backend's placeholder fills ``{}``).
ANALYSED_FROM = "articles a LEFT JOIN analyses s ON s.article_id = a.article_id AND s.recipe = {}"

_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(_Stored)


class UnreadableAnalysis(ValueError):
    """A stored analysis that cannot be decoded into the article's analysis."""


def encode_analysis(analyzed: AnalyzedArticle) -> bytes:
    """The stored form of ``analyzed`` (compressed JSON, without the article's own fields)."""
    stored = _Stored(
        lang=analyzed.article.lang,
        lang_confidence=analyzed.article.lang_confidence,
        sentences=analyzed.sentences,
        figures=analyzed.figures,
        framing=analyzed.framing,
    )
    return zlib.compress(_ENCODER.encode(stored), _LEVEL)


def decode_analysis(
    data: bytes, article: Article, *, max_bytes: int = MAX_ANALYSIS_BYTES
) -> AnalyzedArticle:
    """The analysis of ``article`` stored as ``data`` (see ``encode_analysis``).

    Raises ``UnreadableAnalysis`` when ``data`` is not such an analysis (or inflates past
    ``max_bytes``), or not ``article``'s.
    """
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(data, max_bytes)
    except zlib.error as exc:
        msg = f"not compressed JSON: {exc}"
        raise UnreadableAnalysis(msg) from exc
    if inflater.unconsumed_tail:
        msg = f"it inflates past {max_bytes:,} bytes"
        raise UnreadableAnalysis(msg)
    if not inflater.eof:
        msg = "it is cut short"
        raise UnreadableAnalysis(msg)
    try:
        # Raises ValidationError (a DecodeError) for a field of the wrong type, and for a
        # record that its own checks refuse (a span that ends before it starts).
        stored = _DECODER.decode(text)
    except msgspec.DecodeError as exc:
        raise UnreadableAnalysis(str(exc)) from exc
    owners = {figure.article_id for figure in stored.figures}
    if stored.framing is not None:
        owners.add(stored.framing.article_id)
    if owners - {article.article_id}:
        msg = f"it holds figures or framing of article(s) {', '.join(sorted(owners))}"
        raise UnreadableAnalysis(msg)
    if (stored.lang, stored.lang_confidence) != (article.lang, article.lang_confidence):
        article = replace(article, lang=stored.lang, lang_confidence=stored.lang_confidence)
    return AnalyzedArticle(
        article=article, sentences=stored.sentences, figures=stored.figures, framing=stored.framing
    )


def read_analysis(data: object, article: Article, *, label: str) -> AnalyzedArticle | None:
    """The analysis of ``article`` stored as ``data``; ``None`` when there is none (``data`` is
    ``None``) or it cannot be read (logged as a warning naming ``label``, the store)."""
    if data is None:
        return None
    try:
        if not isinstance(data, bytes | bytearray | memoryview):
            msg = f"a {type(data).__name__}, not bytes"
            raise UnreadableAnalysis(msg)
        return decode_analysis(bytes(data), article)
    except UnreadableAnalysis as exc:
        logger.warning(
            "%s: the stored analysis of article %s (%s) cannot be read (%s); analysing it again",
            label,
            article.article_id,
            article.ref,
            exc,
            extra={"article_id": article.article_id},
        )
        return None


def analysis_from_row(
    row: Sequence[object], *, label: str
) -> tuple[Article, AnalyzedArticle | None]:
    """The article of a row of ``ANALYSED_COLUMNS`` (the article's columns, then the stored
    analysis or ``NULL``), with that analysis when it can be read (see ``read_analysis``)."""
    article = article_from_row(row[:-1])
    return article, read_analysis(row[-1], article, label=label)


__all__ = [
    "ANALYSED_COLUMNS",
    "ANALYSED_FROM",
    "MAX_ANALYSIS_BYTES",
    "UnreadableAnalysis",
    "analysis_from_row",
    "decode_analysis",
    "encode_analysis",
    "read_analysis",
]
