"""Fixtures for reconciliation tests: hand-built figures, the example set's gold figures, and a
fake embedder (hashed bag of words), so that tests do not depend on the extractor or a model."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsprism.evaluation.reconcile import load_gold_example
from newsprism.model.article import Article, Span
from newsprism.model.figures import (
    Attribution,
    AttributionKind,
    Figure,
    FigureKind,
    Qualifier,
    Quantity,
)
from newsprism.model.ids import ArticleId, FigureId, StoryId, article_id_for, content_hash
from newsprism.model.stories import Story

FigureFactory = Callable[..., Figure]


def fake_embed(texts: Sequence[str], dim: int = 1024) -> np.ndarray:
    """Hashed bag of words (words of 3+ letters), rows L2-normalised."""
    matrix = np.zeros((len(texts), dim))
    for i, text in enumerate(texts):
        for word in re.findall(r"\w+", text.lower()):
            if len(word) >= 3:
                matrix[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % dim] += 1.0
        norm = np.linalg.norm(matrix[i])
        if norm:
            matrix[i] /= norm
    return matrix


@pytest.fixture
def embed() -> Callable[[Sequence[str]], np.ndarray]:
    return fake_embed


def make_article(text: str, ref: str = "a.txt", published: dt.date | None = None) -> Article:
    return Article(
        article_id=article_id_for(text),
        ref=ref,
        title=text.split("\n", 1)[0],
        text=text,
        lang="en",
        lang_confidence=1.0,
        cleaner="test",
        published=published,
    )


def make_story(articles: Sequence[Article], label: str = "Test story") -> Story:
    return Story(
        story_id=StoryId("s-test"),
        label=label,
        article_ids=tuple(sorted(a.article_id for a in articles)),
        languages=("en",),
        outlets=(),
        first_seen=None,
        last_seen=None,
        method="test",
    )


def build_figure(
    article_id: str = "a1",
    *,
    value: int | None = None,
    low: int | None = None,
    high: int | None = None,
    qualifier: Qualifier = Qualifier.EXACT,
    kind: FigureKind = FigureKind.KILLED,
    group: str | None = None,
    place: str | None = None,
    period: str | None = None,
    attribution: AttributionKind = AttributionKind.NONE,
    source: str | None = None,
    sentence_index: int = 0,
    start: int = 0,
    tag: str = "",
    in_headline: bool = False,
    increment: bool = False,
) -> Figure:
    key: list[Any] = [article_id, value, low, high, qualifier, kind, group, place, period]
    key += [attribution, source, sentence_index, start, tag, in_headline, increment]
    return Figure(
        figure_id=FigureId("f" + content_hash(*map(str, key))),
        article_id=ArticleId(article_id),
        lang="en",
        kind=kind,
        quantity=Quantity(value=value, low=low, high=high, qualifier=qualifier),
        group=group,
        place=place,
        period=period,
        attribution=Attribution(
            kind=attribution,
            source=source,
            source_norm=source.lower() if source and attribution is AttributionKind.NAMED else None,
        ),
        evidence=Span(start, start + 1),
        sentence_index=sentence_index,
        extractor="test",
        in_headline=in_headline,
        increment=increment,
    )


@pytest.fixture
def make_figure() -> FigureFactory:
    return build_figure


@pytest.fixture
def example(
    example_dir: Path, example_gold: Path
) -> tuple[tuple[Article, ...], tuple[Figure, ...]]:
    return load_gold_example(example_dir, example_gold)


@pytest.fixture
def example_story(example: tuple[tuple[Article, ...], tuple[Figure, ...]]) -> Story:
    return make_story(example[0], label="Killings on Syria's coast")


@pytest.fixture
def article_factory() -> Callable[..., Article]:
    return make_article


@pytest.fixture
def story_factory() -> Callable[..., Story]:
    return make_story
