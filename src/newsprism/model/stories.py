"""Stories (articles grouped into events) and per-article story assignments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsprism.model.ids import ArticleId, StoryId


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryAssignment:
    """Which story an article belongs to, and which article it copies (``None`` if original)."""

    article_id: ArticleId
    story_id: StoryId
    duplicate_of: ArticleId | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """An event reported by one or more articles.

    ``article_ids`` are sorted; ``method`` records the algorithm and its parameters so that a
    report says which code grouped the articles.
    """

    story_id: StoryId
    label: str
    article_ids: tuple[ArticleId, ...]
    languages: tuple[str, ...]
    outlets: tuple[str, ...]
    first_seen: dt.date | None
    last_seen: dt.date | None
    method: str


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryLink:
    """Why an article is in its story: the member it is most strongly linked to, the combined
    score of that pair and what each signal gave (``signals``: name and score units, in a fixed
    order; ``conflict`` and ``time`` are subtracted), and the shared keys that weigh most."""

    article_id: ArticleId
    partner_id: ArticleId
    score: float
    signals: tuple[tuple[str, float], ...]
    shared: tuple[str, ...] = ()
