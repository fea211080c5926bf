"""Runs over a store analyse only the articles that have no stored analysis under the engine's
recipe, and give what a run that analyses everything gives (Engine.stored_articles).

The articles analysed are counted by the executor (the port every per-article stage runs
through), not by patching the analysis.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

import pytest

from newsprism.api import Engine
from newsprism.executors.local import LocalExecutor
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Rejection
from newsprism.model.report import Report
from newsprism.pipeline.executor import ErrorPolicy
from newsprism.settings import Settings
from newsprism.store.sqlite import SqliteStore
from support import WordHashEmbedder

T = TypeVar("T")
R = TypeVar("R")

EXAMPLE_DIR = Path(__file__).resolve().parents[3] / "examples" / "syria-coast-2025-03"
GUN_VIOLENCE = ("gun-violence",)


class CountingExecutor(LocalExecutor):
    """The local executor (one process), counting the items each stage is run on; with
    ``stop_after``, a run interrupted (Ctrl-C) after that many per-article results."""

    def __init__(self, stop_after: int | None = None) -> None:
        super().__init__(1)
        self.items: Counter[str] = Counter()
        self.stop_after = stop_after

    def map(
        self,
        func: Callable[[T], R | Rejection],
        items: Iterable[T],
        *,
        stage: str,
        ref: Callable[[T], str],
        policy: ErrorPolicy = "record",
    ) -> Iterator[R | Rejection]:
        for n, result in enumerate(
            super().map(func, self._count(items, stage), stage=stage, ref=ref, policy=policy)
        ):
            if stage == "pipeline.article" and n == self.stop_after:
                raise KeyboardInterrupt
            yield result

    def _count(self, items: Iterable[T], stage: str) -> Iterator[T]:
        for item in items:
            self.items[stage] += 1
            yield item


@pytest.fixture(autouse=True)
def _quick_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsprism.pipeline.stories._e5", WordHashEmbedder)


def _run(
    db: Path,
    paths: Sequence[Path] = (),
    *,
    domains: tuple[str, ...] = (),
    executor: CountingExecutor | None = None,
) -> tuple[Report, int]:
    """``analyze --db db paths``: the report, and how many articles were analysed."""
    executor = executor or CountingExecutor()
    with SqliteStore(db) as store:
        report = Engine(Settings(workers=1, domains=domains), store, executor).analyze(paths)
    return report, executor.items["pipeline.article"]


def _batch(domains: tuple[str, ...] = ()) -> list[AnalyzedArticle]:
    analyzed, _, _ = Engine(Settings(workers=1, domains=domains)).analyze_articles([EXAMPLE_DIR])
    return sorted(analyzed, key=lambda a: a.article.ref)


def _stories(report: Report) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.story.label, s.story.article_ids) for s in report.stories]


def test_second_run_reuses_every_stored_analysis(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    first, analysed_first = _run(db, [EXAMPLE_DIR])
    again, analysed_again = _run(db, [EXAMPLE_DIR])
    from_store, analysed_store_only = _run(db)
    assert (analysed_first, analysed_again, analysed_store_only) == (5, 0, 0)
    assert list(first.articles) == list(again.articles) == list(from_store.articles) == _batch()
    assert _stories(first) == _stories(again) == _stories(from_store)
    assert first.profiles == again.profiles


def test_changed_recipe_recomputes_and_replaces(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    _run(db, [EXAMPLE_DIR])
    with_domain, analysed = _run(db, domains=GUN_VIOLENCE)
    assert analysed == 5  # other domain packs: another recipe
    assert list(with_domain.articles) == _batch(GUN_VIOLENCE)
    assert _run(db, domains=GUN_VIOLENCE)[1] == 0
    without, analysed_back = _run(db)
    assert analysed_back == 5  # the gun-violence analyses replaced the first ones
    assert list(without.articles) == _batch()


def test_read_only_report_reuses_stored_analyses_and_writes_none(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with SqliteStore(db) as store:
        Engine(Settings(workers=1), store).ingest([EXAMPLE_DIR], assign_stories=False)
    counting = CountingExecutor()
    with SqliteStore(db, read_only=True) as reader:
        report = Engine(Settings(workers=1), reader, counting).stored_report()
    assert counting.items["pipeline.article"] == 5
    assert sorted(report.articles, key=lambda a: a.article.ref) == _batch()
    with SqliteStore(db) as store:
        assert store.info()["analyses"] == 0
    _run(db)  # a run that writes
    counting = CountingExecutor()
    with SqliteStore(db, read_only=True) as reader:
        again = Engine(Settings(workers=1), reader, counting).stored_report()
    assert counting.items["pipeline.article"] == 0
    assert list(again.articles) == list(report.articles)


def test_ingest_stores_the_analyses_it_assigns_stories_with(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with SqliteStore(db) as store:
        Engine(Settings(workers=1), store).ingest([EXAMPLE_DIR])
        assert store.info()["analyses"] == 5
    assert _run(db)[1] == 0


def test_damaged_stored_analysis_is_analysed_again_and_replaced(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "news.db"
    _run(db, [EXAMPLE_DIR])
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        (victim,) = conn.execute("SELECT article_id FROM analyses LIMIT 1").fetchone()
        conn.execute("UPDATE analyses SET analysis = x'00ff' WHERE article_id = ?", (victim,))
    with caplog.at_level(logging.WARNING, logger="newsprism"):
        report, analysed = _run(db)
    assert analysed == 1
    assert f"stored analysis of article {victim}" in caplog.text
    assert list(report.articles) == _batch()
    assert _run(db)[1] == 0


def test_interrupted_run_keeps_the_analyses_of_whole_batches(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with SqliteStore(db) as store:
        Engine(Settings(workers=1), store).ingest([EXAMPLE_DIR], assign_stories=False)
    with SqliteStore(db, batch_size=2) as store, pytest.raises(KeyboardInterrupt):
        Engine(Settings(workers=1), store, CountingExecutor(stop_after=3)).stored_articles()
    with SqliteStore(db) as store:
        assert store.info()["analyses"] == 2  # one whole batch; the batch in progress dropped
    report, analysed = _run(db)
    assert analysed == 3
    assert list(report.articles) == _batch()


def test_progress_counts_reused_and_analysed_articles(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    _run(db, [EXAMPLE_DIR])
    done: list[int] = []
    with SqliteStore(db) as store:
        Engine(Settings(workers=1), store, CountingExecutor()).stored_articles(progress=done.append)
    assert sum(done) == 5
