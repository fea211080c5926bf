"""PostgreSQL store behaviour beyond the shared contract (tests/contract/test_store.py), on a real
server (tests/pg_server.py): migrations, refusals, and several processes writing at once."""

from __future__ import annotations

import itertools
import multiprocessing
import sys
import time
from pathlib import Path

import numpy as np
import pytest

import pg_writers
from newsprism.errors import BackendUnavailable, SchemaMismatch, StoreError
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article, Rejection, Sentence, Span
from newsprism.model.ids import article_id_for
from newsprism.store import migrations as sqlite_migrations
from newsprism.store.backends import open_store
from newsprism.store.rows import article_row
from newsprism.store.sqlite import SqliteStore

psycopg = pytest.importorskip("psycopg", reason="PostgreSQL tests need the [postgres] extra")

from newsprism.store import postgres_schema  # noqa: E402 - needs psycopg
from newsprism.store.postgres import PostgresStore, display_url  # noqa: E402


def _article(text: str, **fields: object) -> Article:
    values: dict[str, object] = {
        "article_id": article_id_for(text),
        "ref": f"ref-{text[:12]}",
        "title": "Title",
        "text": text,
        "lang": "en",
        "lang_confidence": 0.9,
        "cleaner": "clean.text.v1",
    }
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


def _analysis(article: Article) -> AnalyzedArticle:
    return AnalyzedArticle(article=article, sentences=(Sentence(0, Span(0, len(article.text))),))


def test_postgres_migrations_follow_the_sqlite_versions_one_for_one() -> None:
    pairs = [(m.version, m.name) for m in postgres_schema.MIGRATIONS]
    assert pairs == [(m.version, m.name) for m in sqlite_migrations.MIGRATIONS]


def test_display_url_hides_the_password() -> None:
    shown = display_url("postgresql://ana:s3cret@db.example:5433/news")
    assert shown == "postgresql://ana@db.example:5433/news"


def test_open_store_picks_the_backend_from_the_target(postgres_url: str, tmp_path: Path) -> None:
    with open_store(postgres_url) as store:
        assert isinstance(store, PostgresStore)
        assert store.info()["backend"] == "postgresql"
    with open_store(tmp_path / "news.db") as store:
        assert isinstance(store, SqliteStore)


def test_open_store_without_psycopg_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    monkeypatch.delitem(sys.modules, "newsprism.store.postgres", raising=False)
    with pytest.raises(BackendUnavailable, match=r"pip install 'newsprism\[postgres\]'"):
        open_store("postgresql://localhost/news")


def test_postgres_store_keeps_data_across_connections(postgres_url: str) -> None:
    article = _article("Kept across runs.")
    with PostgresStore(postgres_url) as store:
        store.add_articles([article])
        store.save_embeddings("m", {"k": np.ones(2)})
    with PostgresStore(postgres_url) as store:
        assert list(store.articles()) == [article]
        assert store.info()["schema_version"] == postgres_schema.SCHEMA_VERSION
        assert list(store.load_embeddings("m", ["k"])) == ["k"]


def test_postgres_store_of_the_previous_version_opens_and_keeps_analyses(
    postgres_url: str,
) -> None:
    article = _article("Written by the previous version.")
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        postgres_schema.migrate(conn, label="old", migrations=postgres_schema.MIGRATIONS[:1])
        conn.execute(
            "INSERT INTO articles VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, now(), %s)",
            [*article_row(article, published=None, stored_at=None)[:10], "{}"],
        )
    with pytest.raises(StoreError, match=f"needs {postgres_schema.SCHEMA_VERSION}; open it once"):
        PostgresStore(postgres_url, read_only=True)
    with PostgresStore(postgres_url) as store:
        assert store.info()["schema_version"] == postgres_schema.SCHEMA_VERSION
        assert list(store.analyzed_articles("r")) == [(article, None)]
        store.save_analyses([_analysis(article)], "r")
    with PostgresStore(postgres_url, read_only=True) as reader:
        assert list(reader.analyzed_articles("r")) == [(article, _analysis(article))]


def test_postgres_store_lists_many_analysed_articles_in_pages(postgres_url: str) -> None:
    articles = [_article(f"Article number {n}.") for n in range(2_345)]
    with PostgresStore(postgres_url) as store:
        store.add_articles(articles)
        store.save_analyses((_analysis(a) for a in articles[::2]), "r")
        listed = list(store.analyzed_articles("r"))
    assert [a.article_id for a, _ in listed] == sorted(a.article_id for a in articles)
    assert sum(analyzed is not None for _, analyzed in listed) == len(articles[::2])


