"""parse_quantity recovers n from phrases generated out of every pack's digits and words, and
the bounds it implies are ordered; find_numbers never crashes on any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.extract.quantities import MAX_PEOPLE, parse_quantity
from newsprism.lang.packs import available_languages, load_pack
from newsprism.lang.phrases import PhraseTable
from newsprism.model.figures import Qualifier

LANGS = available_languages()


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _phrases(table: PhraseTable[object]) -> list[str]:
    out = [" ".join(toks) for toks, _ in table.entries() if not toks[0].endswith("*")]
    return sorted(out)


@given(st.sampled_from(LANGS), st.integers(min_value=0, max_value=9_999_999), st.data())
def test_digits_in_each_grouping_parse_back(lang: str, n: int, data: st.DataObject) -> None:
    grammar = load_pack(lang).numbers
    separators = [s for s in (*grammar.thousands, ",", ".") if s != grammar.decimal or n >= 1000]
    sep = data.draw(st.sampled_from(separators))
    for text in (str(n), _grouped(n, sep)):
        q = parse_quantity(f"{text} x", lang)
        assert q is not None, text
        assert q.value == n, (text, q)


@given(st.sampled_from(LANGS), st.data())
def test_number_words_parse_to_their_value(lang: str, data: st.DataObject) -> None:
    words = load_pack(lang).numbers.words
    word, value = data.draw(st.sampled_from(sorted(words.values.items())))
    q = parse_quantity(word, lang)
    assert q is not None
    assert q.value == value


@given(st.sampled_from(LANGS), st.integers(min_value=1, max_value=999), st.data())
def test_digits_with_scale_words_multiply(lang: str, n: int, data: st.DataObject) -> None:
    words = load_pack(lang).numbers.words
    word, scale = data.draw(st.sampled_from(sorted(words.scales.items())))
    q = parse_quantity(f"{n} {word}", lang)
    if n * scale > MAX_PEOPLE:
        assert q is None  # more people than live on Earth: no count
        return
    assert q is not None
    assert q.value == n * scale


@given(st.sampled_from(LANGS), st.integers(min_value=2, max_value=1_000_000), st.data())
def test_hedged_numbers_keep_bounds_ordered(lang: str, n: int, data: st.DataObject) -> None:
    grammar = load_pack(lang).numbers
    hedge = data.draw(st.sampled_from(_phrases(grammar.hedges_before)))  # type: ignore[arg-type]
    q = parse_quantity(f"{hedge} {n}", lang)
    assert q is not None
    assert q.value == n
    if q.low is not None and q.qualifier is not Qualifier.MORE_THAN:
        assert q.low <= n
    if q.high is not None:
        assert q.high <= n
        assert (q.low or 0) <= q.high
    if q.qualifier is Qualifier.MORE_THAN:
        assert q.low == n + 1


@given(st.sampled_from(LANGS), st.data())
def test_magnitude_words_give_a_lower_bound_only(lang: str, data: st.DataObject) -> None:
    grammar = load_pack(lang).numbers
    phrase = data.draw(st.sampled_from(_phrases(grammar.magnitudes)))  # type: ignore[arg-type]
    q = parse_quantity(phrase, lang)
    assert q is not None
    assert q.value is None
    if q.qualifier is not Qualifier.SEVERAL:
        assert q.low is not None and q.low > 0


@given(st.sampled_from(LANGS), st.text(max_size=200))
def test_any_text_parses_or_gives_none(lang: str, text: str) -> None:
    q = parse_quantity(text, lang)
    if q is not None:
        assert q.value is None or 0 <= q.value <= MAX_PEOPLE
