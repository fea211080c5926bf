"""parse_quantity: digit grouping per language, words, magnitudes, hedges and ranges."""

from __future__ import annotations

import pytest

from newsprism.extract.quantities import parse_quantity
from newsprism.model.figures import Qualifier


@pytest.mark.parametrize(
    ("phrase", "lang", "value", "low", "high", "qualifier"),
    [
        ("1,383 civilians", "en", 1383, None, None, Qualifier.EXACT),
        ("1.383 warga sipil", "id", 1383, None, None, Qualifier.EXACT),
        ("1.383 Zivilisten", "de", 1383, None, None, Qualifier.EXACT),
        ("1 383 civils", "fr", 1383, None, None, Qualifier.EXACT),
        ("١٬٣٨٣ مدنيا", "ar", 1383, None, None, Qualifier.EXACT),
        ("600+ dead", "en", 600, 600, None, Qualifier.AT_LEAST),
        ("more than 1,000", "en", 1000, 1001, None, Qualifier.MORE_THAN),
        ("over a dozen", "en", 12, 13, None, Qualifier.MORE_THAN),
        ("at least 45", "en", 45, 45, None, Qualifier.AT_LEAST),
        ("up to 30", "en", 30, None, 30, Qualifier.UP_TO),
        ("hasta un máximo de 50", "es", 50, None, 50, Qualifier.UP_TO),  # not "un" (one)
        ("about 260,000", "en", 260000, None, None, Qualifier.ABOUT),
        ("thirteen", "en", 13, None, None, Qualifier.EXACT),
        ("twenty-one", "en", 21, None, None, Qualifier.EXACT),
        ("two hundred and five", "en", 205, None, None, Qualifier.EXACT),
        ("tiga belas", "id", 13, None, None, Qualifier.EXACT),
        ("dua ratus lima puluh", "id", 250, None, None, Qualifier.EXACT),
        ("1.2 million", "en", 1200000, None, None, Qualifier.EXACT),
        ("1,2 juta", "id", 1200000, None, None, Qualifier.EXACT),
        ("lebih dari 20", "id", 20, 21, None, Qualifier.MORE_THAN),
        ("ثلاثة عشر", "ar", 13, None, None, Qualifier.EXACT),
        ("on üç", "tr", 13, None, None, Qualifier.EXACT),
        ("1.500'den fazla", "tr", 1500, 1501, None, Qualifier.MORE_THAN),
    ],
)
def test_parse_quantity_reads_numbers(
    phrase: str,
    lang: str,
    value: int | None,
    low: int | None,
    high: int | None,
    qualifier: Qualifier,
) -> None:
    q = parse_quantity(phrase, lang)
    assert q is not None
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("phrase", "lang", "low", "qualifier"),
    [
        ("hundreds", "en", 200, Qualifier.HUNDREDS),
        ("thousands", "en", 2000, Qualifier.THOUSANDS),
        ("tens of thousands", "en", 20000, Qualifier.TENS_OF_THOUSANDS),
        ("ratusan", "id", 200, Qualifier.HUNDREDS),
        ("ribuan", "id", 2000, Qualifier.THOUSANDS),
        ("centaines", "fr", 200, Qualifier.HUNDREDS),
        ("cientos", "es", 200, Qualifier.HUNDREDS),
        ("Hunderte", "de", 200, Qualifier.HUNDREDS),
        ("yüzlerce", "tr", 200, Qualifier.HUNDREDS),
        ("عشرات الآلاف", "ar", 20000, Qualifier.TENS_OF_THOUSANDS),
    ],
)
def test_parse_quantity_reads_magnitude_words(
    phrase: str, lang: str, low: int, qualifier: Qualifier
) -> None:
    q = parse_quantity(phrase, lang)
    assert q is not None
    assert (q.value, q.low, q.qualifier) == (None, low, qualifier)


@pytest.mark.parametrize(
    ("phrase", "lang", "low", "high"),
    [
        ("between 2,300 and 2,400", "en", 2300, 2400),
        ("2.300-2.400", "id", 2300, 2400),
        ("antara 2.300 dan 2.400", "id", 2300, 2400),
        ("entre 10 et 20", "fr", 10, 20),
    ],
)
def test_parse_quantity_reads_ranges(phrase: str, lang: str, low: int, high: int) -> None:
    q = parse_quantity(phrase, lang)
    assert q is not None
    assert (q.low, q.high, q.qualifier) == (low, high, Qualifier.RANGE)


@pytest.mark.parametrize("phrase", ["no number here", "", "COVID-19"])
def test_parse_quantity_returns_none_without_a_number(phrase: str) -> None:
    assert parse_quantity(phrase, "en") is None


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("1,00,000 people", 100_000),  # Indian grouping: one lakh
        ("10,00,000 people", 1_000_000),
        ("1,00,00,000 people", 10_000_000),  # one crore
    ],
)
def test_parse_quantity_reads_indian_digit_grouping(phrase: str, value: int) -> None:
    q = parse_quantity(phrase, "en")
    assert q is not None
    assert q.value == value


@pytest.mark.parametrize(
    "phrase",
    [
        "10^100 people",  # a power is no count (it was read as 100)
        "1234567890123456789012345 people",  # 25 digits (it came back through a float)
        "nine hundred ninety-nine quintillion people",  # it was read as 999
        "12 billion people",  # more people than exist
    ],
)
def test_parse_quantity_refuses_implausible_counts(phrase: str) -> None:
    assert parse_quantity(phrase, "en") is None
