"""parse_quantity recovers n from phrases generated out of every pack's digits and words, and
the bounds it implies are ordered."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.extract.numbers import find_quantities, parse_quantity
from newsprism.extract.tokens import tokenize
from newsprism.lang.packs import LanguagePack, available_languages, load_pack
from newsprism.model.figures import Qualifier
from support import figures_of

LANGS = available_languages()


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _phrases(pack: LanguagePack, table: str) -> list[str]:
    phrases = getattr(pack, table)
    out = [" ".join(toks) for toks, _ in phrases.entries() if not toks[0].endswith("*")]
    return sorted(out)


@given(st.sampled_from(LANGS), st.integers(min_value=0, max_value=9_999_999), st.data())
def test_digits_in_each_grouping_parse_back(lang: str, n: int, data: st.DataObject) -> None:
    pack = load_pack(lang)
    separators = [s for s in pack.thousands if s != pack.decimal]
    sep = data.draw(st.sampled_from(separators))
    for text in (str(n), _grouped(n, sep)):
        q = parse_quantity(f"{text} x", lang)
        assert q is not None, text
        assert q.value == n, (text, q)


@given(st.sampled_from(LANGS), st.data())
def test_number_words_parse_to_their_value(lang: str, data: st.DataObject) -> None:
    pack = load_pack(lang)
    word, value = data.draw(st.sampled_from(sorted(pack.words.values.items())))
    q = parse_quantity(word, lang)
    assert q is not None
    assert q.value == value


@given(st.sampled_from(LANGS), st.integers(min_value=1, max_value=999), st.data())
def test_digits_with_scale_words_multiply(lang: str, n: int, data: st.DataObject) -> None:
    pack = load_pack(lang)
    word, scale = data.draw(st.sampled_from(sorted(pack.words.scales.items())))
    q = parse_quantity(f"{n} {word}", lang)
    assert q is not None
    assert q.value == n * scale


@given(st.sampled_from(LANGS), st.integers(min_value=2, max_value=1_000_000), st.data())
def test_hedged_numbers_keep_bounds_ordered(lang: str, n: int, data: st.DataObject) -> None:
    pack = load_pack(lang)
    hedge = data.draw(st.sampled_from(_phrases(pack, "hedges_before")))
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
    pack = load_pack(lang)
    phrase = data.draw(st.sampled_from(_phrases(pack, "magnitudes")))
    q = parse_quantity(phrase, lang)
    assert q is not None
    assert q.value is None
    assert q.low is not None and q.low > 0


_PIECES = ["killed", " dead ", "1,000", " over ", "hundreds", " wounded", "+", " said ", "\n"]
_NOISY = st.lists(
    st.sampled_from(_PIECES) | st.text(alphabet="0123456789 ,.-:'()Aé١", max_size=6),
    max_size=40,
).map("".join)


@given(st.sampled_from((*LANGS, "unknown")), _NOISY)
def test_extracted_figures_stay_inside_the_text(lang: str, text: str) -> None:
    for figure in figures_of(text, lang=lang, title=""):
        assert 0 <= figure.evidence.start < figure.evidence.end <= len(text)
        q = figure.quantity
        known = [x for x in (q.low, q.value, q.high) if x is not None]
        assert known
        if q.qualifier is not Qualifier.MORE_THAN:
            assert known == sorted(known)


_NOUNS = ("men", "women", "children", "adults", "teens", "boys", "girls", "others")
_SINGLES = ("a man", "a woman", "a boy", "a 3-year-old", "a 16-year-old girl", "his son")


@given(
    st.lists(
        st.one_of(
            st.tuples(st.integers(min_value=2, max_value=99), st.sampled_from(_NOUNS)),
            st.sampled_from(_SINGLES),
        ),
        min_size=2,
        max_size=4,
    ),
    st.booleans(),
    st.booleans(),
)
def test_a_coordination_counts_the_sum_of_its_conjuncts(
    conjuncts: list[tuple[int, str] | str], words: bool, oxford: bool
) -> None:
    """Digits or number words, singles and relatives, with or without a serial comma: one
    quantity, the sum, from the first conjunct on."""
    pack = load_pack("en")
    if isinstance(conjuncts[0], str) and conjuncts[0].startswith("his"):
        conjuncts[0] = "a man"  # a list opens with a count, not a relative of someone before
    spelled = {v: w for w, v in pack.words.values.items()}
    parts = [
        c if isinstance(c, str) else f"{spelled.get(c[0], c[0]) if words else c[0]} {c[1]}"
        for c in conjuncts
    ]
    head = ", ".join(parts[:-1])
    joiner = ", and " if oxford and len(parts) > 2 else " and "
    text = f"{head}{joiner}{parts[-1]} were shot"
    total = sum(1 if isinstance(c, str) else c[0] for c in conjuncts)
    matches = find_quantities(tokenize(text, 0, len(text), pack), pack)
    assert [m.quantity.value for m in matches] == [total], text
    assert matches[0].first == 0
