"""Story-level framing: single-source claims as signals, outlet profiles."""

from __future__ import annotations

from framing_support import analyzed_of
from newsprism.framing.profiles import outlet_profiles, with_single_source
from newsprism.model.article import Span
from newsprism.model.figures import Attribution, AttributionKind
from newsprism.model.framing import SignalKind
from newsprism.model.reconcile import SingleSourceClaim


def test_single_source_claim_becomes_a_signal_of_its_article() -> None:
    text = "Clashes on the coast.\nWomen-led coalitions mediated local truces."
    item = analyzed_of(text)
    assert item.framing is not None
    claim = SingleSourceClaim(
        article_id=item.article.article_id,
        sentence_index=1,
        span=Span(22, len(text)),
        text=text[22:],
        attribution=Attribution(kind=AttributionKind.NONE),
        support=0.1,
        threshold=0.5,
    )
    framing = with_single_source(item.framing, [claim])
    added = [s for s in framing.signals if s.signal is SignalKind.SINGLE_SOURCE]
    assert [s.span.of(text) for s in added] == ["Women-led coalitions mediated local truces."]
    other = analyzed_of("Another article.").framing
    assert other is not None
    assert with_single_source(other, [claim]) is other


def test_outlet_profile_sums_signals_and_averages_opinion() -> None:
    a = analyzed_of("This shameful regime must fall.", outlet="Daily")
    b = analyzed_of("The talks resumed on Monday, officials said.", outlet="Daily")
    c = analyzed_of(
        "The Syrian Observatory for Human Rights said 40 people were killed.", outlet="Wire"
    )
    framings = [x.framing for x in (a, b, c) if x.framing is not None]
    sentences = {x.article.article_id: len(x.sentences) for x in (a, b, c)}
    daily, wire = outlet_profiles(framings, sentences)
    assert (daily.outlet, wire.outlet) == ("Daily", "Wire")
    assert len(daily.article_ids) == 2 and daily.n_sentences == 2
    assert daily.opinion > wire.opinion
    assert dict(daily.signal_counts)[SignalKind.LOADED] >= 2
    assert wire.attribution_mix.named == 1
