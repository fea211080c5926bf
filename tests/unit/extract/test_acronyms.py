"""Names an article spells out: acronyms and proper names written inside capitalised runs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.extract.acronyms import find_acronyms, find_proper_names


def test_an_acronym_in_parentheses_after_its_name_is_spelt_out() -> None:
    text = "The Ruritania Flood Relief Office (RFRO) said on Monday.\nThe Bureau of Water (BW)."
    assert find_acronyms(text) == {
        "RFRO": "Ruritania Flood Relief Office",
        "BW": "Bureau of Water",
    }


def test_an_acronym_whose_initials_differ_is_left_alone() -> None:
    assert find_acronyms("Afet ve Acil Durum Başkanlığı (AFAD) açıkladı.") == {}
    assert find_acronyms("the rescue teams (RT) arrived") == {}


def test_proper_names_come_from_runs_of_capitals_not_from_sentence_starts() -> None:
    text = "Kepala BNPB Suharyanto menyampaikan. Die Polizei sagte, Reports said nothing."
    names = find_proper_names(text)
    assert {"BNPB", "Suharyanto"} <= names
    assert not names & {"Kepala", "Die", "Polizei", "Reports"}


@given(st.text(max_size=200))
def test_spelt_out_names_are_substrings_of_the_text(text: str) -> None:
    for short, full in find_acronyms(text).items():
        assert f"({short})" in text.replace("( ", "(").replace(" )", ")") or short in text
        assert full in text
    assert all(name in text for name in find_proper_names(text))
