from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.lang.identify import SUPPORTED_LANGUAGES, UNKNOWN, identify_language


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("000_861153e402fb5a16.txt", "en"),
        ("001_a36a5ceb257cf9ff.txt", "en"),
        ("002_e328f3ef30151934.txt", "en"),
        ("003_5e058ba6d0e3f3ca.txt", "id"),
        ("004_61e47c249336bff1.txt", "en"),
    ],
)
def test_identify_language_example_set(example_dir: Path, name: str, lang: str) -> None:
    assert identify_language((example_dir / name).read_text(encoding="utf-8")).lang == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Polisi menangkap tiga tersangka terkait pengeboman sebuah gereja di Medan.", "id"),
        ("Deux morts dans un accident de la route près de Lyon, selon la police.", "fr"),
        ("Miles de personas protestan en la capital contra el gobierno.", "es"),
        ("Zwei Tote bei einem Unfall auf der Autobahn, teilte die Polizei mit.", "de"),
        ("Depremde çok sayıda kişi hayatını kaybetti ve yüzlerce kişi yaralandı.", "tr"),
        ("قتل عشرات المدنيين في اللاذقية حسب المرصد السوري لحقوق الإنسان", "ar"),
        ("Two people were killed in clashes near the border, police said.", "en"),
    ],
)
def test_identify_language_supported_languages(text: str, lang: str) -> None:
    guess = identify_language(text)
    assert guess.lang == lang
    assert guess.lang in SUPPORTED_LANGUAGES


@pytest.mark.parametrize("text", ["", "   ", "1,383 — 600+ 2025", "!!!"])
def test_identify_language_no_letters_is_unknown(text: str) -> None:
    assert identify_language(text).lang == UNKNOWN


def test_identify_language_unsupported_language_is_unknown() -> None:
    guess = identify_language("总统今天签署了新法律。洪水导致数千人无家可归。")
    assert guess.lang == UNKNOWN
