"""What a figure's wording allows, and how two figures relate (agree / overlap / conflict).

Pure and symmetric: ``compare(a, b) == compare(b, a)`` for any two quantities.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.model.figures import Qualifier, Quantity
from newsprism.model.reconcile import Agreement

#: Qualifiers that state only a lower bound ("over 1,000", "600+", "hundreds").
MAGNITUDES = frozenset(
    {
        Qualifier.DOZENS,
        Qualifier.HUNDREDS,
        Qualifier.THOUSANDS,
        Qualifier.TENS_OF_THOUSANDS,
        Qualifier.HUNDREDS_OF_THOUSANDS,
        Qualifier.MILLIONS,
    }
)
LOWER_BOUNDS = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST}) | MAGNITUDES
UPPER_BOUNDS = frozenset({Qualifier.UP_TO, Qualifier.NEARLY})

#: "about 50" is read as 45-55: a guess (news rounding is rarely finer than 10%), not measured.
ABOUT_TOLERANCE = 0.1


@dataclass(frozen=True, slots=True)
class Bounds:
    """The numbers a quantity allows: ``[low, high]``, ``None`` meaning unbounded."""

    low: int | None
    high: int | None

    def intersects(self, other: Bounds) -> bool:
        """Whether one number satisfies both."""
        low = max(self.low or 0, other.low or 0)
        highs = [h for h in (self.high, other.high) if h is not None]
        return not highs or low <= min(highs)


def is_magnitude(quantity: Quantity) -> bool:
    """Whether only a magnitude word is given ("hundreds"): it bounds but does not count."""
    return quantity.qualifier in MAGNITUDES or (
        quantity.value is None and quantity.low is None and quantity.high is None
    )


def bounds(quantity: Quantity) -> Bounds:
    """The range of numbers the wording allows.

    Explicit ``low``/``high`` win; otherwise an exact number allows itself, "about n" allows
    ``n`` +- 10 %, "up to"/"nearly n" allow at most ``n``, "more than"/"at least n" at least ``n``.
    """
    q, value = quantity.qualifier, quantity.value
    low, high = quantity.low, quantity.high
    if value is not None:
        if q is Qualifier.ABOUT:
            margin = round(value * ABOUT_TOLERANCE)
            low = value - margin if low is None else low
            high = value + margin if high is None else high
        if low is None and q not in UPPER_BOUNDS:
            low = value
        if high is None and q not in LOWER_BOUNDS:
            high = value
    return Bounds(low, high)


def point(quantity: Quantity) -> int | None:
    """The single number a figure stands for.

    The stated number for exact, approximate and upper-bound wordings; the lower bound for
    lower-bound wordings ("over 1,000" -> 1,001; "hundreds" -> 200).
    """
    if quantity.qualifier in LOWER_BOUNDS and quantity.low is not None:
        return quantity.low
    if quantity.value is not None:
        return quantity.value
    return quantity.low if quantity.low is not None else quantity.high


def stated(quantity: Quantity) -> int | None:
    """The number as written ("over 1,000" -> 1,000), or the bound a magnitude word implies."""
    if quantity.value is not None:
        return quantity.value
    return quantity.low if quantity.low is not None else quantity.high


def compare(a: Quantity, b: Quantity) -> Agreement:
    """How two quantities relate: ``agree`` (same number, or same stated number), ``overlap``
    (different numbers that can both be true) or ``conflict`` (no number satisfies both).

    Never returns ``single``. Symmetric by construction.
    """
    if not bounds(a).intersects(bounds(b)):
        return Agreement.CONFLICT
    same_point = point(a) is not None and point(a) == point(b)
    same_stated = stated(a) is not None and stated(a) == stated(b)
    if same_point or same_stated:
        return Agreement.AGREE
    return Agreement.OVERLAP
