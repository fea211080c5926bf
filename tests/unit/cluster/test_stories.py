"""Tests for cluster.stories: batch clustering, story records, copies, incremental assignment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from newsprism.cluster.embedding import CachedEmbedder, E5Embedder, MemoryEmbeddingCache
from newsprism.cluster.stories import (
    STORY_METHOD,
    StoryParams,
    assign_to_stories,
    cluster_stories,
)
from newsprism.model.article import Article
from newsprism.model.ids import article_id_for

QUAKE = [
    (
        "Magnitude 6.2 quake strikes Mamuju",
        "A magnitude 6.2 earthquake struck Mamuju in West "
        "Sulawesi on Friday, killing 34 people and injuring hundreds, officials said.",
    ),
    (
        "Mamuju earthquake toll rises to 34",
        "The toll of Friday's 6.2 earthquake in Mamuju, West "
        "Sulawesi, rose to 34 dead as rescuers searched collapsed buildings.",
    ),
    (
        "West Sulawesi quake: 34 dead in Mamuju",
        "Rescuers in Mamuju, West Sulawesi, pulled more "
        "bodies from the rubble after the 6.2 earthquake; 34 people were killed.",
    ),
]
FLOOD = [
    (
        "Floods force 5,000 from homes in Semarang",
        "Floods in Semarang forced 5,000 residents to "
        "leave their homes after days of heavy rain, the disaster agency said on Monday.",
    ),
    (
        "Semarang floods displace 5,000",
        "Heavy rain flooded Semarang and displaced 5,000 residents, "
        "the disaster agency reported on Monday as water levels kept rising.",
    ),
]


def _articles(make_article, rows, day: dt.date, outlet: str = "wire") -> list[Article]:
    return [
        make_article(text, title=title, published=day, outlet=f"{outlet}{i}")
        for i, (title, text) in enumerate(rows)
    ]


@pytest.fixture
def corpus(make_article) -> list[Article]:
    return _articles(make_article, QUAKE, dt.date(2021, 1, 15)) + _articles(
        make_article, FLOOD, dt.date(2021, 2, 8), outlet="paper"
    )


def test_cluster_stories_separates_events(corpus, bag_embedder) -> None:
    result = cluster_stories(corpus, bag_embedder)
    groups = sorted(sorted(s.article_ids) for s in result.stories)
    quake = sorted(a.article_id for a in corpus[:3])
    flood = sorted(a.article_id for a in corpus[3:])
    assert groups == sorted([quake, flood])


def test_every_article_in_exactly_one_story(corpus, bag_embedder) -> None:
    result = cluster_stories(corpus, bag_embedder)
    assigned = [a.article_id for a in result.assignments]
    assert sorted(assigned) == sorted(a.article_id for a in corpus)
    members = [a for s in result.stories for a in s.article_ids]
    assert sorted(members) == sorted(assigned)
    by_story = {s.story_id: set(s.article_ids) for s in result.stories}
    assert all(a.article_id in by_story[a.story_id] for a in result.assignments)


def test_story_records_describe_their_articles(corpus, bag_embedder) -> None:
    result = cluster_stories(corpus, bag_embedder)
    flood = next(s for s in result.stories if len(s.article_ids) == 2)
    assert flood.outlets == ("paper0", "paper1")
    assert flood.languages == ("en",)
    assert flood.first_seen == flood.last_seen == dt.date(2021, 2, 8)
    assert flood.label in {title for title, _ in FLOOD}
    assert flood.method.startswith(STORY_METHOD)
    assert flood.article_ids == tuple(sorted(flood.article_ids))
    assert flood.story_id.startswith("s")


def test_same_place_different_dates_stay_apart(make_article, bag_embedder) -> None:
    first = _articles(make_article, FLOOD, dt.date(2021, 2, 8))
    second = _articles(
        make_article,
        [
            (
                "Floods hit Semarang again",
                "Floods returned to Semarang after heavy rain; the disaster "
                "agency said 800 residents left their homes on Thursday.",
            ),
        ],
        dt.date(2021, 11, 25),
        outlet="late",
    )
    result = cluster_stories(first + second, bag_embedder)
    assert len(result.stories) == 2


def test_copies_are_marked_and_kept_in_the_original_story(make_article, bag_embedder) -> None:
    title, text = QUAKE[0]
    body = text + " " + QUAKE[1][1] + " " + QUAKE[2][1]
    original = make_article(body, title=title, published=dt.date(2021, 1, 15))
    copy = make_article("Reprinted: " + body, title=title, published=dt.date(2021, 1, 16))
    result = cluster_stories([copy, original], bag_embedder)
    assert len(result.stories) == 1
    marks = {a.article_id: a.duplicate_of for a in result.assignments}
    assert marks == {original.article_id: None, copy.article_id: original.article_id}


class _PairEmbedder:
    """Two texts at a cosine a little above e5's background (weak evidence alone)."""

    model_name = "fake-pair/v1"

    def embed(self, texts):
        angle = np.arccos(0.805)
        rows = [[1.0, 0.0] if "first" in t else [np.cos(angle), np.sin(angle)] for t in texts]
        return np.asarray(rows, dtype=np.float32)


