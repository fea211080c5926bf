"""parse_quantity in Turkish: "3 bin 145", case suffixes after an apostrophe ("179'a",
"300'DEN FAZLA") or glued to a scale word ("3 bini geçti", "2 bine yakın"), number words and
their possessive forms ("ikisi"), hedges before and after."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.extract.quantities import parse_quantity
from newsprism.model.figures import Qualifier

_UNITS = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
_TENS = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]


def _below_1000(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds:
        words += ([_UNITS[hundreds]] if hundreds > 1 else []) + ["yüz"]
    return words + [w for w in (_TENS[tens], _UNITS[units]) if w]


def turkish_words(n: int) -> str:
    """``n`` (1 to 999,999) written out in Turkish words ("bin" and "yüz" without "bir")."""
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands:
        words += (_below_1000(thousands) if thousands > 1 else []) + ["bin"]
    return " ".join(words + _below_1000(rest))


@pytest.mark.parametrize(
    ("phrase", "value", "low", "high", "qualifier"),
    [
        ("3 bin 145 kişi", 3145, None, None, Qualifier.EXACT),
        ("can kaybı 5 bin 7'ye yükseldi", 5007, None, None, Qualifier.EXACT),
        ("179’a yükseldi", 179, None, None, Qualifier.EXACT),
        ("bin 243'e", 1243, None, None, Qualifier.EXACT),
        ("1,2 milyon kişi", 1200000, None, None, Qualifier.EXACT),
        ("on iki", 12, None, None, Qualifier.EXACT),
        ("iki yüz elli", 250, None, None, Qualifier.EXACT),
        ("ikisinin daha", 2, None, None, Qualifier.EXACT),
        ("3 bini geçti", 3000, 3001, None, Qualifier.MORE_THAN),
        ("12 bin 400'ü geçti", 12400, 12401, None, Qualifier.MORE_THAN),
        ("6 bin 430'u aştı", 6430, 6431, None, Qualifier.MORE_THAN),
        ("6 bini aşkın kişi", 6000, 6001, None, Qualifier.MORE_THAN),
        ("80'i aşkın", 80, 81, None, Qualifier.MORE_THAN),
        ("300’DEN FAZLA ASKER", 300, 301, None, Qualifier.MORE_THAN),
        ("500 binden fazla", 500000, 500001, None, Qualifier.MORE_THAN),
        ("300'ün üzerinde", 300, 301, None, Qualifier.MORE_THAN),
        ("en az 560 kişi", 560, 560, None, Qualifier.AT_LEAST),
        ("2 bine yakın", 2000, None, 1999, Qualifier.NEARLY),
        ("500'e yakın", 500, None, 499, Qualifier.NEARLY),
        ("neredeyse 40", 40, None, 39, Qualifier.NEARLY),
        ("20 bine kadar", 20000, None, 20000, Qualifier.UP_TO),
        ("yaklaşık 33 milyon", 33000000, None, None, Qualifier.ABOUT),
        ("ortalama 6 çocuk", 6, None, None, Qualifier.ABOUT),
        ("şu ana kadar 57 kişi", 57, None, None, Qualifier.EXACT),
        ("1.500-2.000 kişi", None, 1500, 2000, Qualifier.RANGE),
    ],
)
def test_turkish_numbers(
    phrase: str, value: int | None, low: int | None, high: int | None, qualifier: Qualifier
) -> None:
    q = parse_quantity(phrase, "tr")
    assert q is not None, phrase
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("phrase", "low", "qualifier"),
    [
        ("onlarca yaralı", 20, Qualifier.DOZENS),
        ("Yüzlerce ölü", 200, Qualifier.HUNDREDS),
        ("binlerce kişi", 2000, Qualifier.THOUSANDS),
        ("on binlerce", 20000, Qualifier.TENS_OF_THOUSANDS),
        ("birkaç kişi", None, Qualifier.SEVERAL),
    ],
)
def test_turkish_magnitude_words(phrase: str, low: int | None, qualifier: Qualifier) -> None:
    q = parse_quantity(phrase, "tr")
    assert q is not None, phrase
    assert (q.value, q.low, q.qualifier) == (None, low, qualifier)


@given(st.integers(min_value=1, max_value=999_999))
def test_turkish_number_words_read_back(n: int) -> None:
    q = parse_quantity(turkish_words(n), "tr")
    assert q is not None
    assert q.value == n


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_digits_with_bin_and_a_remainder(thousands: int, rest: int) -> None:
    q = parse_quantity(f"{thousands} bin {rest}'e yükseldi", "tr")
    assert q is not None
    assert q.value == thousands * 1000 + rest
