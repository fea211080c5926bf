"""Story-level framing: single-source claims as signals, and profiles per outlet.

A claim only one article of its story makes (``reconcile.single_source``) becomes a
``single_source`` signal of that article. An outlet's profile sums its articles' signals and
attribution mixes and averages their opinion scores.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from newsprism.model.framing import (
    ArticleFraming,
    AttributionMix,
    FramingSignal,
    OutletProfile,
    SignalKind,
)
from newsprism.model.reconcile import SingleSourceClaim

#: Versioned name of the story-level framing stage (recorded in reports).
PROFILER = "framing.profiles.v1"


def with_single_source(
    framing: ArticleFraming, claims: Iterable[SingleSourceClaim]
) -> ArticleFraming:
    """``framing`` with a ``single_source`` signal for each claim of its article."""
    added = [
        FramingSignal(
            signal=SignalKind.SINGLE_SOURCE,
            sentence=claim.sentence_index,
            span=claim.span,
            cue=f"no other article supports it (attribution: {claim.attribution.kind.value})",
        )
        for claim in claims
        if claim.article_id == framing.article_id
    ]
    if not added:
        return framing
    signals = sorted(
        (*framing.signals, *added), key=lambda s: (s.span.start, s.span.end, s.signal.value)
    )
    return dataclasses.replace(framing, signals=tuple(signals))


def outlet_profiles(
    framings: Sequence[ArticleFraming], n_sentences: Mapping[str, int]
) -> tuple[OutletProfile, ...]:
    """One profile per outlet over ``framings`` (``n_sentences``: each article's sentences, by
    article id), sorted by outlet."""
    members: dict[str, list[ArticleFraming]] = {}
    for framing in framings:
        members.setdefault(framing.outlet, []).append(framing)
    profiles = []
    for outlet, group in sorted(members.items()):
        counts: Counter[SignalKind] = Counter(s.signal for f in group for s in f.signals)
        mix = AttributionMix()
        for framing in group:
            mix = mix + framing.attribution_mix
        profiles.append(
            OutletProfile(
                outlet=outlet,
                article_ids=tuple(sorted(f.article_id for f in group)),
                opinion=round(sum(f.opinion for f in group) / len(group), 4),
                opinion_max=max(f.opinion for f in group),
                attribution_mix=mix,
                signal_counts=tuple((kind, counts[kind]) for kind in SignalKind if counts[kind]),
                n_sentences=sum(n_sentences.get(f.article_id, 0) for f in group),
            )
        )
    return tuple(profiles)