def test_extra_keys_count_as_evidence(make_article) -> None:
    a = make_article("the first report of the toll")
    b = make_article("a second report of the toll")
    plain = cluster_stories([a, b], _PairEmbedder())
    keys = frozenset({"fig:killed:1383", "place:latakia", "src:sohr"})
    linked = cluster_stories(
        [a, b], _PairEmbedder(), extra_keys={a.article_id: keys, b.article_id: keys}
    )
    assert len(plain.stories) == 2
    assert len(linked.stories) == 1


def test_empty_input_gives_empty_result(bag_embedder) -> None:
    result = cluster_stories([], bag_embedder)
    assert result.stories == ()
    assert result.assignments == ()


def test_params_change_the_recorded_method(corpus, bag_embedder) -> None:
    default = cluster_stories(corpus, bag_embedder).stories[0].method
    other = StoryParams(key_lead_chars=200)
    assert cluster_stories(corpus, bag_embedder, params=other).stories[0].method != default


def test_assign_to_stories_grows_existing_and_opens_new(corpus, make_article, bag_embedder) -> None:
    base = cluster_stories(corpus[:2] + corpus[3:], bag_embedder)
    quake_story = next(s for s in base.stories if corpus[0].article_id in s.article_ids)
    unrelated = make_article(
        "The national football team won the regional championship for the first time.",
        title="Team wins title",
        published=dt.date(2021, 1, 16),
    )
    result = assign_to_stories(
        base.stories, corpus[:2] + corpus[3:], [corpus[2], unrelated], bag_embedder
    )
    by_id = {a.article_id: a.story_id for a in result.assignments}
    assert set(by_id) == {corpus[2].article_id, unrelated.article_id}
    assert by_id[corpus[2].article_id] == quake_story.story_id
    assert by_id[unrelated.article_id] not in {s.story_id for s in base.stories}
    grown = next(s for s in result.stories if s.story_id == quake_story.story_id)
    assert corpus[2].article_id in grown.article_ids
    untouched = [s for s in base.stories if s.story_id != quake_story.story_id]
    assert all(s in result.stories for s in untouched)
    assert len(result.stories) == len(base.stories) + 1


def test_assign_to_stories_reuses_cached_embeddings(corpus, bag_embedder) -> None:
    cached = CachedEmbedder(bag_embedder, MemoryEmbeddingCache())
    base = cluster_stories(corpus[:4], cached)
    calls = len(bag_embedder.calls)
    assign_to_stories(base.stories, corpus[:4], corpus[4:], cached)
    assert len(bag_embedder.calls) == calls + 1


def _example_articles(example_dir: Path) -> list[Article]:
    out = []
    for path in sorted(example_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append(
            Article(
                article_id=article_id_for(text),
                ref=path.name,
                title="",
                text=text,
                lang="id" if "warga" in text else "en",
                lang_confidence=1.0,
                cleaner="test",
            )
        )
    return out


@pytest.mark.slow
def test_example_set_is_one_story_across_languages(example_dir: Path) -> None:
    articles = _example_articles(example_dir)
    result = cluster_stories(articles, E5Embedder())
    assert len(result.stories) == 1
    assert result.stories[0].languages == ("en", "id")
    assert len(result.assignments) == 5
