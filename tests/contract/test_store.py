"""The Store contract, run over every implementation: MemoryStore, SqliteStore and PostgresStore
(on a real server, see tests/pg_server.py)."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.errors import SchemaMismatch, StoreError
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article, Rejection, Sentence, Span
from newsprism.model.figures import (
    Attribution,
    AttributionKind,
    Figure,
    FigureKind,
    Qualifier,
    Quantity,
)
from newsprism.model.framing import ArticleFraming, AttributionMix, SentenceOpinion
from newsprism.model.ids import ArticleId, FigureId, StoryId, article_id_for, content_hash
from newsprism.model.stories import StoryAssignment
from newsprism.store.base import AddResult, Store
from newsprism.store.memory import MemoryStore
from newsprism.store.migrations import MIGRATIONS, SCHEMA_VERSION, migrate
from newsprism.store.rows import article_row
from newsprism.store.sqlite import SqliteStore

BATCH = 4


def _article(text: str, **fields: object) -> Article:
    values: dict[str, object] = {
        "article_id": article_id_for(text),
        "ref": f"ref-{text[:10]}",
        "title": "Title",
        "text": text,
        "lang": "en",
        "lang_confidence": 0.93,
        "cleaner": "clean.text.v1",
    }
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    opened: Store
    if request.param == "memory":
        opened = MemoryStore(batch_size=BATCH)
    elif request.param == "sqlite":
        opened = SqliteStore(tmp_path / "news.db", batch_size=BATCH)
    else:
        from newsprism.store.postgres import PostgresStore

        opened = PostgresStore(request.getfixturevalue("postgres_url"), batch_size=BATCH)
    with opened:
        yield opened


def test_store_round_trips_articles_unchanged(store: Store) -> None:
    articles = [
        _article("Fire kills 3.", url="http://x", outlet="X", published=dt.date(2025, 3, 9)),
        _article("Café, Suriah \u2014 1.383 warga sipil.\n\nBaris kedua."),
    ]
    assert store.add_articles(articles) == AddResult(added=2, skipped_existing=0)
    assert list(store.articles()) == sorted(articles, key=lambda a: a.article_id)
    assert store.count_articles() == 2


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    # Any text but NUL (U+0000), which PostgreSQL cannot store and clean text never holds
    # (see tests/unit/store/test_postgres.py for how it is refused).
    text=st.text(
        st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
        min_size=1,
        max_size=300,
    ),
    title=st.text(
        st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=50
    ),
    confidence=st.floats(min_value=0.0, max_value=1.0),
    published=st.none() | st.dates(),
)
def test_store_round_trips_generated_articles(
    store: Store, text: str, title: str, confidence: float, published: dt.date | None
) -> None:
    # The store outlives examples: an id over every field keeps examples apart.
    key = content_hash(text, title, repr(confidence), repr(published))
    article = _article(
        text,
        article_id=ArticleId("a" + key),
        title=title,
        lang_confidence=confidence,
        published=published,
    )
    store.add_articles([article])
    assert list(store.articles([article.article_id])) == [article]


def test_store_add_articles_is_idempotent(store: Store) -> None:
    articles = [_article(f"Article {n}.") for n in range(10)]
    store.add_articles(articles)
    again = store.add_articles([*articles, articles[0]])
    assert again == AddResult(added=0, skipped_existing=11)
    assert store.count_articles() == 10


def test_store_add_articles_counts_duplicates_in_one_call(store: Store) -> None:
    article = _article("Same.")
    assert store.add_articles([article, article]) == AddResult(added=1, skipped_existing=1)


def test_store_keeps_committed_batches_when_input_fails(store: Store) -> None:
    earlier = [_article(f"Earlier {n}.") for n in range(3)]
    store.add_articles(earlier)

    def failing() -> Iterator[Article]:
        for n in range(2 * BATCH + 2):
            yield _article(f"New {n}.")
        message = "reader crashed"
        raise RuntimeError(message)

    with pytest.raises(RuntimeError, match="reader crashed"):
        store.add_articles(failing())
    # Two whole batches were committed; the batch in progress was dropped whole.
    assert store.count_articles() == 3 + 2 * BATCH
    stored = {a.article_id for a in store.articles()}
    assert {a.article_id for a in earlier} <= stored


def test_store_articles_selects_ids_sorted(store: Store) -> None:
    articles = [_article(f"Article {n}.") for n in range(6)]
    store.add_articles(articles)
    wanted = [articles[4].article_id, articles[1].article_id, ArticleId("a-unknown")]
    found = [a.article_id for a in store.articles(wanted)]
    assert found == sorted(wanted[:2])


def test_store_rejections_are_deduplicated_and_sorted(store: Store) -> None:
    store.add_rejections(
        [
            Rejection(ref="b.txt", reason="empty file"),
            Rejection(ref="a.txt", reason="binary content"),
            Rejection(ref="b.txt", reason="empty file"),
        ]
    )
    store.add_rejections([Rejection(ref="a.txt", reason="binary content")])
    assert store.rejections() == [
        Rejection(ref="a.txt", reason="binary content"),
        Rejection(ref="b.txt", reason="empty file"),
    ]


def test_store_embeddings_round_trip_as_float32(store: Store) -> None:
    vectors = {"k1": np.array([0.25, -1.5, 3.0]), "k2": np.arange(4, dtype=np.float32)}
    store.save_embeddings("e5-small", vectors)
    loaded = store.load_embeddings("e5-small", ["k1", "k2", "missing"])
    assert sorted(loaded) == ["k1", "k2"]
    assert loaded["k1"].dtype == np.float32
    np.testing.assert_array_equal(loaded["k1"], np.array([0.25, -1.5, 3.0], dtype=np.float32))
    assert store.load_embeddings("other-model", ["k1"]) == {}


def test_store_embeddings_replace_existing_key(store: Store) -> None:
    store.save_embeddings("m", {"k": np.zeros(2)})
    store.save_embeddings("m", {"k": np.ones(3)})
    np.testing.assert_array_equal(store.load_embeddings("m", ["k"])["k"], np.ones(3))


def test_store_assignments_upsert_per_article(store: Store) -> None:
    first, second = _article("One."), _article("Two.")
    store.add_articles([first, second])
    store.save_assignments(
        [
            StoryAssignment(article_id=first.article_id, story_id=StoryId("s1")),
            StoryAssignment(
                article_id=second.article_id,
                story_id=StoryId("s1"),
                duplicate_of=first.article_id,
            ),
        ],
        "cluster.stories.v1",
    )
    store.save_assignments(
        [StoryAssignment(article_id=first.article_id, story_id=StoryId("s2"))], "v2"
    )
    assert store.assignments() == sorted(
        [
            StoryAssignment(article_id=first.article_id, story_id=StoryId("s2")),
            StoryAssignment(
                article_id=second.article_id,
                story_id=StoryId("s1"),
                duplicate_of=first.article_id,
            ),
        ],
        key=lambda a: a.article_id,
    )


def test_store_assignment_of_unknown_article_raises(store: Store) -> None:
    with pytest.raises(StoreError, match="not stored"):
        store.save_assignments(
            [StoryAssignment(article_id=ArticleId("a-missing"), story_id=StoryId("s"))], "m"
        )
    assert store.assignments() == []


def test_store_info_reports_counts(store: Store) -> None:
    store.add_articles([_article("One.")])
    store.add_rejections([Rejection(ref="x", reason="y")])
    info = store.info()
    assert info["schema_version"] == SCHEMA_VERSION
    assert (info["articles"], info["rejections"], info["embeddings"]) == (1, 1, 0)


def _analysis(article: Article, killed: int) -> AnalyzedArticle:
    """A hand-made analysis of ``article``: one sentence, one figure, a framing profile."""
    whole = Span(0, len(article.text))
    figure = Figure(
        figure_id=FigureId(f"{article.article_id}-f0"),
        article_id=article.article_id,
        lang=article.lang,
        kind=FigureKind.KILLED,
        quantity=Quantity(value=killed, low=killed, high=killed, qualifier=Qualifier.EXACT),
        group="civilians",
        place=None,
        period=None,
        attribution=Attribution(kind=AttributionKind.NAMED, source="SOHR", source_norm="sohr"),
        evidence=whole,
        sentence_index=0,
        extractor="extract.figures.v6",
    )
    framing = ArticleFraming(
        article_id=article.article_id,
        outlet="X",
        opinion=0.125,
        sentences=(SentenceOpinion(sentence=0, span=whole, opinion=0.125),),
        signals=(),
        attribution_mix=AttributionMix(named=1),
        method="framing.signals.v1",
    )
    return AnalyzedArticle(
        article=article, sentences=(Sentence(0, whole),), figures=(figure,), framing=framing
    )


def test_store_analyses_read_back_under_their_recipe_only(store: Store) -> None:
    articles = sorted((_article(f"Fire kills {n}.") for n in range(3)), key=lambda a: a.article_id)
    store.add_articles(articles)
    saved = [_analysis(articles[0], 3), _analysis(articles[2], 5)]
    store.save_analyses(saved, "r1:one")
    assert list(store.analyzed_articles("r1:one")) == [
        (articles[0], saved[0]),
        (articles[1], None),
        (articles[2], saved[1]),
    ]
    assert list(store.analyzed_articles("r1:two")) == [(a, None) for a in articles]
    assert store.info()["analyses"] == 2


def test_store_analysis_is_replaced_under_another_recipe(store: Store) -> None:
    article = _article("Fire kills 3.")
    store.add_articles([article])
    store.save_analyses([_analysis(article, 3)], "r1:old")
    store.save_analyses([_analysis(article, 4)], "r1:new")
    assert list(store.analyzed_articles("r1:old")) == [(article, None)]
    assert list(store.analyzed_articles("r1:new")) == [(article, _analysis(article, 4))]
    assert store.info()["analyses"] == 1


def test_store_analysis_of_unknown_article_raises(store: Store) -> None:
    known, unknown = _article("Stored."), _article("Never stored.")
    store.add_articles([known])
    with pytest.raises(StoreError, match="not stored"):
        store.save_analyses([_analysis(known, 1), _analysis(unknown, 2)], "r")
    assert list(store.analyzed_articles("r")) == [(known, None)]


def test_store_keeps_committed_analysis_batches_when_input_fails(store: Store) -> None:
    articles = [_article(f"Article {n}.") for n in range(2 * BATCH + 2)]
    store.add_articles(articles)

    def failing() -> Iterator[AnalyzedArticle]:
        for article in articles:
            yield _analysis(article, 1)
        message = "analysis crashed"
        raise RuntimeError(message)

    with pytest.raises(RuntimeError, match="analysis crashed"):
        store.save_analyses(failing(), "r")
    kept = sum(1 for _, analyzed in store.analyzed_articles("r") if analyzed is not None)
    assert kept == 2 * BATCH


def _damage_analysis(store: Store, article_id: ArticleId, data: bytes) -> None:
    """Overwrite a stored analysis behind the store's back (a damaged or hostile file)."""
    if isinstance(store, SqliteStore):
        with contextlib.closing(sqlite3.connect(store.path)) as conn, conn:
            conn.execute(
                "UPDATE analyses SET analysis = ? WHERE article_id = ?", (data, article_id)
            )
    elif isinstance(store, MemoryStore):
        pytest.skip("the memory store holds no bytes that another program could damage")
    else:
        import psycopg

        with psycopg.connect(store.url, autocommit=True) as conn:  # type: ignore[attr-defined]
            conn.execute(
                "UPDATE analyses SET analysis = %s WHERE article_id = %s", (data, article_id)
            )