def test_postgres_store_lists_many_articles_in_pages(postgres_url: str) -> None:
    articles = [_article(f"Article number {n}.") for n in range(2_345)]
    with PostgresStore(postgres_url) as store:
        assert store.add_articles(articles).added == len(articles)
        listed = [a.article_id for a in store.articles()]
    assert listed == sorted(a.article_id for a in articles)


def test_postgres_store_sorts_ids_by_code_point(postgres_url: str) -> None:
    ids = ["a-b", "aB", "a_b", "ab", "a\u00e9", "A"]
    with PostgresStore(postgres_url) as store:
        store.add_articles([_article(f"Text {i}.", article_id=i) for i in ids])
        assert [a.article_id for a in store.articles()] == sorted(ids)


def test_postgres_store_refuses_nul_in_article_text(postgres_url: str) -> None:
    with PostgresStore(postgres_url) as store:
        with pytest.raises(StoreError, match=r"NUL character .* in its text"):
            store.add_articles([_article("bad\x00text", ref="nul.txt")])
        assert store.count_articles() == 0


def test_postgres_store_keeps_long_and_odd_rejections(postgres_url: str) -> None:
    long_reason = "invalid JSON: " + "x" * 10_000
    with PostgresStore(postgres_url) as store:
        store.add_rejections([Rejection(ref="a.jsonl:3", reason=long_reason)] * 2)
        store.add_rejections([Rejection(ref="b\x00.txt", reason="empty")])
        assert store.rejections() == [
            Rejection(ref="a.jsonl:3", reason=long_reason),
            Rejection(ref="b\\x00.txt", reason="empty"),
        ]


def test_postgres_store_refuses_newer_schema(postgres_url: str) -> None:
    PostgresStore(postgres_url).close()
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (%s, %s, now())",
            (postgres_schema.SCHEMA_VERSION + 1, "from-the-future"),
        )
    with pytest.raises(SchemaMismatch, match="newer newsprism"):
        PostgresStore(postgres_url)
    with pytest.raises(SchemaMismatch, match="newer newsprism"):
        PostgresStore(postgres_url, read_only=True)


def test_postgres_store_refuses_another_programs_database(postgres_url: str) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(StoreError, match="not a newsprism store"):
        PostgresStore(postgres_url)


def test_postgres_store_read_only_reads_and_refuses_writes(postgres_url: str) -> None:
    needs = f"needs {postgres_schema.SCHEMA_VERSION}; open it once for writing"
    with pytest.raises(StoreError, match=needs):
        PostgresStore(postgres_url, read_only=True)
    article = _article("Read me.")
    with PostgresStore(postgres_url) as store:
        store.add_articles([article])
    with PostgresStore(postgres_url, read_only=True) as reader:
        assert list(reader.articles()) == [article]
        assert reader.info()["articles"] == 1
        with pytest.raises(StoreError, match="open read-only"):
            reader.add_articles([_article("Write me.")])


def test_postgres_store_names_an_unreachable_server_without_password() -> None:
    with pytest.raises(
        StoreError, match=r"cannot connect .*postgresql://ana@127\.0\.0\.1:9/"
    ) as err:
        PostgresStore("postgresql://ana:s3cret@127.0.0.1:9/news")
    assert "s3cret" not in str(err.value)


# -- several processes at once (their code is in tests/pg_writers.py: spawned processes import
# it by name) ------------------------------------------------------------------------------------
_WRITERS = 4


def test_postgres_store_takes_concurrent_ingests_from_several_processes(postgres_url: str) -> None:
    start = time.time() + 2.0  # all writers open (and migrate) the new database at once
    context = multiprocessing.get_context("spawn")
    with context.Pool(_WRITERS) as pool:
        counts = pool.starmap(pg_writers.write, [(postgres_url, n, start) for n in range(_WRITERS)])
    assert sum(added for added, _ in counts) == pg_writers.SHARED + _WRITERS * pg_writers.OWN
    assert all(added + skipped == pg_writers.SHARED + pg_writers.OWN for added, skipped in counts)
    with PostgresStore(postgres_url) as store:
        assert store.count_articles() == pg_writers.SHARED + _WRITERS * pg_writers.OWN
        assert store.info()["embeddings"] == 50
        with psycopg.connect(postgres_url) as conn:
            ledger = conn.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()
        assert ledger == [(v,) for v in range(1, postgres_schema.SCHEMA_VERSION + 1)]


def test_postgres_story_lock_lets_one_process_in_at_a_time(postgres_url: str) -> None:
    PostgresStore(postgres_url).close()
    start = time.time() + 1.5
    context = multiprocessing.get_context("spawn")
    with context.Pool(3) as pool:
        spans = sorted(pool.starmap(pg_writers.hold_story_lock, [(postgres_url, start)] * 3))
    for (_, left_at), (entered, _) in itertools.pairwise(spans):
        assert entered >= left_at
