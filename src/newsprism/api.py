"""The Python API: ``Engine`` wires settings, store and stages; CLI and web call only this.

>>> from newsprism.api import Engine
>>> report = Engine().analyze(["examples/syria-coast-2025-03"])  # doctest: +SKIP
>>> [s.story.label for s in report.stories]  # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsprism import __version__
from newsprism.errors import InputError
from newsprism.executors.base import Executor
from newsprism.executors.local import LocalExecutor
from newsprism.ingest.sources import iter_inputs
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article, RawArticle, Rejection
from newsprism.model.ids import ArticleId
from newsprism.model.report import Report, StoryReport
from newsprism.pipeline.article import STAGES, analyze_article, analyze_raw, clean_raw, identify
from newsprism.pipeline.recipe import analysis_recipe
from newsprism.pipeline.rejections import RejectionLog
from newsprism.pipeline.stories import (
    STORY_STAGES,
    StoryContext,
    build_story_reports,
    framing_profiles,
    needs_assignment,
)
from newsprism.settings import Settings
from newsprism.store.backends import story_lock
from newsprism.store.base import Store

logger = logging.getLogger(__name__)

#: Told the number of articles done. A callback that also has a ``stage(name, n)`` method (as
#: the CLI's has) is told the story-level stages too: ``("embedding", texts embedded)`` and
#: ``("stories", stories done)``, ``n == 0`` when a stage starts.
Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What ``Engine.ingest`` did: articles added, already present, and rejected inputs (the
    first ``MAX_KEPT_REJECTIONS``; ``rejections_omitted`` counts the others, which the store
    records too)."""

    added: int
    skipped_existing: int
    rejections: tuple[Rejection, ...]
    rejections_omitted: int = 0


def _ref_of_raw(raw: RawArticle) -> str:
    return raw.ref


def _ref_of_article(article: Article) -> str:
    return article.ref


def _clean_and_identify(raw: RawArticle, *, max_chars: int) -> Article | Rejection:
    # Top level, so that a partial of it is picklable for the worker processes.
    cleaned = clean_raw(raw, max_chars=max_chars)
    return cleaned if isinstance(cleaned, Rejection) else identify(cleaned)


