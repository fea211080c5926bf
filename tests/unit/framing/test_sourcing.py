"""Sourcing signals: anonymous and vague sources, figures without a source, attribution mix."""

from __future__ import annotations

from framing_support import analyzed_of, signals_of
from newsprism.model.figures import AttributionKind
from newsprism.model.framing import AttributionMix, SignalKind


def test_anonymous_source_and_its_later_mentions() -> None:
    text = (
        "A source from Latakia, who wished to remain anonymous, described a climate of fear.\n"
        "This source revealed that soldiers were kidnapped.\n"
        "The source claimed there was no foreign support."
    )
    found = signals_of(text, SignalKind.ANONYMOUS_SOURCE)
    assert [s.sentence for s in found] == [0, 1, 2]
    assert found[0].span.of(text) in {"A source from", "who wished to remain anonymous"}


def test_this_source_without_an_anonymous_source_before_is_no_signal() -> None:
    text = "The Syrian Observatory said 40 died.\nThis source also counted 12 injured."
    assert not signals_of(text, SignalKind.ANONYMOUS_SOURCE)


def test_one_word_vague_source_needs_an_attribution() -> None:
    assert signals_of("Officials said the road was closed.", SignalKind.VAGUE_SOURCE)
    assert not signals_of("Officials closed the road on Monday.", SignalKind.VAGUE_SOURCE)
    assert signals_of("Reports indicate the road was closed.", SignalKind.VAGUE_SOURCE)


def test_figure_without_source_is_flagged_at_its_quote() -> None:
    text = "Clashes on the coast.\nAt least 40 people were killed in the clashes."
    found = signals_of(text, SignalKind.UNSOURCED_FIGURE)
    assert len(found) == 1
    assert "40 people were killed" in found[0].span.of(text)


def test_attribution_mix_counts_the_figures_by_attribution() -> None:
    text = (
        "Clashes on the coast.\n"
        "The Syrian Observatory for Human Rights said 1,000 people were killed.\n"
        "Reports indicate that 200 people were injured.\n"
        "At least 30 people are missing."
    )
    framing = analyzed_of(text).framing
    assert framing is not None
    mix = framing.attribution_mix
    assert mix == AttributionMix(named=1, anonymous=0, vague=1, none=1)
    assert mix.share(AttributionKind.NAMED) == 1 / 3


def test_attribution_mix_without_figures_has_no_shares() -> None:
    mix = AttributionMix()
    assert mix.total == 0
    assert mix.share(AttributionKind.NONE) is None
