"""Group articles into stories (events), across languages and outlets, and mark copies.

``cluster_stories`` runs the whole batch: embed title + lead (through the given ``Embedder``,
usually a ``CachedEmbedder``), draw name/number keys, find copies (MinHash LSH), gather candidate
pairs (nearest neighbours, shared rare keys, copies), score them with combined relative evidence
(similarity.py) and agglomerate with anti-chaining guards (agglomerate.py).
``assign_to_stories`` adds new articles to existing stories, or opens new ones, scoring only the
pairs that involve a new article.

Determinism: articles are sorted by id before anything else, every random choice has a fixed
seed, and ties break on indices of that order, so a batch gives the same stories whatever the
input order. Story ids are content hashes of their sorted article ids (an existing story keeps
its id when it grows).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from newsprism.cluster.agglomerate import MergeParams, agglomerate
from newsprism.cluster.candidates import BlockingParams, neighbour_pairs, shared_key_pairs
from newsprism.cluster.duplicates import DuplicateParams, article_copy_pairs, copies_from_pairs
from newsprism.cluster.embedding import Embedder
from newsprism.cluster.evidence import Batch, prepare_batch, score_parts, unique_sorted
from newsprism.cluster.labels import story_label
from newsprism.cluster.signals import KEY_LEAD_CHARS
from newsprism.cluster.similarity import ScoreParams
from newsprism.cluster.unionfind import UnionFind
from newsprism.model.article import Article
from newsprism.model.ids import ArticleId, StoryId, content_hash
from newsprism.model.stories import Story, StoryAssignment

STORY_METHOD = "cluster.stories.v4"


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryParams:
    """All tunable parts of story clustering, grouped by stage."""

    blocking: BlockingParams = field(default_factory=BlockingParams)
    scoring: ScoreParams = field(default_factory=ScoreParams)
    merging: MergeParams = field(default_factory=MergeParams)
    duplicates: DuplicateParams = field(default_factory=DuplicateParams)
    key_lead_chars: int = KEY_LEAD_CHARS

    def method(self) -> str:
        """``STORY_METHOD`` plus a hash of these parameters (recorded on each story)."""
        return f"{STORY_METHOD}@{content_hash(repr(self))[:8]}"


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryResult:
    """Stories sorted by id, and one assignment per article sorted by article id."""

    stories: tuple[Story, ...]
    assignments: tuple[StoryAssignment, ...]


def _candidate_pairs(batch: Batch, params: StoryParams) -> set[tuple[int, int]]:
    """Pairs worth scoring: embedding neighbours and pairs sharing a rare key (never all)."""
    pairs = neighbour_pairs(batch.vectors, params.blocking)
    pairs |= shared_key_pairs(batch.keys, params.blocking.max_key_df)
    return pairs


def _agglomerate(
    batch: Batch,
    edges: Sequence[tuple[float, int, int]],
    copy_pairs: Sequence[tuple[int, int, float]],
    params: StoryParams,
    locked: Mapping[str, Sequence[int]] | None = None,
) -> UnionFind:
    return agglomerate(
        batch.vectors,
        batch.background,
        # A story's span runs from the earliest day its reports date the event to: a trial
        # report two years on that names the day of the shooting spans no two years.
        [min(d, default=None) for d in batch.dates]
        if batch.dates
        else [a.published for a in batch.articles],
        edges,
        params.merging,
        forced=[(i, j) for i, j, _ in copy_pairs],
        locked=locked,
    )


def _scored_edges(
    batch: Batch, pairs: set[tuple[int, int]], params: StoryParams
) -> list[tuple[float, int, int]]:
    ordered = sorted(pairs)
    scores = score_parts(batch, ordered, params.scoring).total()
    return [(float(s), i, j) for s, (i, j) in zip(scores, ordered, strict=True)]


def _label(members: Sequence[int], batch: Batch) -> str:
    return story_label([batch.articles[m] for m in members], batch.vectors[list(members)])


def _story(members: Sequence[int], batch: Batch, method: str, story_id: StoryId | None) -> Story:
    articles = [batch.articles[m] for m in members]
    ids = tuple(sorted(a.article_id for a in articles))
    dates = sorted(a.published for a in articles if a.published is not None)
    return Story(
        story_id=story_id or StoryId("s" + content_hash(*ids)),
        label=_label(members, batch),
        article_ids=ids,
        languages=tuple(sorted({a.lang for a in articles})),
        outlets=tuple(sorted({a.outlet for a in articles if a.outlet})),
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        method=method,
    )


def _assignments(
    batch: Batch,
    story_of: Mapping[int, StoryId],
    copies: Mapping[ArticleId, ArticleId],
    only: set[ArticleId] | None = None,
) -> tuple[StoryAssignment, ...]:
    index = {a.article_id: i for i, a in enumerate(batch.articles)}
    out = []
    for i, article in enumerate(batch.articles):
        if only is not None and article.article_id not in only:
            continue
        original = copies.get(article.article_id)
        if original is not None and story_of[index[original]] != story_of[i]:
            original = None  # a copy across locked stories is not recorded as one
        out.append(
            StoryAssignment(
                article_id=article.article_id, story_id=story_of[i], duplicate_of=original
            )
        )
    return tuple(out)


def cluster_stories(
    articles: Sequence[Article],
    embedder: Embedder,
    *,
    params: StoryParams = StoryParams(),
    extra_keys: Mapping[ArticleId, frozenset[str]] | None = None,
) -> StoryResult:
    """Group ``articles`` into stories; every article lands in exactly one story.

    ``extra_keys`` adds evidence keys per article from earlier stages (e.g.
    ``"fig:killed:1383"``, entity keys); they count like shared names.
    """
    batch = prepare_batch(unique_sorted(articles), embedder, extra_keys, params.key_lead_chars)
    if not batch.articles:
        return StoryResult(stories=(), assignments=())
    dup_pairs = article_copy_pairs(batch.articles, params.duplicates)
    copies = copies_from_pairs(batch.articles, dup_pairs)
    edges = _scored_edges(batch, _candidate_pairs(batch, params), params)
    uf = _agglomerate(batch, edges, dup_pairs, params)
    return _result(batch, uf, copies, params.method())


def _result(
    batch: Batch,
    uf: UnionFind,
    copies: Mapping[ArticleId, ArticleId],
    method: str,
    *,
    keep_ids: Mapping[ArticleId, StoryId] | None = None,
    existing: Mapping[StoryId, Story] | None = None,
    only: set[ArticleId] | None = None,
) -> StoryResult:
    stories: dict[StoryId, Story] = dict(existing or {})
    story_of: dict[int, StoryId] = {}
    for group in uf.groups():
        old = None
        if keep_ids:
            old = next(
                (
                    keep_ids[batch.articles[m].article_id]
                    for m in group
                    if batch.articles[m].article_id in keep_ids
                ),
                None,
            )
        if (
            old is not None
            and only is not None
            and not any(batch.articles[m].article_id in only for m in group)
        ):
            story = stories[old]  # untouched existing story stays exactly as it was
        else:
            story = _story(group, batch, method, old)
            if old is not None:
                story = dataclasses.replace(story, method=stories[old].method)
        stories[story.story_id] = story
        for m in group:
            story_of[m] = story.story_id
    return StoryResult(
        stories=tuple(stories[k] for k in sorted(stories)),
        assignments=_assignments(batch, story_of, copies, only),
    )


def assign_to_stories(
    existing: Sequence[Story],
    existing_articles: Sequence[Article],
    new: Sequence[Article],
    embedder: Embedder,
    *,
    params: StoryParams = StoryParams(),
    extra_keys: Mapping[ArticleId, frozenset[str]] | None = None,
) -> StoryResult:
    """Add ``new`` articles to ``existing`` stories or open new stories for them.

    Existing stories are never split or merged with each other; only pairs that involve a new
    article are scored. Returns every story after the update (grown ones keep their id) and one
    assignment per new article (articles already in ``existing_articles`` are ignored).
    """
    in_story = {a for s in existing for a in s.article_ids}
    existing_articles = [a for a in existing_articles if a.article_id in in_story]
    known = {a.article_id for a in existing_articles}
    fresh = [a for a in new if a.article_id not in known]
    batch = prepare_batch(
        unique_sorted([*existing_articles, *fresh]), embedder, extra_keys, params.key_lead_chars
    )
    index = {a.article_id: i for i, a in enumerate(batch.articles)}
    new_ids = {a.article_id for a in fresh}
    is_new = np.array([a.article_id in new_ids for a in batch.articles], dtype=bool)

    dup_pairs = [
        p
        for p in article_copy_pairs(batch.articles, params.duplicates)
        if is_new[p[0]] or is_new[p[1]]
    ]
    copies = copies_from_pairs(batch.articles, dup_pairs)
    pairs = {p for p in _candidate_pairs(batch, params) if is_new[p[0]] or is_new[p[1]]}
    edges = _scored_edges(batch, pairs, params)

    locked: dict[str, list[int]] = {
        str(s.story_id): [index[a] for a in s.article_ids if a in index] for s in existing
    }
    uf = _agglomerate(batch, edges, dup_pairs, params, locked)
    keep_ids = {a: s.story_id for s in existing for a in s.article_ids}
    return _result(
        batch,
        uf,
        copies,
        params.method(),
        keep_ids=keep_ids,
        existing={s.story_id: s for s in existing},
        only=new_ids,
    )
