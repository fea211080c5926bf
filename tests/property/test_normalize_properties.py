"""Properties of clean.normalize: idempotent, no carriage returns or zero-width characters."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newsprism.clean.article import clean_article
from newsprism.clean.normalize import normalize
from newsprism.model.article import ContentType, RawArticle, Rejection
from newsprism.model.ids import article_id_for

# Text biased towards the characters normalize acts on.
_SPECIAL = st.sampled_from(
    [
        *"\r\n\t \u00a0\u2009\u200b\u200d\ufeff\u2018\u2019\u201c\u201d\u2032\x07\u0301\u00ad",
        "\r\n",
        "\n\n\n",
        "  ",
    ]
)
_TEXT = st.lists(st.one_of(st.text(max_size=8), _SPECIAL), max_size=40).map("".join)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


@given(_TEXT)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(_TEXT)
def test_normalize_removes_carriage_returns_and_zero_width(text: str) -> None:
    result = normalize(text)
    assert "\r" not in result
    assert not any(char in result for char in _ZERO_WIDTH)
    assert "\n\n\n" not in result
    assert result == result.strip()


_WORD = st.text(
    alphabet=st.characters(
        exclude_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Mn", "Mc", "Me"),
        exclude_characters="'\"\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033"
        "\u2035\u2036\u02bc\uff02\uff07",
    ),
    min_size=1,
    max_size=6,
).map(lambda word: unicodedata.normalize("NFC", word))
_LINE = st.lists(_WORD, min_size=1, max_size=6).map(" ".join)


@st.composite
def _normal_texts(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_LINE, max_size=8))
    out: list[str] = []
    for line in lines:
        if out and out[-1] == line:
            continue
        if out:
            out.append(draw(st.sampled_from(["\n", "\n\n"])))
        out.append(line)
    return "".join(out)


@given(_normal_texts())
def test_normalize_is_identity_on_normal_text(text: str) -> None:
    assert normalize(text) == text


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60))
def test_normalize_keeps_single_spaced_ascii_line(text: str) -> None:
    line = " ".join(text.split())
    assert normalize(line) == line


@given(_TEXT, st.none() | st.text(max_size=30))
def test_clean_article_text_is_normal_and_title_never_empty(body: str, title: str | None) -> None:
    raw = RawArticle(ref="r", origin="r", body=body, content_type=ContentType.TEXT, title=title)
    result = clean_article(raw)
    if isinstance(result, Rejection):
        assert normalize(body) == ""
        return
    assert result.text
    assert normalize(result.text) == result.text
    assert result.article_id == article_id_for(result.text)
    assert result.title.strip()
    assert "\n" not in result.title
