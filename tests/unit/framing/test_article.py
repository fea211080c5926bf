"""An article's framing profile: spans inside the text, scores in [0, 1], the example set."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing_support import analyzed_of
from newsprism.api import Engine
from newsprism.evaluation.framing import check_example
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.framing import SignalKind
from newsprism.settings import Settings

EXAMPLE_DIR = Path(__file__).resolve().parents[3] / "examples" / "syria-coast-2025-03"
WORDS = st.sampled_from(
    [
        "The", "army", "said", "shameful", "regime", "may", "we", "must", "1,000", "killed",
        "“", "”", "?", "!", "\n", ".", "reportedly", "anonymous", "source", "Officials", "US",
    ]
)  # fmt: skip


@pytest.fixture(scope="module")
def example() -> list[AnalyzedArticle]:
    analyzed, _, _ = Engine(Settings(workers=1)).analyze_articles([EXAMPLE_DIR])
    return analyzed


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40))
def test_signals_lie_inside_the_text_and_scores_in_unit_interval(words: list[str]) -> None:
    text = " ".join(words).strip() or "x"
    framing = analyzed_of(text).framing
    assert framing is not None
    assert 0.0 <= framing.opinion <= 1.0
    for signal in framing.signals:
        assert 0 <= signal.span.start <= signal.span.end <= len(text)
        assert signal.span.of(text) or signal.signal is SignalKind.OPINION
    assert all(0.0 <= s.opinion <= 1.0 for s in framing.sentences)


def test_opinion_signal_marks_the_whole_opinionated_sentence() -> None:
    text = "The talks resumed on Monday, officials said.\nThis shameful regime must fall."
    framing = analyzed_of(text).framing
    assert framing is not None
    opinions = [s for s in framing.signals if s.signal is SignalKind.OPINION]
    assert [s.span.of(text) for s in opinions] == ["This shameful regime must fall."]
    assert framing.sentences[0].opinion < 0.5 < framing.sentences[1].opinion


def test_outlet_falls_back_to_url_host_then_reference() -> None:
    assert analyzed_of("x", outlet="Reuters").framing.outlet == "Reuters"  # type: ignore[union-attr]
    framing = analyzed_of("x", url="https://www.example.org/a").framing
    assert framing is not None and framing.outlet == "example.org"
    assert analyzed_of("x").framing.outlet == "(t.txt)"  # type: ignore[union-attr]


def test_example_opinion_piece_scores_above_the_reports(example: list[AnalyzedArticle]) -> None:
    checks = check_example(example)
    assert checks.opinion_above_reports == 1.0, checks.notes


def test_example_indonesian_editorial_closing_is_flagged(example: list[AnalyzedArticle]) -> None:
    assert check_example(example).editorial_flagged == 1.0


def test_example_opinion_piece_relies_on_an_anonymous_source(
    example: list[AnalyzedArticle],
) -> None:
    assert check_example(example).anonymous_reliance == 1.0
    piece = next(a for a in example if a.article.title == "The Harsh Truth of Life in Syria")
    assert piece.framing is not None
    assert piece.framing.attribution_mix.anonymous == 1


def test_framing_is_fast(example: list[AnalyzedArticle]) -> None:
    from newsprism.framing.article import frame_article

    for item in example:
        frame_article(item)  # caches loaded
    start = time.perf_counter()
    for _ in range(5):
        for item in example:
            frame_article(item)
    per_article_ms = (time.perf_counter() - start) * 1000 / (5 * len(example))
    assert per_article_ms < 25, f"{per_article_ms:.1f} ms per article"
