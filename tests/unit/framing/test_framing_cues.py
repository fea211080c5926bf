"""The framing cues of every language: their own example sentences fire them (or do not), and
a malformed framing.toml is refused with the file and key named."""

from __future__ import annotations

import pytest

from newsprism.framing.article import score_sentence
from newsprism.lang.framing_cues import (
    LEXICON_NAMES,
    FramingCuesError,
    framing_languages,
    load_framing_cues,
    parse_framing_cues,
)
from newsprism.model.article import Span

LANGUAGES = ("ar", "de", "en", "es", "fr", "id", "tr")


def _examples() -> list[tuple[str, str, str, bool]]:
    cases = []
    for lang in LANGUAGES:
        cues = load_framing_cues(lang)
        named = [(x.name, x.positive, x.negative) for x in cues.lexicons]
        named += [(m.name, m.positive, m.negative) for m in cues.marks]
        for name, positive, negative in named:
            cases += [(lang, name, s, True) for s in positive]
            cases += [(lang, name, s, False) for s in negative]
    return cases


def test_framing_cues_exist_for_the_seven_languages() -> None:
    assert framing_languages() == LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_framing_cues_declare_every_lexicon_with_examples(lang: str) -> None:
    cues = load_framing_cues(lang)
    assert tuple(x.name for x in cues.lexicons) == LEXICON_NAMES
    for lexicon in cues.lexicons:
        assert lexicon.positive, f"{lang} {lexicon.name}: no positive example"
        assert lexicon.negative, f"{lang} {lexicon.name}: no negative example"
    assert {m.name for m in cues.marks} == {"question", "exclamation"}


@pytest.mark.parametrize(("lang", "name", "sentence", "fires"), _examples())
def test_framing_cue_examples(lang: str, name: str, sentence: str, fires: bool) -> None:
    _, hits = score_sentence(sentence, Span(0, len(sentence)), load_framing_cues(lang))
    found = [h.cue for h in hits if h.name == name and not h.quoted]
    assert bool(found) is fires, f"{lang} [{name}] {sentence!r}: {found}"


def test_unknown_language_gets_english_cues() -> None:
    assert load_framing_cues("xx").lang == "en"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"lexicon": {}}, "unknown key(s) lexicon"),
        ({"lexicons": {"loadded": {"phrases": []}}}, "unknown key(s) loadded"),
        ({"lexicons": {"loaded": {"phrase": ["x"]}}}, "[lexicons.loaded]: unknown key(s) phrase"),
        ({"lexicons": {"loaded": {"phrases": "x"}}}, "expected a list of strings"),
        ({"lexicons": {"loaded": {"patterns": ["(unclosed"]}}}, "bad pattern"),
        ({"quotes": {"pairs": ["«"]}}, "not two characters"),
        ({"case": {"skip_capitalised": "yes"}}, "true or false"),
    ],
)
def test_malformed_framing_cues_are_refused_with_file_and_key(
    data: dict[str, object], message: str
) -> None:
    with pytest.raises(FramingCuesError, match=r"xx/framing\.toml") as info:
        parse_framing_cues("xx", data, "xx/framing.toml")
    assert message in str(info.value)
