"""The per-story reduce: cluster articles into stories, then reconcile, find single-source claims
and write the brief of each story."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.brief.build import BRIEF_GENERATOR, build_brief
from newsprism.cluster.disk_cache import open_default_cache
from newsprism.cluster.embedding import (
    CachedEmbedder,
    E5Embedder,
    Embedder,
    EmbeddingCache,
    MemoryEmbeddingCache,
    embedding_text,
)
from newsprism.cluster.explain import explain_links
from newsprism.cluster.labels import story_label
from newsprism.cluster.stories import (
    STORY_METHOD,
    StoryParams,
    StoryResult,
    assign_to_stories,
    cluster_stories,
)
from newsprism.framing.profiles import PROFILER, outlet_profiles, with_single_source
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article
from newsprism.model.figures import AttributionKind
from newsprism.model.framing import ArticleFraming, OutletProfile
from newsprism.model.ids import ArticleId, StoryId
from newsprism.model.report import StoryReport
from newsprism.model.stories import Story, StoryAssignment, StoryLink
from newsprism.reconcile.single_source import find_single_source_claims
from newsprism.reconcile.story import RECONCILER, reconcile_story
from newsprism.store.base import Store

logger = logging.getLogger(__name__)

STORY_STAGES: tuple[str, ...] = (STORY_METHOD, RECONCILER, BRIEF_GENERATOR, PROFILER)
#: The method recorded on stories, batch or stored alike: the clustering's version and the
#: hash of the parameters the product runs with (``StoryParams.method``).
PRODUCT_METHOD = StoryParams().method()

#: ``(stage, n)``: ``n`` more items done in ``stage`` ("embedding" texts, "stories").
StageProgress = Callable[[str, int], None]


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
                method=PRODUCT_METHOD,
            )
        )
    return tuple(stories)


@functools.cache
def _e5() -> E5Embedder:
    # One model per process: loading it costs seconds and ~300 MB; it is immutable.
    return E5Embedder()


class _ReadThroughCache:
    """Vectors read from a store opened read-only; new ones are kept in memory only."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._memory = MemoryEmbeddingCache()

    def load_embeddings(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found = self._memory.load_embeddings(model, keys)
        missing = [k for k in keys if k not in found]
        return {**dict(self._store.load_embeddings(model, missing)), **found}

    def save_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        self._memory.save_embeddings(model, vectors)


@dataclass
class StoryContext:
    """What story-level work needs: an embedder whose vectors are cached (in the store when
    there is one, else in the user's on-disk cache, so no text is embedded twice across runs).

    With ``read_only`` (the web app) nothing is written to the store: new vectors stay in
    memory and articles without a stored story are assigned for this run only.
    """

    store: Store | None = None
    read_only: bool = False
    #: The model that embeds texts not cached yet (a Dask cluster's); ``None``: e5 in process.
    model: Embedder | None = None
    #: Told what the story-level work is doing: ``(stage, n)`` with ``n`` texts embedded or
    #: stories done (``n == 0`` announces a stage).
    progress: StageProgress | None = None
    #: Without a store: keep vectors in the user's on-disk cache (``cluster.disk_cache``).
    disk_cache: bool = True

    @functools.cached_property
    def embedder(self) -> Embedder:
        cache: EmbeddingCache
        if self.store is None:
            cache = (open_default_cache() if self.disk_cache else None) or MemoryEmbeddingCache()
        elif self.read_only:
            cache = _ReadThroughCache(self.store)
        else:
            cache = self.store
        report = self.progress
        return CachedEmbedder(
            self.model or _e5(),
            cache,
            progress=None if report is None else lambda n: report("embedding", n),
        )

    def stage(self, name: str, n: int = 0) -> None:
        """Report ``n`` items done in stage ``name`` (0: the stage starts)."""
        if self.progress is not None:
            self.progress(name, n)

    def update_assignments(
        self, store: Store, analyzed: Sequence[AnalyzedArticle]
    ) -> tuple[StoryAssignment, ...]:
        """Assign stored articles that have no story yet, without re-clustering the others;
        return the new assignments (saved unless ``read_only``).

        ``analyzed`` are the stored articles with their figures: the evidence is the batch
        path's (figure keys included), so a store filled in one ``ingest`` holds the stories a
        batch run of the same articles finds.
        """
        assigned = store.assignments()
        if len(assigned) >= store.count_articles():
            return ()  # every stored article has its story: nothing to read
        done = {a.article_id for a in assigned}
        articles = [a.article for a in analyzed]
        new = [a for a in articles if a.article_id not in done]
        if not new:
            return ()
        keys = figure_keys(analyzed)
        if not assigned:
            result = cluster_stories(articles, self.embedder, extra_keys=keys)
        else:
            existing_articles = [a for a in articles if a.article_id in done]
            stories = stories_from_assignments(assigned, existing_articles, self.embedder)
            result = assign_to_stories(
                stories, existing_articles, new, self.embedder, extra_keys=keys
            )
        fresh = tuple(a for a in result.assignments if a.article_id not in done)
        if not self.read_only:
            store.save_assignments(result.assignments, PRODUCT_METHOD)
        return fresh


def needs_assignment(store: Store) -> bool:
    """Whether some stored article has no story yet."""
    return len(store.assignments()) < store.count_articles()


#: Smallest figure that makes a key: small counts (1 dead, 3 injured) are shared by chance.
MIN_FIGURE_KEY = 10


def figure_keys(analyzed: Sequence[AnalyzedArticle]) -> dict[ArticleId, frozenset[str]]:
    """Evidence for clustering from each article's figures: ``fig:<kind>:<number>`` (the same
    toll stated in two languages) and ``org:<source>`` for the named sources it cites (the
    normalised source key, as in ``cluster.concepts``).

    Parts of a count ("including 4,000 children"), additions ("nine more dead") and figures of
    another event make no key: they are one report's detail, rarely repeated, and as rare keys
    they weigh most in the key cosine, pulling a report away from the others of its event."""
    keys: dict[ArticleId, frozenset[str]] = {}
    for item in analyzed:
        found: set[str] = set()
        for f in item.figures:
            number = f.quantity.value if f.quantity.value is not None else f.quantity.low
            detail = f.part_of is not None or f.increment or f.other_event is not None
            if number is not None and number >= MIN_FIGURE_KEY and not detail:
                found.add(f"fig:{f.kind.value}:{number}")
            if f.attribution.kind is AttributionKind.NAMED and f.attribution.source_norm:
                found.add(f"org:{f.attribution.source_norm}")
        keys[item.article.article_id] = frozenset(found)
    return keys


def cluster(analyzed: Sequence[AnalyzedArticle], context: StoryContext) -> StoryResult:
    """Stories of the analysed articles (from the store's assignments when there is a store,
    after assigning the stored articles that have none)."""
    articles = [a.article for a in analyzed]
    if context.store is not None:
        fresh = context.update_assignments(context.store, analyzed)
        known = {a.article_id for a in fresh}
        stored = [*fresh, *(a for a in context.store.assignments() if a.article_id not in known)]
        wanted = {x.article_id for x in articles}
        assigned = sorted((a for a in stored if a.article_id in wanted), key=lambda a: a.article_id)
        return StoryResult(
            stories=stories_from_assignments(assigned, articles, context.embedder),
            assignments=tuple(assigned),
        )
    return cluster_stories(articles, context.embedder, extra_keys=figure_keys(analyzed))


def build_story_reports(
    analyzed: Sequence[AnalyzedArticle], context: StoryContext, *, explain: bool = False
) -> tuple[StoryReport, ...]:
    """Cluster, then reconcile each story and write its brief (and, with ``explain``, why
    each article is in its story)."""
    if not analyzed:
        return ()
    context.stage("embedding")
    result = cluster(analyzed, context)
    context.stage("stories")
    links: dict[ArticleId, StoryLink] = {}
    if explain:
        found = explain_links(
            result.stories,
            [a.article for a in analyzed],
            context.embedder,
            extra_keys=figure_keys(analyzed),
        )
        links = {link.article_id: link for link in found}
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
        framing = tuple(
            with_single_source(m.framing, claims) for m in members if m.framing is not None
        )
        reports.append(
            StoryReport(
                story=story,
                assignments=assignments,
                groups=groups,
                single_source=claims,
                brief=brief,
                framing=framing,
                profiles=framing_profiles(framing, members),
                links=tuple(links[a] for a in story.article_ids if a in links),
            )
        )
        context.stage("stories", 1)
    return tuple(reports)


def framing_profiles(
    framings: Sequence[ArticleFraming], analyzed: Sequence[AnalyzedArticle]
) -> tuple[OutletProfile, ...]:
    """The outlet profiles over ``framings`` (of articles among ``analyzed``)."""
    return outlet_profiles(framings, {a.article.article_id: len(a.sentences) for a in analyzed})
