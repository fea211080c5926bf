"""parse_quantity for Indonesian: "." groups thousands and "," marks decimals, scale words after
digits ("5 ribu", "1,2 juta"), number words ("seratus dua puluh"), magnitudes ("puluhan ribu")
and hedges before or after the number."""

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
        ("1.383 warga sipil", 1383, None, None, EXACT),
        ("62.545 orang", 62545, None, None, EXACT),
        ("5 ribu", 5000, None, None, EXACT),
        ("10 Ribu Orang", 10000, None, None, EXACT),
        ("1,2 juta", 1200000, None, None, EXACT),
        ("3,5 juta orang", 3500000, None, None, EXACT),
        ("dua", 2, None, None, EXACT),
        ("sebelas", 11, None, None, EXACT),
        ("tujuh belas", 17, None, None, EXACT),
        ("dua puluh lima", 25, None, None, EXACT),
        ("seratus", 100, None, None, EXACT),
        ("seratus dua puluh", 120, None, None, EXACT),
        ("seribu lima ratus", 1500, None, None, EXACT),
        ("tiga ratus ribu", 300000, None, None, EXACT),
        ("sejuta", 1000000, None, None, EXACT),
        ("lebih dari 3.500 jiwa", 3500, 3501, None, Qualifier.MORE_THAN),
        ("di atas 100", 100, 101, None, Qualifier.MORE_THAN),
        ("100 lebih", 100, 101, None, Qualifier.MORE_THAN),
        ("sedikitnya 78", 78, 78, None, Qualifier.AT_LEAST),
        ("setidaknya 91 orang", 91, 91, None, Qualifier.AT_LEAST),
        ("sekurang-kurangnya 12", 12, 12, None, Qualifier.AT_LEAST),
        ("sekitar 1.300 anak", 1300, None, None, Qualifier.ABOUT),
        ("kurang lebih 40", 40, None, None, Qualifier.ABOUT),
        ("hampir 4.000", 4000, None, 3999, Qualifier.NEARLY),
        ("kurang dari 50", 50, None, 49, Qualifier.UP_TO),
    ],
)
def test_indonesian_numbers(
    phrase: str, value: int, low: int | None, high: int | None, qualifier: Qualifier
) -> None:
    q = parse_quantity(phrase, "id")
    assert q is not None, phrase
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("phrase", "low", "qualifier"),
    [
        ("puluhan orang", 24, Qualifier.DOZENS),
        ("belasan", 11, Qualifier.DOZENS),
        ("ratusan lainnya", 200, Qualifier.HUNDREDS),
        ("ribuan", 2000, Qualifier.THOUSANDS),
        ("puluhan ribu orang", 20000, Qualifier.TENS_OF_THOUSANDS),
        ("ratusan ribu", 200000, Qualifier.HUNDREDS_OF_THOUSANDS),
        ("jutaan", 2000000, Qualifier.MILLIONS),
    ],
)
def test_indonesian_magnitudes(phrase: str, low: int, qualifier: Qualifier) -> None:
    q = parse_quantity(phrase, "id")
    assert q is not None, phrase
    assert (q.value, q.low, q.qualifier) == (None, low, qualifier)


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [("antara 20 hingga 30", 20, 30), ("antara 2.300 dan 2.400", 2300, 2400), ("50-80", 50, 80)],
)
def test_indonesian_ranges(phrase: str, low: int, high: int) -> None:
    q = parse_quantity(phrase, "id")
    assert q is not None, phrase
    assert (q.low, q.high, q.qualifier) == (low, high, Qualifier.RANGE)


@given(st.integers(min_value=1000, max_value=999_999_999))
def test_dots_group_thousands(n: int) -> None:
    q = parse_quantity(f"{n:,}".replace(",", "."), "id")
    assert q is not None
    assert q.value == n
