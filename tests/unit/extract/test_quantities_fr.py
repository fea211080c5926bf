"""parse_quantity in French: digit grouping, number words (with the joiners of "vingt et un",
"soixante-dix", "quatre-vingt-dix"), approximate numerals ("une trentaine"), magnitudes and
hedges, elided or not ("plus d'une centaine")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.extract.quantities import parse_quantity
from newsprism.model.figures import Qualifier

_UNITS = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize",
]  # fmt: skip
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below_100(n: int) -> str:
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return f"dix-{_UNITS[n - 10]}"
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _TENS[tens]
        joiner = " et " if unit == 1 else "-"
        return f"{_TENS[tens]}{joiner}{_UNITS[unit]}"
    if n < 80:
        rest = n - 60
        joiner = " et " if rest == 11 else "-"
        return f"soixante{joiner}{_below_100(rest)}"
    if n == 80:
        return "quatre-vingts"
    return f"quatre-vingt-{_below_100(n - 80)}"


def _below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _below_100(rest)
    head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent"
    if rest == 0:
        return head if hundreds == 1 else f"{head}s"
    return f"{head} {_below_100(rest)}"


def french_words(n: int) -> str:
    """``n`` (1 to 999 999) spelt in French, traditional spelling ("vingt et un")."""
    thousands, rest = divmod(n, 1000)
    if thousands == 0:
        return _below_1000(rest)
    head = "mille" if thousands == 1 else f"{_below_1000(thousands)} mille"
    return head if rest == 0 else f"{head} {_below_1000(rest)}"


@given(st.integers(min_value=1, max_value=999_999))
def test_french_number_words_parse_to_their_value(n: int) -> None:
    phrase = f"{french_words(n)} morts"
    q = parse_quantity(phrase, "fr")
    assert q is not None, phrase
    assert q.value == n, (phrase, q)


@pytest.mark.parametrize(
    ("phrase", "value", "low", "high", "qualifier"),
    [
        ("1 383 civils", 1383, None, None, Qualifier.EXACT),
        ("2.053 morts", 2053, None, None, Qualifier.EXACT),
        ("10\u202f328 Palestiniens", 10328, None, None, Qualifier.EXACT),
        ("2,3 millions de déplacés", 2300000, None, None, Qualifier.EXACT),
        ("1,5 million de personnes", 1500000, None, None, Qualifier.EXACT),
        ("dix-sept blessés", 17, None, None, Qualifier.EXACT),
        ("vingt et un morts", 21, None, None, Qualifier.EXACT),
        ("vingt-et-un morts", 21, None, None, Qualifier.EXACT),
        ("soixante et onze", 71, None, None, Qualifier.EXACT),
        ("quatre-vingt-dix-neuf", 99, None, None, Qualifier.EXACT),
        ("deux cent cinquante", 250, None, None, Qualifier.EXACT),
        ("trois mille deux cents", 3200, None, None, Qualifier.EXACT),
        ("une trentaine de blessés", 30, None, None, Qualifier.EXACT),
        ("un millier de déplacés", 1000, None, None, Qualifier.EXACT),
        ("plus d'une centaine de morts", 100, 101, None, Qualifier.MORE_THAN),
        ("plus de 850 blessés", 850, 851, None, Qualifier.MORE_THAN),
        ("au moins 135 morts", 135, 135, None, Qualifier.AT_LEAST),
        ("pas moins de 40", 40, 40, None, Qualifier.AT_LEAST),
        ("jusqu'à 300 000 personnes", 300000, None, 300000, Qualifier.UP_TO),
        ("moins de 20 morts", 20, None, 19, Qualifier.UP_TO),
        ("près de 5 000 blessés", 5000, None, 4999, Qualifier.NEARLY),
        ("prés de 5000 blessés", 5000, None, 4999, Qualifier.NEARLY),
        ("environ 850 personnes", 850, None, None, Qualifier.ABOUT),
        ("quelque 2 750 tonnes", 2750, None, None, Qualifier.ABOUT),
        ("la barre des 10 000 morts", 10000, 10001, None, Qualifier.MORE_THAN),
        ("200 au moins", 200, 200, None, Qualifier.AT_LEAST),
    ],
)
def test_french_numbers_and_hedges(
    phrase: str, value: int, low: int | None, high: int | None, qualifier: Qualifier
) -> None:
    q = parse_quantity(phrase, "fr")
    assert q is not None
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("phrase", "low", "qualifier"),
    [
        ("des dizaines de disparus", 24, Qualifier.DOZENS),
        ("plusieurs centaines de blessés", 200, Qualifier.HUNDREDS),
        ("des milliers de déplacés", 2000, Qualifier.THOUSANDS),
        ("des dizaines de milliers de réfugiés", 20000, Qualifier.TENS_OF_THOUSANDS),
        ("des centaines de milliers", 200000, Qualifier.HUNDREDS_OF_THOUSANDS),
        ("une dizaine de milliers de déplacés", 10000, Qualifier.TENS_OF_THOUSANDS),
        ("un demi-million de réfugiés", 500000, Qualifier.HUNDREDS_OF_THOUSANDS),
        ("un million et demi de déplacés", 1500000, Qualifier.MILLIONS),
    ],
)
def test_french_magnitude_words(phrase: str, low: int, qualifier: Qualifier) -> None:
    q = parse_quantity(phrase, "fr")
    assert q is not None
    assert (q.value, q.low, q.qualifier) == (None, low, qualifier)


def test_french_several_is_a_count_without_bounds() -> None:
    q = parse_quantity("plusieurs morts", "fr")
    assert q is not None
    assert (q.value, q.low, q.high, q.qualifier) == (None, None, None, Qualifier.SEVERAL)


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [("entre 20 et 30 morts", 20, 30), ("entre 500 et 700", 500, 700), ("300-400", 300, 400)],
)
def test_french_ranges(phrase: str, low: int, high: int) -> None:
    q = parse_quantity(phrase, "fr")
    assert q is not None
    assert (q.low, q.high, q.qualifier) == (low, high, Qualifier.RANGE)


def test_french_rise_from_one_toll_to_another_is_no_range() -> None:
    q = parse_quantity("de 20 à 35 morts", "fr")
    assert q is not None
    assert (q.value, q.qualifier) == (20, Qualifier.EXACT)


@pytest.mark.parametrize("phrase", ["magnitude 7,9", "2,5"])
def test_french_decimals_are_no_count(phrase: str) -> None:
    assert parse_quantity(phrase, "fr") is None
