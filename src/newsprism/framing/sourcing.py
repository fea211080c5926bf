"""Sourcing signals: anonymous and vague sources in the text, figures without a source, and
the attribution mix of an article's figures.

The cues are the language pack's attribution cues (``attribution.toml``), the same ones figure
extraction reads; a figure's attribution comes from ``extract_figures``. A one-word vague source
("officials", "activists") counts only in a sentence that attributes something (one of the
pack's attribution cues, "said", "according to"): elsewhere the word names who acted, not who
told. "This source" after an anonymous source counts as that anonymous source again.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.framing.matching import Tokens
from newsprism.lang.packs import LanguagePack
from newsprism.model.article import Span
from newsprism.model.figures import AttributionKind, Figure
from newsprism.model.framing import AttributionMix, FramingSignal, SignalKind

_KIND_SIGNAL = {
    AttributionKind.ANONYMOUS: SignalKind.ANONYMOUS_SOURCE,
    AttributionKind.VAGUE: SignalKind.VAGUE_SOURCE,
    AttributionKind.NONE: SignalKind.UNSOURCED_FIGURE,
}


def _span(tokens: Tokens, first: int, last: int) -> Span:
    return Span(tokens.spans[first][0], tokens.spans[last - 1][1])


def sentence_sources(
    text: str, index: int, tokens: Tokens, pack: LanguagePack, *, anonymous_before: bool
) -> list[FramingSignal]:
    """The anonymous and the vague source of one sentence, at most one of each, at its first
    cue (``anonymous_before``: an anonymous source appeared earlier in the article, so "this
    source" is that source)."""
    norms = [pack.norm(n) for n in tokens.norms]  # the pack's tables are in its own norm
    cues = pack.attribution
    out: list[FramingSignal] = []
    anonymous = cues.anonymous.find_all(norms)
    attributes = bool(cues.named.find_all(norms))
    vague = [(f, t, v) for f, t, v in cues.vague.find_all(norms) if t - f > 1 or attributes]
    if attributes:  # unnamed groups ("officials", "rescuers") only where something is said
        vague = sorted(vague + cues.vague_speakers.find_all(norms))
    for kind, found in ((SignalKind.ANONYMOUS_SOURCE, anonymous), (SignalKind.VAGUE_SOURCE, vague)):
        if found:
            span = _span(tokens, found[0][0], found[0][1])
            out.append(FramingSignal(signal=kind, sentence=index, span=span, cue=span.of(text)))
    if anonymous_before and not out:
        for first, last, _ in cues.anaphora.find_all(norms):
            span = _span(tokens, first, last)
            out.append(
                FramingSignal(
                    signal=SignalKind.ANONYMOUS_SOURCE,
                    sentence=index,
                    span=span,
                    cue=f"{span.of(text)} (the anonymous source named before)",
                )
            )
            break
    return out


def figure_sources(
    figures: Sequence[Figure], covered: set[tuple[SignalKind, int]]
) -> list[FramingSignal]:
    """A signal per figure attributed anonymously or vaguely, or not at all (at the attribution
    cue when there is one, else at the figure's quote); a sentence whose source was already
    flagged from its text is not flagged twice (``covered``: signal kind and sentence)."""
    out: list[FramingSignal] = []
    for figure in figures:
        signal = _KIND_SIGNAL.get(figure.attribution.kind)
        if signal is None or (signal, figure.sentence_index) in covered:
            continue
        if signal is SignalKind.UNSOURCED_FIGURE:
            cue = f"{figure.kind.value} figure with no source"
        else:
            cue = figure.attribution.source or figure.attribution.kind.value
        out.append(
            FramingSignal(
                signal=signal,
                sentence=figure.sentence_index,
                span=figure.attribution.cue or figure.evidence,
                cue=cue,
            )
        )
        covered.add((signal, figure.sentence_index))
    return out


def attribution_mix(figures: Sequence[Figure]) -> AttributionMix:
    """How the figures are attributed: counts of named, anonymous, vague and no source."""
    counts = dict.fromkeys(AttributionKind, 0)
    for figure in figures:
        counts[figure.attribution.kind] += 1
    return AttributionMix(
        named=counts[AttributionKind.NAMED],
        anonymous=counts[AttributionKind.ANONYMOUS],
        vague=counts[AttributionKind.VAGUE],
        none=counts[AttributionKind.NONE],
    )
