"""The per-article stages, run as one pure function: clean -> language -> sentences -> figures
-> framing.

Each article is independent of the others, so this is the map step of the pipeline: the local
executor runs it in worker processes, a distributed executor on partitions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsprism.clean.article import clean_article
from newsprism.extract.figures import EXTRACTOR, extract_figures
from newsprism.framing.article import FRAMER, frame_article
from newsprism.lang.identify import identify_language
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article, RawArticle, Rejection
from newsprism.segment.sentences import SPLITTER, split_sentences
from newsprism.settings import DEFAULT_MAX_BYTES, MAX_CHARS_PER_BYTE

#: Longest clean text analysed as one article, by default (see ``Settings.max_chars``).
DEFAULT_MAX_CHARS = DEFAULT_MAX_BYTES // MAX_CHARS_PER_BYTE

#: The per-article stages in order, with their versioned names (recorded in reports).
STAGES: tuple[str, ...] = (
    "clean.text.v1",
    "lang.lingua.v2",
    SPLITTER,
    EXTRACTOR,
    FRAMER,
)


def identify(article: Article) -> Article:
    """Return ``article`` with its language filled in (title and lead decide)."""
    guess = identify_language(f"{article.title}\n{article.text}")
    return dataclasses.replace(article, lang=guess.lang, lang_confidence=round(guess.confidence, 4))


def analyze_article(article: Article, domains: Sequence[str] = ()) -> AnalyzedArticle:
    """Run language identification, sentence splitting, figure extraction (with the domain
    packs ``domains``, see ``Settings.domains``) and framing on a clean article."""
    if article.lang == "unknown" and article.lang_confidence == 0.0:
        article = identify(article)
    sentences = split_sentences(article.text)
    figures = extract_figures(article, sentences, domains=domains)
    analyzed = AnalyzedArticle(article=article, sentences=sentences, figures=figures)
    return dataclasses.replace(analyzed, framing=frame_article(analyzed))


def clean_raw(raw: RawArticle, *, max_chars: int = DEFAULT_MAX_CHARS) -> Article | Rejection:
    """Clean one raw article; no usable text, or a clean text over ``max_chars`` characters
    (work on it would be unbounded: several articles in one file?), is a ``Rejection``."""
    cleaned = clean_article(raw)
    if isinstance(cleaned, Article) and len(cleaned.text) > max_chars:
        return Rejection(
            ref=raw.ref,
            reason=f"the clean text is {len(cleaned.text):,} characters, over the "
            f"{max_chars:,}-character limit for one article (a twentieth of --max-bytes); "
            "split it into articles or raise the limit with --max-bytes",
        )
    return cleaned


def analyze_raw(
    raw: RawArticle, domains: Sequence[str] = (), *, max_chars: int = DEFAULT_MAX_CHARS
) -> AnalyzedArticle | Rejection:
    """Clean and analyse one raw article; a raw article with no usable text is a ``Rejection``."""
    cleaned = clean_raw(raw, max_chars=max_chars)
    if isinstance(cleaned, Rejection):
        return cleaned
    return analyze_article(cleaned, domains)
