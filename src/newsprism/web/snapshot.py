"""What the web app shows: the report of a store, as report.json, with lookups by id.

``StoreSnapshots`` opens the store read-only, builds the report through ``Engine`` and keeps
it until the store changes (another process may ingest meanwhile: SQLite's WAL lets it write
while the app reads). Nothing here writes to the store.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.api import Engine
from newsprism.model.report import Report
from newsprism.report.records import report_to_json
from newsprism.settings import Settings
from newsprism.store.sqlite import SqliteStore

JsonDict = dict[str, Any]

#: Seconds between two looks at whether the store changed (a cheap count query each).
CHECK_INTERVAL_S = 5.0


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One report, as report.json (with article texts), and its records by id."""

    report: JsonDict
    stories: dict[str, JsonDict] = field(default_factory=dict)
    articles: dict[str, JsonDict] = field(default_factory=dict)
    story_of_article: dict[str, str] = field(default_factory=dict)
    article_of_figure: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, report: Report) -> Snapshot:
        """The snapshot of a report (the web app's view of it)."""
        data = report_to_json(report, with_text=True)
        stories = {s["story"]: s for s in data["stories"]}
        articles = {a["article_id"]: a for a in data["articles"]}
        story_of = {a: s["story"] for s in data["stories"] for a in s["article_ids"]}
        return cls(
            report=data,
            stories=stories,
            articles=articles,
            story_of_article=story_of,
            article_of_figure={f["figure_id"]: f["article_id"] for f in data["figures"]},
        )

    def figures_of(self, article: JsonDict) -> list[JsonDict]:
        """The figures of an article, in text order."""
        return [f for f in self.report["figures"] if f["article_id"] == article["article_id"]]


class StoreSnapshots:
    """Snapshots of the store at ``db``, rebuilt when its contents change.

    ``build`` turns an open (read-only) store into a report; the default runs
    ``Engine.stored_report`` with ``settings`` (with the domain packs the store was filled
    with, its stored analyses are reused; default: ``workers`` processes, no domain pack).
    Thread-safe: requests that arrive during a rebuild wait for it.
    """

    def __init__(
        self,
        db: Path,
        *,
        workers: int = 1,
        settings: Settings | None = None,
        build: Callable[[SqliteStore], Report] | None = None,
    ) -> None:
        self.db = db
        engine_settings = settings or Settings(workers=workers)
        self._build = build or (lambda store: Engine(engine_settings, store).stored_report())
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._version: tuple[object, ...] | None = None
        self._checked = 0.0

    def _store_version(self, store: SqliteStore) -> tuple[object, ...]:
        return tuple(sorted(store.info().items()))

    def current(self) -> Snapshot:
        """The snapshot of the store as it is now (rebuilt at most once per change)."""
        with self._lock:
            if self._snapshot is not None and time.monotonic() - self._checked < CHECK_INTERVAL_S:
                return self._snapshot
            with SqliteStore(self.db, read_only=True) as store:
                version = self._store_version(store)
                if self._snapshot is None or version != self._version:
                    self._snapshot = Snapshot.of(self._build(store))
                    self._version = version
            self._checked = time.monotonic()
            return self._snapshot


class FixedSnapshots:
    """Always the same snapshot (a report built elsewhere; tests and ``analyze`` output)."""

    def __init__(self, report: Report) -> None:
        self._snapshot = Snapshot.of(report)

    def current(self) -> Snapshot:
        return self._snapshot
