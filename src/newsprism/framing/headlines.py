"""Headline-body mismatch: a figure in a headline (title, bullet, standfirst) that no figure
of the body supports.

A body figure supports a headline figure when it counts the same kind of harm ("casualties"
covers killed and injured), the same victim group or no group, and the two ranges the wordings
allow meet (a round number stated exactly stands for anything within ``TOLERANCE`` of it:
"1,000 dead" above "over 1,000"). Without any body figure of
the kind, the headline figure is unsupported; with some that all disagree ("over 1,000 dead"
above "hundreds"), it is contradicted. Figures of several incidents (roundups) are left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.model.figures import Figure, FigureKind, Qualifier
from newsprism.model.framing import FramingSignal, SignalKind

#: Relative slack around a number stated exactly: rounding in headlines ("1,000" for "over
#: 1,000"). Hand-set.
TOLERANCE = 0.05
#: Upper bounds implied by magnitude words ("hundreds" is below a thousand).
_MAGNITUDE_HIGH = {
    Qualifier.DOZENS: 99,
    Qualifier.HUNDREDS: 999,
    Qualifier.THOUSANDS: 9_999,
    Qualifier.TENS_OF_THOUSANDS: 99_999,
    Qualifier.HUNDREDS_OF_THOUSANDS: 999_999,
}
#: "About 600" may be anything within this share of 600. Hand-set.
_ABOUT = 0.25


def figure_range(figure: Figure) -> tuple[float, float]:
    """The range of counts a figure's wording allows (``inf`` when open above)."""
    q = figure.quantity
    value = q.value
    low: float = q.low if q.low is not None else (value if value is not None else 0)
    high: float | None = q.high
    if high is None:
        if q.qualifier in _MAGNITUDE_HIGH:
            high = _MAGNITUDE_HIGH[q.qualifier]
        elif q.qualifier is Qualifier.EXACT and value is not None:
            low, high = value * (1 - TOLERANCE), value * (1 + TOLERANCE)
        elif q.qualifier is Qualifier.ABOUT and value is not None:
            low, high = value * (1 - _ABOUT), value * (1 + _ABOUT)
        elif q.qualifier in {Qualifier.NEARLY, Qualifier.UP_TO} and value is not None:
            high = value
    return low, float("inf") if high is None else high


def _kinds_meet(a: FigureKind, b: FigureKind) -> bool:
    casualty = {FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES}
    return a is b or (FigureKind.CASUALTIES in {a, b} and {a, b} <= casualty)


def _ranges_meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return max(a[0], b[0]) <= min(a[1], b[1])


def headline_mismatches(figures: Sequence[Figure], text: str) -> list[FramingSignal]:
    """A signal per headline figure that the body does not support (``text``: the article's)."""
    body = [f for f in figures if not f.in_headline and f.incidents is None]
    out: list[FramingSignal] = []
    for head in figures:
        if not head.in_headline or head.incidents is not None:
            continue
        same = [
            f
            for f in body
            if _kinds_meet(f.kind, head.kind)
            and (head.group is None or f.group is None or f.group == head.group)
        ]
        if any(_ranges_meet(figure_range(head), figure_range(f)) for f in same):
            continue
        cue = (
            f"the body states no {head.kind.value} figure"
            if not same
            else f"the body says otherwise: {same[0].evidence.of(text)!r}"
        )
        out.append(
            FramingSignal(
                signal=SignalKind.HEADLINE_MISMATCH,
                sentence=head.sentence_index,
                span=head.evidence,
                cue=cue,
            )
        )
    return out
