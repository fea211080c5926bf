"""The per-story reduce: cluster articles into stories, then reconcile, find single-source claims
and write the brief of each story."""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsprism.brief.build import build_brief
from newsprism.cluster.embedding import (
    CachedEmbedder,
    E5Embedder,
    Embedder,
    MemoryEmbeddingCache,
    embedding_text,
)
from newsprism.cluster.labels import story_label
from newsprism.cluster.stories import (
    STORY_METHOD,
    StoryResult,
    assign_to_stories,
    cluster_stories,
)
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article
from newsprism.model.ids import ArticleId, StoryId
from newsprism.model.report import StoryReport
from newsprism.model.stories import Story, StoryAssignment
from newsprism.reconcile.single_source import find_single_source_claims
from newsprism.reconcile.story import RECONCILER, reconcile_story
from newsprism.store.base import Store

logger = logging.getLogger(__name__)

STORY_STAGES: tuple[str, ...] = (STORY_METHOD, RECONCILER, "brief.template.v1")


def stories_from_assignments(
    assignments: Sequence[StoryAssignment], articles: Sequence[Article], embedder: Embedder
) -> tuple[Story, ...]:
    """Rebuild the stored stories from their assignments (the store keeps assignments only).

    Labels are chosen as in a batch run (the most central article's title); the vectors come
    from ``embedder``, whose cache normally holds them already.
    """
    by_id = {a.article_id: a for a in articles}
    members: dict[StoryId, list[Article]] = {}
    for assignment in assignments:
        if assignment.article_id in by_id:
            members.setdefault(assignment.story_id, []).append(by_id[assignment.article_id])
    groups = [(k, sorted(v, key=lambda a: a.article_id)) for k, v in sorted(members.items())]
    flat = [a for _, group in groups for a in group]
    vectors = embedder.embed([embedding_text(a) for a in flat]) if flat else None
    stories = []
    offset = 0
    for story_id, group in groups:
        rows = vectors[offset : offset + len(group)] if vectors is not None else None
        offset += len(group)
        dates = sorted(a.published for a in group if a.published is not None)
        stories.append(
            Story(
                story_id=story_id,
                label=story_label(group, rows) if rows is not None else "",
                article_ids=tuple(a.article_id for a in group),
                languages=tuple(sorted({a.lang for a in group})),
                outlets=tuple(sorted({a.outlet for a in group if a.outlet})),
                first_seen=dates[0] if dates else None,
                last_seen=dates[-1] if dates else None,
                method=STORY_METHOD,
            )
        )
    return tuple(stories)


@functools.cache
def _e5() -> E5Embedder:
    # One model per process: loading it costs seconds and ~300 MB; it is immutable.
    return E5Embedder()


@dataclass
class StoryContext:
    """What story-level work needs: an embedder whose vectors are cached (in the store when
    there is one, so no text is embedded twice across runs)."""

    store: Store | None = None
    #: The model that embeds texts not cached yet (a Dask cluster's); ``None``: e5 in process.
    model: Embedder | None = None

    @functools.cached_property
    def embedder(self) -> Embedder:
        cache = self.store if self.store is not None else MemoryEmbeddingCache()
        return CachedEmbedder(self.model or _e5(), cache)

    def update_assignments(self, store: Store) -> None:
        """Assign stored articles that have no story yet, without re-clustering the others."""
        assigned = store.assignments()
        if len(assigned) >= store.count_articles():
            return  # every stored article has its story: nothing to read
        done = {a.article_id for a in assigned}
        articles = list(store.articles())
        new = [a for a in articles if a.article_id not in done]
        if not new:
            return
        if not assigned:
            result = cluster_stories(articles, self.embedder)
        else:
            existing_articles = [a for a in articles if a.article_id in done]
            stories = stories_from_assignments(assigned, existing_articles, self.embedder)
            result = assign_to_stories(stories, existing_articles, new, self.embedder)
        store.save_assignments(result.assignments, STORY_METHOD)


def _figure_keys(analyzed: Sequence[AnalyzedArticle]) -> dict[ArticleId, frozenset[str]]:
    """Shared-figure evidence for clustering: ``fig:<kind>:<number>`` per article."""
    keys: dict[ArticleId, frozenset[str]] = {}
    for item in analyzed:
        numbers = {
            f"fig:{f.kind.value}:{f.quantity.value if f.quantity.value is not None else f.quantity.low}"
            for f in item.figures
            if (f.quantity.value or f.quantity.low or 0) >= 10
        }
        keys[item.article.article_id] = frozenset(numbers)
    return keys


def cluster(analyzed: Sequence[AnalyzedArticle], context: StoryContext) -> StoryResult:
    """Stories of the analysed articles (from the store's assignments when there is a store)."""
    articles = [a.article for a in analyzed]
    if context.store is not None:
        context.update_assignments(context.store)
        wanted = {x.article_id for x in articles}
        assigned = [a for a in context.store.assignments() if a.article_id in wanted]
        return StoryResult(
            stories=stories_from_assignments(assigned, articles, context.embedder),
            assignments=tuple(assigned),
        )
    return cluster_stories(articles, context.embedder, extra_keys=_figure_keys(analyzed))


def build_story_reports(
    analyzed: Sequence[AnalyzedArticle], context: StoryContext
) -> tuple[StoryReport, ...]:
    """Cluster, then reconcile each story and write its brief."""
    if not analyzed:
        return ()
    result = cluster(analyzed, context)
    by_id: Mapping[ArticleId, AnalyzedArticle] = {a.article.article_id: a for a in analyzed}
    by_story: dict[str, list[StoryAssignment]] = {}
    for assignment in result.assignments:
        by_story.setdefault(assignment.story_id, []).append(assignment)
    reports: list[StoryReport] = []
    for story in result.stories:
        members = [by_id[a] for a in story.article_ids if a in by_id]
        articles: list[Article] = [m.article for m in members]
        figures = [f for m in members for f in m.figures]
        assignments = tuple(by_story.get(story.story_id, ()))
        groups = reconcile_story(story, articles, figures, assignments)
        claims = find_single_source_claims(
            story,
            articles,
            {m.article.article_id: m.sentences for m in members},
            figures,
            context.embedder.embed,
            assignments=assignments,
        )
        brief = build_brief(story, articles, groups, claims)
        reports.append(
            StoryReport(
                story=story,
                assignments=assignments,
                groups=groups,
                single_source=claims,
                brief=brief,
            )
        )
    return tuple(reports)
