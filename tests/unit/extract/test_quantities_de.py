"""parse_quantity in German: digit grouping (also the Swiss "1'600"), glued number words,
hedges, magnitude words and ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.extract.quantities import parse_quantity
from newsprism.model.figures import Qualifier

_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_TEENS = {
    10: "zehn",
    11: "elf",
    12: "zwölf",
    13: "dreizehn",
    14: "vierzehn",
    15: "fünfzehn",
    16: "sechzehn",
    17: "siebzehn",
    18: "achtzehn",
    19: "neunzehn",
}
_TENS = [
    "",
    "",
    "zwanzig",
    "dreißig",
    "vierzig",
    "fünfzig",
    "sechzig",
    "siebzig",
    "achtzig",
    "neunzig",
]


def _below_100(n: int, *, last: bool) -> str:
    if n == 1 and last:
        return "eins"
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n]
    unit, ten = n % 10, n // 10
    return (f"{_UNITS[unit]}und" if unit else "") + _TENS[ten]


def _below_1000(n: int, *, last: bool) -> str:
    hundreds, rest = divmod(n, 100)
    head = f"{_UNITS[hundreds]}hundert" if hundreds else ""
    return head + (_below_100(rest, last=last) if rest else "")


def german_words(n: int) -> str:
    """``n`` (1 to 999,999) written out as one glued German word."""
    thousands, rest = divmod(n, 1000)
    head = f"{_below_1000(thousands, last=False)}tausend" if thousands else ""
    return head + (_below_1000(rest, last=True) if rest else "")


@pytest.mark.parametrize(
    ("phrase", "value", "low", "high", "qualifier"),
    [
        ("1.383 Zivilisten", 1383, None, None, Qualifier.EXACT),
        ("24.800 Verletzte", 24800, None, None, Qualifier.EXACT),
        ("1'600 Tote", 1600, None, None, Qualifier.EXACT),
        ("1’600 Tote", 1600, None, None, Qualifier.EXACT),
        ("2750 Tonnen", 2750, None, None, Qualifier.EXACT),
        ("1,5 Millionen Menschen", 1500000, None, None, Qualifier.EXACT),
        ("eine Million", 1000000, None, None, Qualifier.EXACT),
        ("zehntausend Tote", 10000, None, None, Qualifier.EXACT),
        ("Zehntausend Tote", 10000, None, None, Qualifier.EXACT),
        ("dreihundertzwanzig Soldaten", 320, None, None, Qualifier.EXACT),
        ("zweiundzwanzig", 22, None, None, Qualifier.EXACT),
        ("einhunderteinundvierzig", 141, None, None, Qualifier.EXACT),
        ("hundert", 100, None, None, Qualifier.EXACT),
        ("über hundert Menschenleben", 100, 101, None, Qualifier.MORE_THAN),
        ("mehr als 5000", 5000, 5001, None, Qualifier.MORE_THAN),
        ("weit mehr als 200", 200, 201, None, Qualifier.MORE_THAN),
        ("mindestens drei Personen", 3, 3, None, Qualifier.AT_LEAST),
        ("nahezu 10.000 Tote", 10000, None, 9999, Qualifier.NEARLY),
        ("knapp 50", 50, None, 49, Qualifier.NEARLY),
        ("bis zu zehntausend", 10000, None, 10000, Qualifier.UP_TO),
        ("weniger als 40", 40, None, 39, Qualifier.UP_TO),
        ("rund 300.000", 300000, None, None, Qualifier.ABOUT),
        ("schätzungsweise 1200", 1200, None, None, Qualifier.ABOUT),
        ("zwischen 50 und 80 Toten", None, 50, 80, Qualifier.RANGE),
        ("von 40 bis 70 Toten", None, 40, 70, Qualifier.RANGE),
        ("50-80 Tote", None, 50, 80, Qualifier.RANGE),
    ],
)
def test_german_numbers(
    phrase: str, value: int | None, low: int | None, high: int | None, qualifier: Qualifier
) -> None:
    q = parse_quantity(phrase, "de")
    assert q is not None, phrase
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("phrase", "low", "qualifier"),
    [
        ("Dutzende Verletzte", 24, Qualifier.DOZENS),
        ("Hunderte Tote", 200, Qualifier.HUNDREDS),
        ("mehrere hundert", 200, Qualifier.HUNDREDS),
        ("Tausende Menschen", 2000, Qualifier.THOUSANDS),
        ("mehrere tausend", 2000, Qualifier.THOUSANDS),
        ("Zehntausende", 20000, Qualifier.TENS_OF_THOUSANDS),
        ("Hunderttausende", 200000, Qualifier.HUNDREDS_OF_THOUSANDS),
        ("mehrere Menschen", None, Qualifier.SEVERAL),
    ],
)
def test_german_magnitude_words(phrase: str, low: int | None, qualifier: Qualifier) -> None:
    q = parse_quantity(phrase, "de")
    assert q is not None, phrase
    assert (q.value, q.low, q.qualifier) == (None, low, qualifier)


@pytest.mark.parametrize(
    "phrase", ["Einer der Verletzten", "einem Angriff", "Zwölfjährige", "Achtung", "Einsatz"]
)
def test_german_words_that_start_like_numbers_are_none(phrase: str) -> None:
    assert parse_quantity(phrase, "de") is None


@given(st.integers(min_value=1, max_value=999_999))
def test_glued_german_number_words_read_back(n: int) -> None:
    q = parse_quantity(german_words(n), "de")
    assert q is not None
    assert q.value == n


@given(st.integers(min_value=1000, max_value=9_999_999))
def test_german_thousands_groups_read_back(n: int) -> None:
    dotted = f"{n:,}".replace(",", ".")
    q = parse_quantity(f"{dotted} Menschen", "de")
    assert q is not None
    assert q.value == n