class Engine:
    """Runs newsprism over files, folders or a store.

    ``store`` (optional) keeps articles, rejections, embeddings, story assignments and the
    articles' analyses between runs; without one, every run starts from its inputs.
    ``executor`` runs the per-article stages and embeddings (default: ``settings.workers``
    processes on this machine); story clustering and reconciliation run here.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        store: Store | None = None,
        executor: Executor | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.store = store
        self.executor = executor or LocalExecutor(self.settings.workers)

    # -- per-article work -------------------------------------------------------------------

    def read(self, paths: Sequence[Path | str]) -> Iterator[RawArticle | Rejection]:
        """Raw articles and rejected inputs from files and folders, in a stable order.

        Raises ``InputError`` at the first rejection when ``settings.strict`` is set.
        """
        for item in iter_inputs([Path(p) for p in paths], max_bytes=self.settings.max_bytes):
            if isinstance(item, Rejection) and self.settings.strict:
                raise InputError(item.ref, item.reason)
            yield item

    def analyze_articles(
        self, paths: Sequence[Path | str], *, progress: Progress | None = None
    ) -> tuple[list[AnalyzedArticle], list[Rejection], list[tuple[str, str]]]:
        """Clean, identify, split and extract figures from every input article.

        Returns the analysed articles (identical texts kept once), the rejections, and the
        skipped identical copies as ``(skipped ref, kept ref)``.
        """
        log = RejectionLog()
        analyzed, copies = self._analyze_paths(paths, log, progress)
        return analyzed, log.kept, copies

    def iter_analyzed(
        self,
        paths: Sequence[Path | str],
        *,
        progress: Progress | None = None,
        log: RejectionLog | None = None,
        copies: list[tuple[str, str]] | None = None,
    ) -> Iterator[AnalyzedArticle]:
        """Analysed articles of ``paths`` as they come (in input order, identical texts once):
        memory stays flat in the number of articles. Rejections go to ``log`` (the first
        ``MAX_KEPT_REJECTIONS`` kept), skipped copies to ``copies`` as ``(skipped, kept)``."""
        log = log if log is not None else RejectionLog()
        seen: dict[ArticleId, str] = {}
        results = self.executor.map(
            functools.partial(
                analyze_raw, domains=self.settings.domains, max_chars=self.settings.max_chars
            ),
            self._raw_only(self.read(paths), log),
            stage="pipeline.article",
            ref=_ref_of_raw,
            policy=self.settings.on_error,
        )
        for result in results:
            if progress is not None:
                progress(1)
            if isinstance(result, Rejection):
                self._reject(result, log)
                continue
            article_id = result.article.article_id
            if article_id in seen:
                if copies is not None:
                    copies.append((result.article.ref, seen[article_id]))
                continue
            seen[article_id] = result.article.ref
            yield result

    def _analyze_paths(
        self, paths: Sequence[Path | str], log: RejectionLog, progress: Progress | None
    ) -> tuple[list[AnalyzedArticle], list[tuple[str, str]]]:
        copies: list[tuple[str, str]] = []
        analyzed = list(self.iter_analyzed(paths, progress=progress, log=log, copies=copies))
        return analyzed, copies

    def _raw_only(
        self, items: Iterable[RawArticle | Rejection], log: RejectionLog
    ) -> Iterator[RawArticle]:
        for item in items:
            if isinstance(item, Rejection):
                self._reject(item, log)
            else:
                yield item

    def _reject(self, rejection: Rejection, log: RejectionLog) -> None:
        logger.warning("rejected %s: %s", rejection.ref, rejection.reason)
        if self.settings.strict:
            raise InputError(rejection.ref, rejection.reason)
        log.add(rejection)

    # -- store ------------------------------------------------------------------------------

    def ingest(
        self,
        paths: Sequence[Path | str],
        *,
        progress: Progress | None = None,
        assign_stories: bool = True,
    ) -> IngestResult:
        """Add the articles of ``paths`` to the store (idempotent) and record rejections.

        New articles are assigned to the stored stories (or open new ones) without
        re-clustering what is already there, from the same evidence as a batch run (figures
        included); ``assign_stories=False`` leaves that to the next story-level run.
        """
        store = self._require_store()
        # Rejections go to the store in batches as they come: all are recorded, few are held.
        log = RejectionLog(sink=store.add_rejections)
        articles = self.executor.map(
            functools.partial(_clean_and_identify, max_chars=self.settings.max_chars),
            self._raw_only(self.read(paths), log),
            stage="pipeline.ingest",
            ref=_ref_of_raw,
            policy=self.settings.on_error,
        )

        def accepted() -> Iterator[Article]:
            for item in articles:
                if progress is not None:
                    progress(1)
                if isinstance(item, Rejection):
                    self._reject(item, log)
                else:
                    yield item

        try:
            result = store.add_articles(accepted())
        finally:
            log.flush()
        if assign_stories and needs_assignment(store):
            self._update_assignments(store, progress)
        return IngestResult(
            result.added, result.skipped_existing, tuple(log.kept), rejections_omitted=log.omitted
        )

    def stored_articles(
        self, *, progress: Progress | None = None, save: bool = True
    ) -> list[AnalyzedArticle]:
        """Every stored article with its analysis (language, sentences, figures, framing),
        sorted by ``article_id``.

        An analysis that the store keeps for the article, made under this engine's recipe
        (stage versions, domain packs, engine version, code and data: ``pipeline.recipe``), is
        reused; the other articles are analysed, and (``save``) their analyses are stored in
        batches as they come, for the next run. ``save=False`` writes nothing (a store opened
        read-only).
        """
        store = self._require_store()
        recipe = analysis_recipe(self.settings.domains)
        found = list(store.analyzed_articles(recipe.key))
        missing = [article for article, stored in found if stored is None]
        logger.info(
            "%d stored analyses reused, %d articles to analyse",
            len(found) - len(missing),
            len(missing),
        )
        logger.debug("analysis recipe %s: %s", recipe.key, recipe)
        if progress is not None and len(found) > len(missing):
            progress(len(found) - len(missing))
        computed: dict[ArticleId, AnalyzedArticle] = {}

        def analyzed() -> Iterator[AnalyzedArticle]:
            results = self.executor.map(
                functools.partial(analyze_article, domains=self.settings.domains),
                missing,
                stage="pipeline.article",
                ref=_ref_of_article,
                policy="raise",
            )
            for result in results:
                if progress is not None:
                    progress(1)
                if isinstance(result, AnalyzedArticle):
                    computed[result.article.article_id] = result
                    yield result

        if save and missing:
            store.save_analyses(analyzed(), recipe.key)
        else:
            for _ in analyzed():
                pass
        return [
            stored if stored is not None else computed[article.article_id]
            for article, stored in found
            if stored is not None or article.article_id in computed
        ]

    def _story_context(self, store: Store | None, progress: Progress | None = None) -> StoryContext:
        stage = getattr(progress, "stage", None)
        return StoryContext(
            store=store,
            model=self.executor.embedder(),
            progress=stage if callable(stage) else None,
        )

    def _update_assignments(self, store: Store, progress: Progress | None = None) -> None:
        # Under the store's story lock: concurrent ingests (PostgreSQL) assign one at a time.
        with story_lock(store):
            context = self._story_context(store, progress)
            analyzed = self.stored_articles()
            context.stage("embedding")
            context.update_assignments(store, analyzed)

    def _stories(
        self,
        analyzed: Sequence[AnalyzedArticle],
        *,
        explain: bool,
        progress: Progress | None = None,
    ) -> tuple[StoryReport, ...]:
        context = self._story_context(self.store, progress)
        if self.store is None:
            return build_story_reports(analyzed, context, explain=explain)
        with story_lock(self.store):  # unassigned stored articles are assigned here
            return build_story_reports(analyzed, context, explain=explain)

    def _require_store(self) -> Store:
        if self.store is None:
            msg = "this operation needs a store: pass --db FILE (or Engine(store=...))"
            raise ValueError(msg)
        return self.store

    # -- whole runs -------------------------------------------------------------------------

    def stored_report(self) -> Report:
        """The report over every stored article, without writing to the store (the web app
        reads a store opened read-only): stored analyses are reused, and analyses, vectors and
        story assignments that are missing are computed for this report only."""
        store = self._require_store()
        analyzed = self.stored_articles(save=False)
        analyzed.sort(key=lambda a: a.article.ref)
        stories = build_story_reports(analyzed, StoryContext(store=store, read_only=True))
        return Report(
            engine_version=__version__,
            generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            stages=STAGES + STORY_STAGES,
            articles=tuple(analyzed),
            rejections=tuple(store.rejections()),
            stories=stories,
        )

    def analyze(
        self,
        paths: Sequence[Path | str] = (),
        *,
        progress: Progress | None = None,
        with_stories: bool = True,
        explain_stories: bool = False,
    ) -> Report:
        """Run the whole pipeline and return the report.

        With a store, ``paths`` are ingested first and the report covers every stored article.
        ``explain_stories`` adds to each story why each member is in it (``StoryReport.links``).
        """
        rejections: list[Rejection] = []
        omitted = 0
        copies: list[tuple[str, str]] = []
        if self.store is not None:
            if paths:  # stories are assigned once, below, from the analysed articles
                ingested = self.ingest(paths, progress=progress, assign_stories=False)
                rejections.extend(ingested.rejections)
                omitted = ingested.rejections_omitted
            analyzed = self.stored_articles(progress=progress)
        else:
            log = RejectionLog()
            analyzed, copies = self._analyze_paths(paths, log, progress)
            rejections, omitted = log.kept, log.omitted
        analyzed.sort(key=lambda a: a.article.ref)
        stories = (
            self._stories(analyzed, explain=explain_stories, progress=progress)
            if with_stories
            else ()
        )
        report = Report(
            engine_version=__version__,
            generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            stages=STAGES + (STORY_STAGES if with_stories else ()),
            articles=tuple(analyzed),
            rejections=tuple(rejections),
            rejections_omitted=omitted,
            stories=stories,
            skipped_copies=tuple(copies),
        )
        framings = report.framing_of()
        profiles = framing_profiles(
            [framings[a.article.article_id] for a in analyzed if a.article.article_id in framings],
            analyzed,
        )
        return dataclasses.replace(report, profiles=profiles)
