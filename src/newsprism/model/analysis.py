"""The per-article result that stages pass along."""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.model.article import Article, Sentence
from newsprism.model.figures import Figure
from newsprism.model.framing import ArticleFraming


@dataclass(frozen=True, slots=True, kw_only=True)
class AnalyzedArticle:
    """An article with its sentences, extracted figures and framing profile."""

    article: Article
    sentences: tuple[Sentence, ...]
    figures: tuple[Figure, ...] = ()
    framing: ArticleFraming | None = None
