"""parse_quantity for Arabic: digits in both scripts, number words in both genders, scale
words in the singular, plural, dual and accusative, remainders after a scale, magnitudes with
their clitics, and hedges written with a clitic."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.extract.quantities import parse_quantity
from newsprism.model.figures import Qualifier

EXACT = Qualifier.EXACT


@pytest.mark.parametrize(
    ("phrase", "value", "low", "high", "qualifier"),
    [
        ("٢٣٠ شخصا", 230, None, None, EXACT),
        ("٤٬٢١٥ نازحا", 4215, None, None, EXACT),
        ("12,650 جريحا", 12650, None, None, EXACT),
        ("ألف و200 شخص", 1200, None, None, EXACT),
        ("12 ألفاً و400 نازح", 12400, None, None, EXACT),
        ("15 ألفا", 15000, None, None, EXACT),
        ("6 آلاف جريح", 6000, None, None, EXACT),
        ("1.5 مليون نازح", 1500000, None, None, EXACT),
        ("سبعة", 7, None, None, EXACT),
        ("ثماني", 8, None, None, EXACT),
        ("لخمسة متظاهرين", 5, None, None, EXACT),
        ("أربعة وعشرون", 24, None, None, EXACT),
        ("ثلاث مئة", 300, None, None, EXACT),
        ("ثلاثمائة وخمسون", 350, None, None, EXACT),
        ("مئتا شخص", 200, None, None, EXACT),
        ("ألفين", 2000, None, None, EXACT),
        ("ثلاثة آلاف", 3000, None, None, EXACT),
        ("عشرة آلاف وخمسمئة", 10500, None, None, EXACT),
        ("أكثر من 500", 500, 501, None, Qualifier.MORE_THAN),
        ("وأكثر من 850 مصابا", 850, 851, None, Qualifier.MORE_THAN),
        ("أزيد من ستة آلاف", 6000, 6001, None, Qualifier.MORE_THAN),
        ("ما لا يقل عن 109", 109, 109, None, Qualifier.AT_LEAST),
        ("30 على الأقل", 30, 30, None, Qualifier.AT_LEAST),
        ("بنحو 9", 9, None, None, Qualifier.ABOUT),
        ("حوالى 80", 80, None, None, Qualifier.ABOUT),
        ("قرابة 70", 70, None, 69, Qualifier.NEARLY),
        ("ما يقرب من 400", 400, None, 399, Qualifier.NEARLY),
        ("ما يصل إلى 20 ألفا", 20000, None, 20000, Qualifier.UP_TO),
        ("أقل من 100", 100, None, 99, Qualifier.UP_TO),
    ],
)
def test_arabic_numbers(
    phrase: str, value: int, low: int | None, high: int | None, qualifier: Qualifier
) -> None:
    q = parse_quantity(phrase, "ar")
    assert q is not None, phrase
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("phrase", "low", "qualifier"),
    [
        ("عشرات المصابين", 24, Qualifier.DOZENS),
        ("إصابة العشرات", 24, Qualifier.DOZENS),
        ("وعشرات الجرحى", 24, Qualifier.DOZENS),
        ("مئات المفقودين", 200, Qualifier.HUNDREDS),
        ("عدة مئات من المفقودين", 200, Qualifier.HUNDREDS),
        ("آلاف النازحين", 2000, Qualifier.THOUSANDS),
        ("بالآلاف", 2000, Qualifier.THOUSANDS),
        ("عشرات الآلاف", 20000, Qualifier.TENS_OF_THOUSANDS),
        ("مئات الآلاف", 200000, Qualifier.HUNDREDS_OF_THOUSANDS),
        ("ملايين", 2000000, Qualifier.MILLIONS),
    ],
)
def test_arabic_magnitudes(phrase: str, low: int, qualifier: Qualifier) -> None:
    q = parse_quantity(phrase, "ar")
    assert q is not None, phrase
    assert (q.value, q.low, q.qualifier) == (None, low, qualifier)


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [("بين 20 و30", 20, 30), ("ما بين 150 و200", 150, 200), ("40-60", 40, 60)],
)
def test_arabic_ranges(phrase: str, low: int, high: int) -> None:
    q = parse_quantity(phrase, "ar")
    assert q is not None, phrase
    assert (q.low, q.high, q.qualifier) == (low, high, Qualifier.RANGE)


def test_days_of_the_week_are_no_numbers() -> None:
    # "الاثنين" (Monday) and "الأحد" (Sunday) are spelt like "the two" and "the one".
    assert parse_quantity("يوم الاثنين", "ar") is None
    assert parse_quantity("الأحد", "ar") is None


_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@given(st.integers(min_value=0, max_value=9_999_999))
def test_arabic_indic_digits_read_like_ascii(n: int) -> None:
    grouped = f"{n:,}".translate(_EASTERN).replace(",", "٬")
    q = parse_quantity(grouped, "ar")
    assert q is not None
    assert q.value == n
