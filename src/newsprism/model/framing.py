"""Framing profiles: how an article (and an outlet) tells a story, each signal tied to a span.

A ``FramingSignal`` is one piece of evidence (a loaded word, a hedge, a sentence that reads as
opinion, a figure without a source, a headline figure the body does not support); an
``ArticleFraming`` gathers an article's signals, its per-sentence opinion scores and the
attribution mix of its figures; an ``OutletProfile`` aggregates the articles of one outlet.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from newsprism.model.article import Article, Span
from newsprism.model.figures import AttributionKind
from newsprism.model.ids import ArticleId


class SignalKind(StrEnum):
    """What a framing signal shows (the ``signal`` field of the outputs)."""

    #: A sentence whose opinion score is at least one half (the whole sentence is the span).
    OPINION = "opinion"
    LOADED = "loaded"
    EVALUATIVE = "evaluative"
    INTENSIFIER = "intensifier"
    FIRST_PERSON = "first_person"
    SECOND_PERSON = "second_person"
    NORMATIVE = "normative"
    RHETORICAL_QUESTION = "rhetorical_question"
    EXCLAMATION = "exclamation"
    HEDGE = "hedge"
    CERTAINTY = "certainty"
    ANONYMOUS_SOURCE = "anonymous_source"
    VAGUE_SOURCE = "vague_source"
    UNSOURCED_FIGURE = "unsourced_figure"
    SINGLE_SOURCE = "single_source"
    HEADLINE_MISMATCH = "headline_mismatch"


@dataclass(frozen=True, slots=True, kw_only=True)
class FramingSignal:
    """One signal at one span of ``Article.text``.

    ``cue`` is the lexicon entry or rule that fired ("slammed", "who wished to remain
    anonymous", "body states no figure of this kind"); ``quoted`` is true when the span lies
    inside quotation marks (reported speech: it does not count toward the writer's opinion).
    """

    signal: SignalKind
    sentence: int
    span: Span
    cue: str
    quoted: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceOpinion:
    """The opinion score of one sentence, in [0, 1]."""

    sentence: int
    span: Span
    opinion: float


@dataclass(frozen=True, slots=True, kw_only=True)
class AttributionMix:
    """How the figures of an article (or outlet) are attributed: counts per kind."""

    named: int = 0
    anonymous: int = 0
    vague: int = 0
    none: int = 0

    @property
    def total(self) -> int:
        return self.named + self.anonymous + self.vague + self.none

    def count(self, kind: AttributionKind) -> int:
        """The number of figures attributed in the way ``kind`` says."""
        return {
            AttributionKind.NAMED: self.named,
            AttributionKind.ANONYMOUS: self.anonymous,
            AttributionKind.VAGUE: self.vague,
            AttributionKind.NONE: self.none,
        }[kind]

    def share(self, kind: AttributionKind) -> float | None:
        """The share of figures attributed as ``kind`` (``None`` without figures)."""
        total = self.total
        return None if total == 0 else self.count(kind) / total

    def __add__(self, other: AttributionMix) -> AttributionMix:
        return AttributionMix(
            named=self.named + other.named,
            anonymous=self.anonymous + other.anonymous,
            vague=self.vague + other.vague,
            none=self.none + other.none,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleFraming:
    """The framing profile of one article.

    ``outlet`` is what the article is profiled under (see ``OutletProfile``); ``opinion`` the
    length-weighted mean of the sentences' opinion scores; ``signals`` are in text order;
    ``method`` is the versioned stage name that computed them.
    """

    article_id: ArticleId
    outlet: str
    opinion: float
    sentences: tuple[SentenceOpinion, ...]
    signals: tuple[FramingSignal, ...]
    attribution_mix: AttributionMix
    method: str

    def count(self, signal: SignalKind) -> int:
        """How many signals of one kind the article has."""
        return sum(1 for s in self.signals if s.signal is signal)


@dataclass(frozen=True, slots=True, kw_only=True)
class OutletProfile:
    """The framing of one outlet over its articles in a collection (or a story).

    ``outlet`` is the outlet's name as read from the input, else the web host of the article's
    URL, else the article's reference in parentheses (one article, an outlet of its own).
    ``signal_counts`` pairs each signal kind with its count over the articles, ``n_sentences``
    the sentences those counts come from (to compare outlets of different lengths).
    """

    outlet: str
    article_ids: tuple[ArticleId, ...]
    opinion: float
    opinion_max: float
    attribution_mix: AttributionMix
    signal_counts: tuple[tuple[SignalKind, int], ...]
    n_sentences: int


def outlet_of(article: Article) -> str:
    """The outlet an article is profiled under: its outlet as read, else its URL's host, else
    its reference in parentheses (an outlet of its own)."""
    if article.outlet:
        return article.outlet
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    return f"({article.ref})"
