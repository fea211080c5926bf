"""Tests for pipeline.stories: stories rebuilt from stored assignments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from newsprism.cluster.embedding import embedding_text
from newsprism.model.article import Article
from newsprism.model.ids import StoryId, article_id_for
from newsprism.model.stories import StoryAssignment
from newsprism.pipeline.stories import stories_from_assignments


class _TableEmbedder:
    """Vectors chosen per title: the central article is the one between the others."""

    model_name = "fake-table/v1"

    def __init__(self, by_title: dict[str, list[float]]) -> None:
        self.by_title = by_title

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = [
            self.by_title[next(t for t in self.by_title if text.startswith(t))] for text in texts
        ]
        array = np.asarray(rows, dtype=np.float32)
        return array / np.linalg.norm(array, axis=1, keepdims=True)


def _article(title: str, day: int) -> Article:
    return Article(
        article_id=article_id_for(title),
        ref=title,
        title=title,
        text=f"{title} body.",
        lang="en",
        lang_confidence=1.0,
        cleaner="test",
        published=dt.date(2025, 3, day),
    )


def test_rebuilt_story_is_labelled_by_its_most_central_article() -> None:
    early = _article("Early partial report", 6)
    central = _article("Coast killings: toll passes 1,000", 8)
    late = _article("Late follow-up", 9)
    embedder = _TableEmbedder(
        {early.title: [1.0, 0.0], central.title: [1.0, 1.0], late.title: [0.0, 1.0]}
    )
    story = StoryId("s1")
    assignments = [
        StoryAssignment(article_id=a.article_id, story_id=story) for a in (late, early, central)
    ]
    (rebuilt,) = stories_from_assignments(assignments, [late, central, early], embedder)
    assert rebuilt.label == central.title
    assert rebuilt.article_ids == tuple(sorted(a.article_id for a in (early, central, late)))
    assert (rebuilt.first_seen, rebuilt.last_seen) == (early.published, late.published)
    assert embedding_text(central).startswith(central.title)
