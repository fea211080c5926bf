"""The report: everything one run produced, as data. Renderers consume only this."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Rejection
from newsprism.model.framing import ArticleFraming, OutletProfile
from newsprism.model.ids import ArticleId
from newsprism.model.reconcile import Brief, FigureGroup, SingleSourceClaim
from newsprism.model.stories import Story, StoryAssignment, StoryLink


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryReport:
    """One story with its reconciled figure groups, single-source claims and brief.

    ``framing`` holds its articles' framing profiles with the story's single-source claims
    added as signals; ``profiles`` the framing of each outlet over the story's articles.
    """

    story: Story
    assignments: tuple[StoryAssignment, ...]
    groups: tuple[FigureGroup, ...] = ()
    single_source: tuple[SingleSourceClaim, ...] = ()
    brief: Brief | None = None
    framing: tuple[ArticleFraming, ...] = ()
    profiles: tuple[OutletProfile, ...] = ()
    #: Why each member is in the story (``newsprism stories --explain``); empty unless asked.
    links: tuple[StoryLink, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """The result of one run over a set of articles.

    ``skipped_copies`` lists inputs whose clean text was identical to an earlier input's
    (reference of the skipped input, reference of the kept one): they are one article.
    ``profiles`` holds the framing profile of each outlet over all its articles.
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
    profiles: tuple[OutletProfile, ...] = ()

    def framing_of(self) -> dict[ArticleId, ArticleFraming]:
        """Each article's framing by article id: its story's version (with single-source
        signals) when it is in a story, else its own."""
        out = {a.article.article_id: a.framing for a in self.articles if a.framing is not None}
        for item in self.stories:
            out.update((f.article_id, f) for f in item.framing)
        return out
