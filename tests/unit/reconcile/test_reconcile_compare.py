from __future__ import annotations

import pytest

from newsprism.model.figures import Qualifier, Quantity
from newsprism.model.reconcile import Agreement
from newsprism.reconcile.compare import Bounds, bounds, compare, is_magnitude, point


def q(value: int | None, low: int | None, high: int | None, qualifier: Qualifier) -> Quantity:
    return Quantity(value=value, low=low, high=high, qualifier=qualifier)


OVER_1000 = q(1000, 1001, None, Qualifier.MORE_THAN)
PLUS_600 = q(600, 600, None, Qualifier.AT_LEAST)
HUNDREDS = q(None, 200, None, Qualifier.HUNDREDS)
EXACT_13 = q(13, None, None, Qualifier.EXACT)
OVER_DOZEN = q(12, 13, None, Qualifier.MORE_THAN)
NEARLY_50 = q(50, None, None, Qualifier.NEARLY)
ABOUT_100 = q(100, None, None, Qualifier.ABOUT)


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        (OVER_1000, Bounds(1001, None)),
        (PLUS_600, Bounds(600, None)),
        (HUNDREDS, Bounds(200, None)),
        (EXACT_13, Bounds(13, 13)),
        (NEARLY_50, Bounds(None, 50)),
        (ABOUT_100, Bounds(90, 110)),
    ],
)
def test_bounds_follow_the_wording(quantity: Quantity, expected: Bounds) -> None:
    assert bounds(quantity) == expected


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [(OVER_1000, 1001), (PLUS_600, 600), (HUNDREDS, 200), (EXACT_13, 13), (OVER_DOZEN, 13)],
)
def test_point_is_the_lower_bound_of_lower_bound_wordings(
    quantity: Quantity, expected: int
) -> None:
    assert point(quantity) == expected


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (EXACT_13, OVER_DOZEN, Agreement.AGREE),
        (PLUS_600, q(600, 601, None, Qualifier.MORE_THAN), Agreement.AGREE),
        (PLUS_600, OVER_1000, Agreement.OVERLAP),
        (HUNDREDS, OVER_1000, Agreement.OVERLAP),
        (EXACT_13, OVER_1000, Agreement.CONFLICT),
        (NEARLY_50, q(60, None, None, Qualifier.EXACT), Agreement.CONFLICT),
        (ABOUT_100, q(95, None, None, Qualifier.EXACT), Agreement.OVERLAP),
    ],
)
def test_compare_relates_two_quantities_symmetrically(
    a: Quantity, b: Quantity, relation: Agreement
) -> None:
    assert compare(a, b) is relation
    assert compare(b, a) is relation


@pytest.mark.parametrize(("quantity", "expected"), [(HUNDREDS, True), (OVER_1000, False)])
def test_is_magnitude_marks_words_without_a_count(quantity: Quantity, expected: bool) -> None:
    assert is_magnitude(quantity) is expected
