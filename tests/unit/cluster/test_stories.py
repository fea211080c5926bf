"""Tests for cluster.stories: batch clustering, story records, copies, incremental assignment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from newsprism.cluster.agglomerate import MergeParams
from newsprism.cluster.embedding import CachedEmbedder, E5Embedder, MemoryEmbeddingCache
from newsprism.cluster.similarity import ScoreParams
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


SHOOTING = [
    (
        "Boy, 3, killed in Steamboat Springs shooting",
        "Gavin Stiles, 3, was shot and killed at his home in Steamboat Springs on Sunday, the "
        "Routt County sheriff said. Investigators believe the boy found a handgun in a closet.",
    ),
    (
        "Sheriff names Steamboat Springs boy killed by gun",
        "The Routt County sheriff identified the boy who died on Sunday as Gavin Stiles, 3. He "
        "found a loaded handgun in a bedroom closet at the family home in Steamboat Springs.",
    ),
]
FOLLOW_UP = (
    "No charges after Gavin Stiles shooting",
    "Prosecutors will not charge the parents of Gavin Stiles, 3, who found a loaded handgun in "
    "a closet at the family home in Steamboat Springs and was killed, the Routt County "
    "district attorney said on Tuesday.",
)
OTHER_SHOOTING = (
    "Man wounded in Steamboat Springs shooting",
    "A 34-year-old man was wounded on Saturday in a shooting outside a bar in Steamboat "
    "Springs; the Routt County sheriff said a suspect, Dale Ortega, was arrested nearby.",
)


class _TopicEmbedder:
    """Texts naming ``topic`` at cosine ``cosine`` to each other, every other pair at 0.75 (e5's
    unrelated news): each text is a shared part, a topic part when it names the topic, and its
    own part."""

    model_name = "fake-topic/v1"

    def __init__(self, topic: str, cosine: float) -> None:
        self.topic = topic
        self.cosine = cosine

    def embed(self, texts):
        rows = np.zeros((len(texts), len(texts) + 2), dtype=np.float64)
        for k, text in enumerate(texts):
            rows[k, 0] = np.sqrt(0.75)
            topical = self.cosine - 0.75 if self.topic in text else 0.0
            rows[k, 1] = np.sqrt(topical)
            rows[k, k + 2] = np.sqrt(1 - 0.75 - topical)
        return rows.astype(np.float32)


def _news(make_article) -> list[Article]:
    """Unrelated articles, so that a batch has a background like a real one."""
    return [
        make_article(f"Council {n} approved the budget for road repairs.", title=f"Budget {n}")
        for n in ("Alder", "Birch", "Cedar", "Dover", "Elm", "Fir", "Grove", "Hale")
    ]


def _story_of(result, article: Article) -> set[str]:
    story = next(a.story_id for a in result.assignments if a.article_id == article.article_id)
    return {a.article_id for a in result.assignments if a.story_id == story}


def test_follow_up_sharing_the_victims_name_joins_months_later(make_article) -> None:
    reports = _articles(make_article, SHOOTING, dt.date(2016, 3, 6))
    follow_up = _articles(make_article, [FOLLOW_UP], dt.date(2016, 6, 7), outlet="later")
    batch = reports + follow_up + _news(make_article)
    # A cosine e5 often gives reports of one event: enough with the victim's name when
    # months apart, not without it.
    embedder = _TopicEmbedder("Stiles", cosine=0.85)
    stiles = {a.article_id for a in reports + follow_up}
    assert _story_of(cluster_stories(batch, embedder), reports[0]) == stiles
    no_bridge = StoryParams(scoring=ScoreParams(bridge_names=99))
    apart = cluster_stories(batch, embedder, params=no_bridge)
    assert _story_of(apart, reports[0]) == stiles - {follow_up[0].article_id}


def test_same_city_shootings_a_week_apart_stay_apart(make_article) -> None:
    reports = _articles(make_article, SHOOTING, dt.date(2016, 3, 6))
    other = _articles(make_article, [OTHER_SHOOTING], dt.date(2016, 3, 13), outlet="other")
    # A local outlet's week: the town and county are in most of its news.
    local = [
        make_article(
            f"The Routt County board approved the {n} plan for Steamboat Springs on Monday.",
            title=f"Steamboat Springs {n} plan",
            published=dt.date(2016, 3, 7),
        )
        for n in ("parking", "trail", "library", "water", "housing", "school")
    ]
    # The shooting reports mention the sheriff: a cosine e5 gives same-topic news (0.80).
    embedder = _TopicEmbedder("sheriff", cosine=0.80)
    result = cluster_stories(reports + other + local + _news(make_article), embedder)
    assert _story_of(result, other[0]) == {other[0].article_id}
    assert _story_of(result, reports[0]) == {a.article_id for a in reports}


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


QUAKE_REPORTS = [
    (
        "en",
        "Myanmar earthquake: toll rises to 1,644",
        "The earthquake near Mandalay killed 1,644 people, Myanmar's junta said.",
    ),
    (
        "fr",
        "Séisme en Birmanie : 1 644 morts",
        "Le séisme près de Mandalay a fait 1 644 morts, selon la junte birmane.",
    ),
    (
        "tr",
        "Myanmar'daki depremde ölü sayısı 1.644'e yükseldi",
        "Mandalay yakınlarındaki depremde 1.644 kişi öldü.",
    ),
    ("ar", "زلزال ميانمار: 1644 قتيلا", "ارتفع عدد ضحايا الزلزال في ماندالاي إلى 1644 قتيلا."),
]
QUAKE_ELSEWHERE = (
    "id",
    "Gempa Cianjur: 272 orang meninggal",
    "Gempa di Cianjur, Indonesia, menewaskan 272 orang, kata BNPB.",
)


def _lang_articles(make_article, rows, published=None) -> list[Article]:
    return [
        make_article(text, title=title, lang=lang, outlet=f"{lang}{n}", published=published)
        for n, (lang, title, text) in enumerate(rows)
    ]


class _AnyTopicEmbedder(_TopicEmbedder):
    """``_TopicEmbedder`` whose topic is any of several spellings (one event in several
    scripts: e5 places such reports a little above unrelated news, as across languages)."""

    def __init__(self, topics: tuple[str, ...], cosine: float) -> None:
        super().__init__("", cosine)
        self.topics = topics

    def embed(self, texts):
        marked = ["\x00" + t if any(m in t for m in self.topics) else t for t in texts]
        self.topic = "\x00"
        return super().embed(marked)


#: The toll as each language writes it: e5 gives such cross-lingual reports about 0.80.
QUAKE_EMBEDDER = _AnyTopicEmbedder(("1,644", "1 644", "1.644", "1644"), cosine=0.80)


def test_one_event_across_languages_and_scripts_is_one_story(make_article) -> None:
    reports = _lang_articles(make_article, QUAKE_REPORTS)
    elsewhere = _lang_articles(make_article, [QUAKE_ELSEWHERE])
    result = cluster_stories(reports + elsewhere + _news(make_article), QUAKE_EMBEDDER)
    assert _story_of(result, reports[0]) == {a.article_id for a in reports}
    assert _story_of(result, elsewhere[0]) == {elsewhere[0].article_id}


def test_same_type_same_place_a_year_apart_are_two_stories(make_article, bag_embedder) -> None:
    older = _lang_articles(
        make_article,
        [
            (
                "en",
                "Semarang floods: 5,000 displaced",
                "Floods in Semarang, Indonesia, in February 2023 forced 5,000 from their homes.",
            ),
            (
                "fr",
                "Inondations à Semarang",
                "Les inondations de février 2023 à Semarang, en Indonésie, ont chassé 5 000 habitants.",
            ),
        ],
    )
    newer = _lang_articles(
        make_article,
        [
            (
                "id",
                "Banjir Semarang 2024: 800 mengungsi",
                "Banjir melanda Semarang, Indonesia, pada Maret 2024; 800 warga mengungsi.",
            ),
            (
                "de",
                "Hochwasser in Semarang",
                "Hochwasser in Semarang, Indonesien, im März 2024: 800 Menschen verließen ihre Häuser.",
            ),
        ],
    )
    result = cluster_stories(older + newer + _news(make_article), bag_embedder)
    assert _story_of(result, older[0]) == {a.article_id for a in older}
    assert _story_of(result, newer[0]) == {a.article_id for a in newer}


def test_follow_up_weeks_later_stays_in_its_story(make_article) -> None:
    first = _lang_articles(make_article, QUAKE_REPORTS[:2], dt.date(2025, 3, 30))
    later = _lang_articles(make_article, QUAKE_REPORTS[2:], dt.date(2025, 4, 20))
    result = cluster_stories(first + later + _news(make_article), QUAKE_EMBEDDER)
    assert _story_of(result, first[0]) == {a.article_id for a in first + later}


def test_label_is_the_most_central_title_not_the_earliest(make_article) -> None:
    early = make_article("Early partial report body.", title="Early", published=dt.date(2025, 3, 6))
    central = make_article("Central report body.", title="Central", published=dt.date(2025, 3, 8))
    late = make_article("Late follow-up body.", title="Late", published=dt.date(2025, 3, 9))

    class _Fixed:
        model_name = "fake-fixed/v1"

        def embed(self, texts):
            table = {"Early": [1.0, 0.2], "Central": [1.0, 1.0], "Late": [0.2, 1.0]}
            rows = np.asarray([table[t.split("\n")[0]] for t in texts], dtype=np.float32)
            return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    result = cluster_stories(
        [late, early, central],
        _Fixed(),
        params=StoryParams(merging=MergeParams(threshold=-99.0, min_average_z=-99.0)),
    )
    (story,) = result.stories
    assert story.label == "Central"
