"""The opinion score: bounded, rising with judging cues, falling with the language of reports."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.framing.opinion import WEIGHTS, article_opinion, opinion_score

counts_strategy = st.dictionaries(st.sampled_from(sorted(WEIGHTS)), st.integers(0, 20))


@given(counts_strategy)
def test_opinion_score_is_in_unit_interval(counts: dict[str, int]) -> None:
    assert 0.0 <= opinion_score(counts) <= 1.0


@given(counts_strategy, st.sampled_from(sorted(WEIGHTS)))
def test_opinion_score_moves_with_the_sign_of_each_weight(counts: dict[str, int], cue: str) -> None:
    more = {**counts, cue: counts.get(cue, 0) + 1}
    if WEIGHTS[cue] > 0:
        assert opinion_score(more) >= opinion_score(counts)
    else:
        assert opinion_score(more) <= opinion_score(counts)


def test_one_loaded_word_makes_opinion_and_a_report_verb_takes_it_back() -> None:
    assert opinion_score({}) < 0.5
    assert opinion_score({"loaded": 1}) > 0.5
    assert opinion_score({"loaded": 1, "reporting": 1}) < 0.5


def test_hedges_say_nothing_about_opinion() -> None:
    assert opinion_score({"hedge": 3}) == opinion_score({})


def test_article_opinion_weighs_sentences_by_length() -> None:
    assert article_opinion([(1.0, 10), (0.0, 30)]) == 0.25
    assert article_opinion([]) == 0.0
