"""The report: everything one run produced, as data. Renderers consume only this."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Rejection
from newsprism.model.reconcile import Brief, FigureGroup, SingleSourceClaim
from newsprism.model.stories import Story, StoryAssignment


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryReport:
    """One story with its reconciled figure groups, single-source claims and brief."""

    story: Story
    assignments: tuple[StoryAssignment, ...]
    groups: tuple[FigureGroup, ...] = ()
    single_source: tuple[SingleSourceClaim, ...] = ()
    brief: Brief | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """The result of one run over a set of articles.

    ``skipped_copies`` lists inputs whose clean text was identical to an earlier input's
    (reference of the skipped input, reference of the kept one): they are one article.
    ``rejections`` holds the first rejected inputs of a run (a bound against hostile input);
    ``rejections_omitted`` counts the others.
    """

    engine_version: str
    generated_at: dt.datetime
    stages: tuple[str, ...]
    articles: tuple[AnalyzedArticle, ...]
    rejections: tuple[Rejection, ...]
    stories: tuple[StoryReport, ...]
    skipped_copies: tuple[tuple[str, str], ...] = ()
    rejections_omitted: int = 0