def test_store_treats_a_damaged_analysis_as_missing(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    good, bad = sorted((_article("Fire kills 3."), _article("Flood.")), key=lambda a: a.article_id)
    store.add_articles([good, bad])
    store.save_analyses([_analysis(good, 3), _analysis(bad, 1)], "r")
    _damage_analysis(store, bad.article_id, b"\x80\x04\x95 not an analysis")
    assert list(store.analyzed_articles("r")) == [(good, _analysis(good, 3)), (bad, None)]
    assert f"the stored analysis of article {bad.article_id} (ref-Flood.) cannot be read" in (
        caplog.text
    )


# -- SQLite only: files, WAL, migrations -------------------------------------------------------


def test_sqlite_store_of_the_previous_version_opens_and_keeps_analyses(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    article = _article("Written by the previous version.")
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        migrate(conn, label="old.db", migrations=MIGRATIONS[:1])  # the schema before analyses
        conn.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            article_row(article, published=None, stored_at="2025-03-09T00:00:00+00:00"),
        )
    with SqliteStore(path) as store:
        assert store.info()["schema_version"] == SCHEMA_VERSION
        assert list(store.analyzed_articles("r")) == [(article, None)]
        store.save_analyses([_analysis(article, 7)], "r")
    with SqliteStore(path, read_only=True) as reader:
        assert list(reader.analyzed_articles("r")) == [(article, _analysis(article, 7))]


def test_sqlite_store_reopens_wal_database(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    article = _article("Kept across runs.")
    with SqliteStore(path) as store:
        store.add_articles([article])
        store.save_embeddings("m", {"k": np.ones(2)})
    with SqliteStore(path) as store:
        assert list(store.articles()) == [article]
        assert store.info()["schema_version"] == SCHEMA_VERSION
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_sqlite_store_sees_writes_of_another_connection(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with SqliteStore(path) as writer, SqliteStore(path) as reader:
        writer.add_articles([_article("Shared.")])
        assert reader.count_articles() == 1


def test_sqlite_store_refuses_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    SqliteStore(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (SCHEMA_VERSION + 1, "from-the-future", "2030-01-01"),
        )
    conn.close()
    with pytest.raises(SchemaMismatch, match="newer newsprism"):
        SqliteStore(path)


def test_sqlite_store_rejects_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.db"):
        SqliteStore(path)


def test_sqlite_store_rejects_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.close()
    with pytest.raises(StoreError, match="not a newsprism store"):
        SqliteStore(path)


def test_sqlite_store_rejects_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        SqliteStore(tmp_path / "missing" / "news.db")


def test_sqlite_store_read_only_reads_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    article = _article("Read me.")
    with SqliteStore(path) as store:
        store.add_articles([article])
    with SqliteStore(path, read_only=True) as reader:
        assert list(reader.articles()) == [article]
        with pytest.raises(StoreError, match="open read-only"):
            reader.add_articles([_article("Write me.")])


def test_sqlite_store_read_only_needs_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        SqliteStore(tmp_path / "none.db", read_only=True)
    assert not (tmp_path / "none.db").exists()
