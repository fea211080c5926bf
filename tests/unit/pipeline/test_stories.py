"""Tests for pipeline.stories: stories rebuilt from stored assignments."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newsprism.api import Engine
from newsprism.cluster.embedding import CachedEmbedder, MemoryEmbeddingCache, embedding_text
from newsprism.cluster.stories import StoryResult
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article
from newsprism.model.ids import StoryId, article_id_for
from newsprism.model.stories import StoryAssignment
from newsprism.pipeline.stories import (
    StoryContext,
    build_story_reports,
    cluster,
    figure_keys,
    stories_from_assignments,
)
from newsprism.settings import Settings
from newsprism.store.base import Store
from newsprism.store.memory import MemoryStore
from support import WordHashEmbedder


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


EXAMPLE_DIR = Path(__file__).resolve().parents[3] / "examples" / "syria-coast-2025-03"


def _analyzed() -> list[AnalyzedArticle]:
    analyzed, _, _ = Engine(Settings(workers=1)).analyze_articles([EXAMPLE_DIR])
    return sorted(analyzed, key=lambda a: a.article.ref)


def _context(store: Store | None) -> StoryContext:
    context = StoryContext(store=store)
    cache = store if store is not None else MemoryEmbeddingCache()
    context.embedder = CachedEmbedder(WordHashEmbedder(), cache)  # type: ignore[misc]
    return context


def _stories(result: StoryResult) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(s.story_id, s.label, s.article_ids) for s in result.stories}


def test_store_path_gives_the_batch_stories_with_figure_keys() -> None:
    analyzed = _analyzed()
    batch = cluster(analyzed, _context(None))
    store = MemoryStore()
    store.add_articles(a.article for a in analyzed)
    stored = cluster(analyzed, _context(store))
    assert _stories(stored) == _stories(batch)
    assert sorted(store.assignments(), key=lambda a: a.article_id) == sorted(
        batch.assignments, key=lambda a: a.article_id
    )


def test_figure_keys_carry_tolls_and_named_sources() -> None:
    keys = figure_keys(_analyzed())
    everything = set().union(*keys.values())
    assert "fig:killed:1383" in everything
    assert "org:sohr" in everything
    assert not any(k.startswith("fig:") and k.endswith(":1") for k in everything)


def test_parts_additions_and_other_events_make_no_figure_key() -> None:
    analyzed = _analyzed()[0]
    toll = next(f for f in analyzed.figures if (f.quantity.value or 0) >= 10)
    details = [
        dataclasses.replace(toll, quantity=dataclasses.replace(toll.quantity, value=4000), **extra)
        for extra in (
            {"part_of": toll.figure_id},
            {"increment": True},
            {"other_event": "the 2015 earthquake"},
        )
    ]
    item = dataclasses.replace(analyzed, figures=(toll, *details))
    (keys,) = figure_keys([item]).values()
    assert f"fig:{toll.kind.value}:{toll.quantity.value}" in keys
    assert not any(k.endswith(":4000") for k in keys)


def test_explained_links_add_up_to_their_scores() -> None:
    analyzed = _analyzed()
    reports = build_story_reports(analyzed, _context(None), explain=True)
    linked = [link for item in reports for link in item.links]
    in_stories = [
        a for item in reports if len(item.story.article_ids) > 1 for a in item.story.article_ids
    ]
    assert sorted(link.article_id for link in linked) == sorted(in_stories)
    for link in linked:
        signals = dict(link.signals)
        total = signals["embedding"] + signals["keys"] + signals["signature"]
        total -= signals["conflict"] + signals["time"]
        assert abs(total - link.score) < 0.01
        assert link.partner_id != link.article_id


def test_ingest_then_analyze_from_the_store_gives_the_batch_stories(monkeypatch) -> None:
    monkeypatch.setattr("newsprism.pipeline.stories._e5", WordHashEmbedder)
    batch = Engine(Settings(workers=1)).analyze([EXAMPLE_DIR])
    store = MemoryStore()
    engine = Engine(Settings(workers=1), store=store)
    engine.ingest([EXAMPLE_DIR])
    assigned = {(a.article_id, a.story_id) for a in store.assignments()}
    stored = engine.analyze()

    def stories(report) -> set[tuple[str, str, tuple[str, ...]]]:
        return {(s.story.story_id, s.story.label, s.story.article_ids) for s in report.stories}

    assert stories(stored) == stories(batch)
    assert assigned == {(a.article_id, a.story_id) for s in batch.stories for a in s.assignments}
