"""parse_quantity in Spanish, from Spain and Latin America: "4.215" and "4,215", "3 mil 100",
"mil 250", number words ("treinta y un", "doscientos"), approximate numerals ("un centenar"),
magnitudes and hedges ("superó la barrera de los 10.000")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.extract.quantities import parse_quantity
from newsprism.model.figures import Qualifier

_UNITS = [
    "cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
    "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
    "diecinueve", "veinte", "veintiún", "veintidós", "veintitrés", "veinticuatro",
    "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
]  # fmt: skip
_TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta",
         9: "noventa"}  # fmt: skip
_HUNDREDS = {1: "ciento", 2: "doscientos", 3: "trescientos", 4: "cuatrocientos", 5: "quinientos",
             6: "seiscientos", 7: "setecientos", 8: "ochocientos", 9: "novecientos"}  # fmt: skip


def _below_100(n: int) -> str:
    if n < 30:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] if unit == 0 else f"{_TENS[tens]} y {_UNITS[unit]}"


def _below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _below_100(rest)
    if rest == 0:
        return "cien" if hundreds == 1 else _HUNDREDS[hundreds]
    return f"{_HUNDREDS[hundreds]} {_below_100(rest)}"


def spanish_words(n: int) -> str:
    """``n`` (1 to 999 999) spelt in Spanish as it stands before a masculine noun ("veintiún
    muertos", "treinta y un heridos")."""
    thousands, rest = divmod(n, 1000)
    if thousands == 0:
        return _below_1000(rest)
    head = "mil" if thousands == 1 else f"{_below_1000(thousands)} mil"
    return head if rest == 0 else f"{head} {_below_1000(rest)}"


@given(st.integers(min_value=1, max_value=999_999))
def test_spanish_number_words_parse_to_their_value(n: int) -> None:
    phrase = f"{spanish_words(n)} muertos"
    q = parse_quantity(phrase, "es")
    assert q is not None, phrase
    assert q.value == n, (phrase, q)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_digits_with_mil_and_a_remainder(thousands: int, rest: int) -> None:
    phrase = f"{thousands} mil {rest} heridos"
    q = parse_quantity(phrase, "es")
    assert q is not None, phrase
    assert q.value == thousands * 1000 + rest, (phrase, q)


@pytest.mark.parametrize(
    ("phrase", "value", "low", "high", "qualifier"),
    [
        ("10.569 personas", 10569, None, None, Qualifier.EXACT),
        ("4,215 heridos", 4215, None, None, Qualifier.EXACT),
        ("26.475 personas", 26475, None, None, Qualifier.EXACT),
        ("3 mil 700 heridos", 3700, None, None, Qualifier.EXACT),
        ("mil 644 muertos", 1644, None, None, Qualifier.EXACT),
        ("1,5 millones de desplazados", 1500000, None, None, Qualifier.EXACT),
        ("1.5 millones de desplazados", 1500000, None, None, Qualifier.EXACT),
        ("treinta y cinco", 35, None, None, Qualifier.EXACT),
        ("ciento veinte", 120, None, None, Qualifier.EXACT),
        ("quinientas personas", 500, None, None, Qualifier.EXACT),
        ("doscientos mil", 200000, None, None, Qualifier.EXACT),
        ("una treintena de heridos", 30, None, None, Qualifier.EXACT),
        ("un centenar de desaparecidos", 100, None, None, Qualifier.EXACT),
        ("más de un centenar de desaparecidos", 100, 101, None, Qualifier.MORE_THAN),
        ("más de 500 heridos", 500, 501, None, Qualifier.MORE_THAN),
        ("mas de 500 heridos", 500, 501, None, Qualifier.MORE_THAN),
        ("más de las 40 constatadas", 40, 41, None, Qualifier.MORE_THAN),
        ("pasó la barrera de los 10.000", 10000, 10001, None, Qualifier.MORE_THAN),
        ("al menos 78 migrantes", 78, 78, None, Qualifier.AT_LEAST),
        ("por lo menos 62 personas", 62, 62, None, Qualifier.AT_LEAST),
        ("hasta 20.000 personas", 20000, None, 20000, Qualifier.UP_TO),
        ("menos de 20 muertos", 20, None, 19, Qualifier.UP_TO),
        ("casi 80 muertos", 80, None, 79, Qualifier.NEARLY),
        ("cerca de 1.600 personas", 1600, None, 1599, Qualifier.NEARLY),
        ("unos 250 migrantes", 250, None, None, Qualifier.ABOUT),
        ("alrededor de 300", 300, None, None, Qualifier.ABOUT),
        ("100 o más", 100, 100, None, Qualifier.AT_LEAST),
    ],
)
def test_spanish_numbers_and_hedges(
    phrase: str, value: int, low: int | None, high: int | None, qualifier: Qualifier
) -> None:
    q = parse_quantity(phrase, "es")
    assert q is not None
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("phrase", "low", "qualifier"),
    [
        ("decenas de muertos", 24, Qualifier.DOZENS),
        ("cientos de heridos", 200, Qualifier.HUNDREDS),
        ("centenares de detenidos", 200, Qualifier.HUNDREDS),
        ("miles de desplazados", 2000, Qualifier.THOUSANDS),
        ("decenas de miles de personas", 20000, Qualifier.TENS_OF_THOUSANDS),
        ("cientos de miles de refugiados", 200000, Qualifier.HUNDREDS_OF_THOUSANDS),
        ("medio millón de desplazados", 500000, Qualifier.HUNDREDS_OF_THOUSANDS),
        ("un millón y medio de refugiados", 1500000, Qualifier.MILLIONS),
    ],
)
def test_spanish_magnitude_words(phrase: str, low: int, qualifier: Qualifier) -> None:
    q = parse_quantity(phrase, "es")
    assert q is not None
    assert (q.value, q.low, q.qualifier) == (None, low, qualifier)


def test_spanish_several_is_a_count_without_bounds() -> None:
    q = parse_quantity("varios heridos", "es")
    assert q is not None
    assert (q.value, q.low, q.high, q.qualifier) == (None, None, None, Qualifier.SEVERAL)


@pytest.mark.parametrize(
    ("phrase", "low", "high"), [("entre 500 y 700 viajeros", 500, 700), ("2.300-2.400", 2300, 2400)]
)
def test_spanish_ranges(phrase: str, low: int, high: int) -> None:
    q = parse_quantity(phrase, "es")
    assert q is not None
    assert (q.low, q.high, q.qualifier) == (low, high, Qualifier.RANGE)


@pytest.mark.parametrize("phrase", ["uno de los heridos", "magnitud 6.4", "6,4"])
def test_spanish_pronouns_and_decimals_are_no_count(phrase: str) -> None:
    assert parse_quantity(phrase, "es") is None
