"""The per-article result that stages pass along."""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.model.article import Article, Sentence
from newsprism.model.figures import Figure


@dataclass(frozen=True, slots=True, kw_only=True)
class AnalyzedArticle:
    """An article with its sentences and extracted figures."""

    article: Article
    sentences: tuple[Sentence, ...]
    figures: tuple[Figure, ...] = ()
