"""Figures: quantitative claims about people, with their hedge, scope and attribution.

Counts of people are integers: "1.2 million" resolves to 1,200,000, so ``int`` (not ``Decimal``)
is exact for every value newsprism stores.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newsprism.model.article import Span
from newsprism.model.ids import ArticleId, FigureId


class FigureKind(StrEnum):
    """What happened to the people counted (the gold files' ``kind``)."""

    KILLED = "killed"
    INJURED = "injured"
    MISSING = "missing"
    DISPLACED = "displaced"
    ABDUCTED = "abducted"
    ARRESTED = "arrested"
    AFFECTED = "affected"
    CASUALTIES = "casualties"  # killed or injured, the text does not say which


class Qualifier(StrEnum):
    """The hedge on a number, as worded."""

    EXACT = "exact"
    MORE_THAN = "more than"
    AT_LEAST = "at least"
    UP_TO = "up to"
    ABOUT = "about"
    NEARLY = "nearly"
    RANGE = "range"
    DOZENS = "dozens"
    HUNDREDS = "hundreds"
    THOUSANDS = "thousands"
    TENS_OF_THOUSANDS = "tens of thousands"
    HUNDREDS_OF_THOUSANDS = "hundreds of thousands"
    MILLIONS = "millions"
    SEVERAL = "several"
    PROJECTION = "projection"


class AttributionKind(StrEnum):
    """How the figure's origin is named (the gold files' ``attribution``)."""

    NAMED = "named"
    ANONYMOUS = "anonymous"
    VAGUE = "vague"
    NONE = "none"


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A number and the bounds its wording implies.

    ``value`` is the number stated (``None`` for words like "hundreds"); ``low``/``high`` are
    the implied bounds ("over 1,000" -> low 1001; "600+" -> low 600; "nearly 50" -> high 49).
    Invariant: ``low <= value <= high`` for whichever are set, except that "more than" puts
    the value below ``low`` and "nearly"/"fewer than" put it above ``high``.
    """

    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier

    def __post_init__(self) -> None:
        # The stated value may lie just outside its bounds only where the wording says so:
        # "over 1,000" (value 1000, low 1001), "nearly 50" and "fewer than 50" (value 50,
        # high 49).
        value_may_exceed_high = self.qualifier in {
            Qualifier.NEARLY,
            Qualifier.UP_TO,
            Qualifier.PROJECTION,
        }
        value_may_undercut_low = self.qualifier in {Qualifier.MORE_THAN, Qualifier.PROJECTION}
        ordered = (
            (self.low is None or self.high is None or self.low <= self.high)
            and (
                self.value is None
                or self.low is None
                or value_may_undercut_low
                or self.low <= self.value
            )
            and (
                self.value is None
                or self.high is None
                or value_may_exceed_high
                or self.value <= self.high
            )
        )
        if not ordered:
            msg = f"quantity bounds out of order: {self}"
            raise ValueError(msg)


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """Who a figure is attributed to: the *originating* source, not the outlet.

    ``source`` is the source as written ("the Syrian Observatory for Human Rights");
    ``source_norm`` a canonical key shared across languages and spellings ("sohr");
    ``cue`` the span of the attribution cue ("according to", "menurut") when there is one;
    ``via`` the outlet or agency that relayed the source ("AFP, citing the ministry": AFP).
    """

    kind: AttributionKind
    source: str | None = None
    source_norm: str | None = None
    cue: Span | None = None
    via: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """One quantitative claim about people in one article.

    ``evidence`` is the quote's span in ``Article.text``; ``in_headline`` marks figures stated in
    a title, headline or bullet point. ``extractor`` is the versioned stage name that produced it.
    ``incidents`` holds the words that make the figure count several incidents, a roundup
    ("in weekend shootings", "in two separate shootings"); ``None`` when it counts one event or
    does not say. Reconciliation keeps such figures apart from the story's total.
    ``as_of`` holds the words that date the figure ("as of Saturday", "am Samstag");
    ``increment`` marks an addition to an earlier toll ("nine more dead"), not a toll;
    ``part_of`` the id of the figure this one breaks down ("120 in Mandalay" of "700 dead");
    ``other_event`` the words that tie the figure to another event (a past year: "the 2015
    earthquake, which killed 9,000"); ``rules`` the ids of the declared rules that shaped it.
    """

    figure_id: FigureId
    article_id: ArticleId
    lang: str
    kind: FigureKind
    quantity: Quantity
    group: str | None
    place: str | None
    period: str | None
    attribution: Attribution
    evidence: Span
    sentence_index: int
    extractor: str
    in_headline: bool = False
    confidence: float = 1.0
    incidents: str | None = None
    as_of: str | None = None
    increment: bool = False
    part_of: FigureId | None = None
    other_event: str | None = None
    rules: tuple[str, ...] = ()
