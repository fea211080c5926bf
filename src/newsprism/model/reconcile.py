"""Reconciled figures of a story, single-source claims and the cited brief.

A ``FigureGroup`` gathers the figures of one story that count the same thing (kind and victim
scope); its ``Estimate`` keeps UCDP's low/best/high shape and says, in ``rule``, how each number
was chosen. Nothing here is averaged: every figure behind a group stays listed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from newsprism.model.article import Span
from newsprism.model.figures import Attribution, AttributionKind, FigureKind, Qualifier
from newsprism.model.ids import ArticleId, FigureId, StoryId

#: The scope of a group that counts everyone of its kind in the story.
TOTAL_SCOPE = "total"
#: The scope of a group of figures that count several incidents, a roundup ("3 dead, 22
#: wounded in weekend shootings", see ``Figure.incidents``): neither the story's total nor a
#: part of it, so it has no parent and no group has it as parent.
SEVERAL_INCIDENTS_SCOPE = "several incidents"
#: Scopes with no parent, shown as their key rather than a victim group's wording.
ROOT_SCOPES = frozenset({TOTAL_SCOPE, SEVERAL_INCIDENTS_SCOPE})


class Agreement(StrEnum):
    """How the figures of a group relate.

    ``single``: one independent origin; ``agree``: every figure allows the same number and they
    state the same number; ``overlap``: every figure allows a common number but they state
    different numbers (lower bounds that rose, "600+" and "over 1,000"); ``conflict``: at least
    two figures cannot both be true.
    """

    SINGLE = "single"
    AGREE = "agree"
    OVERLAP = "overlap"
    CONFLICT = "conflict"


class ConflictReason(StrEnum):
    """Why two figures of a group (or a subset and its superset) disagree."""

    DIFFERENT_TIME = "different_time"
    DIFFERENT_SCOPE = "different_scope"
    DIFFERENT_ORIGIN = "different_origin"
    CONTRADICTION = "contradiction"


@dataclass(frozen=True, slots=True, kw_only=True)
class Origin:
    """An originating source of figures in a group, separate from the outlets that printed it.

    ``key`` is shared by every figure from the same origin: the normalised source name for named
    sources; for anonymous, vague and unattributed figures it is tied to the (original, non-copy)
    article, since nothing shows that two unnamed sources are the same. ``repeats`` is the key
    of a named origin this one most likely repeats (same number stated), in which case it does not
    count as independent (``independent`` is false).
    """

    key: str
    label: str
    kind: AttributionKind
    article_ids: tuple[ArticleId, ...]
    figure_ids: tuple[FigureId, ...]
    independent: bool = True
    repeats: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Estimate:
    """UCDP-style low/best/high, and the rule that chose them, in words.

    ``best_figure_id`` is the figure the best number comes from, so that renderers can word it
    as stated ("over 1,000").
    """

    low: int | None
    best: int | None
    high: int | None
    rule: str
    best_figure_id: FigureId | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelinePoint:
    """One figure of one origin at one date (``None`` when the article carries no date).

    ``low``/``high`` are the bounds the figure's wording allows (``None``: unbounded), ``value``
    the number as stated (or the bound a magnitude word implies), ``qualifier`` its hedge.
    """

    origin: str
    date: dt.date | None
    figure_id: FigureId
    article_id: ArticleId
    low: int | None
    value: int | None
    high: int | None
    qualifier: Qualifier = Qualifier.EXACT


@dataclass(frozen=True, slots=True, kw_only=True)
class Conflict:
    """A disagreement between figures, labelled with its most likely explanation.

    ``consistent`` is true when the figures' bounds still allow one common number (they differ
    but can both be true, e.g. two lower bounds); ``other_group_id`` is set when the disagreement
    is with another group (a subset figure larger than its superset's best estimate).
    """

    figure_ids: tuple[FigureId, ...]
    origins: tuple[str, ...]
    reason: ConflictReason
    consistent: bool
    note: str
    other_group_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureGroup:
    """Figures of one story about the same thing, with their reconciled estimate.

    ``scope`` is ``"total"`` for the story's overall count of ``kind``, otherwise the normalised
    victim group ("civilians", "alawite civilians", "security forces"); ``parent_group_id`` is the
    group of the enclosing scope (civilians -> total) when the story has one. ``label`` is a
    readable name of the scope. ``n_articles`` counts articles (copies included);
    ``n_origins`` counts independent origins. ``derived_from`` is empty for a group of stated
    figures; a derived group (injured = people shot less the killed, see
    ``newsprism.reconcile.derived``) names its source groups there, and its figures are theirs.
    """

    group_id: str
    story_id: StoryId
    kind: FigureKind
    scope: str
    label: str
    place: str | None
    period: str | None
    figure_ids: tuple[FigureId, ...]
    article_ids: tuple[ArticleId, ...]
    n_articles: int
    n_origins: int
    origins: tuple[Origin, ...]
    estimate: Estimate
    agreement: Agreement
    timeline: tuple[TimelinePoint, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    parent_group_id: str | None = None
    method: str = ""
    derived_from: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class SingleSourceClaim:
    """A sentence whose content no other (non-copy) article of the story supports.

    ``support`` is the similarity of the closest sentence in another article and ``threshold``
    the story-relative cut it fell under; ``attribution`` is who the sentence itself cites.
    """

    article_id: ArticleId
    sentence_index: int
    span: Span
    text: str
    attribution: Attribution
    support: float
    threshold: float
    figure_ids: tuple[FigureId, ...] = ()


class BriefSection(StrEnum):
    """Which part of the brief a sentence belongs to."""

    OVERVIEW = "overview"
    FIGURES = "figures"
    DISPUTED = "disputed"
    SINGLE_SOURCE = "single_source"


@dataclass(frozen=True, slots=True, kw_only=True)
class BriefMark:
    """A number in a brief's text and the figure that states it: ``[start, end)`` are
    character offsets into the sentence's (or key number's) ``text``, so a renderer can link
    the number to the quote it comes from."""

    start: int
    end: int
    figure_id: FigureId


@dataclass(frozen=True, slots=True, kw_only=True)
class BriefSentence:
    """One templated sentence and the articles behind it (never empty); ``marks`` locate the
    numbers it states (empty for a sentence without a figure's number)."""

    text: str
    citations: tuple[ArticleId, ...]
    section: BriefSection
    marks: tuple[BriefMark, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class KeyNumber:
    """The story's main count of one kind in one quotable line.

    ``text`` reads like "Over 1,000 people killed (Syrian Observatory for Human Rights,
    reported 9 March 2025); best estimate 1,001, range 1,001 to 1,383". ``origin`` is the
    readable origin of the best figure and ``as_of`` the publication date of the article
    stating it (``None`` when no date is known); ``low``/``best``/``high`` are the group's
    estimate.
    """

    kind: FigureKind
    group_id: str
    text: str
    low: int | None
    best: int | None
    high: int | None
    origin: str
    as_of: dt.date | None
    figure_id: FigureId | None
    citations: tuple[ArticleId, ...]
    marks: tuple[BriefMark, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Brief:
    """A short, template-built summary of a story.

    ``references`` orders the cited articles: renderers number citations ``[1]``, ``[2]``...
    by position in this tuple. ``key_numbers`` hold one quotable line per kind of figure,
    shown before the sentences.
    """

    story_id: StoryId
    sentences: tuple[BriefSentence, ...]
    references: tuple[ArticleId, ...]
    generator: str
    key_numbers: tuple[KeyNumber, ...] = ()
