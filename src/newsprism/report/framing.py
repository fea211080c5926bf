"""Framing profiles as JSON-ready dictionaries: ``articles[].framing``, ``stories[].profiles``
and ``outlets`` of report.json, and the lines of ``newsprism framing``. Field names are a public
interface (docs/report-schema.md)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsprism.model.article import Article
from newsprism.model.figures import AttributionKind
from newsprism.model.framing import ArticleFraming, AttributionMix, OutletProfile, SignalKind
from newsprism.model.ids import ArticleId

JsonDict = dict[str, Any]


def mix_to_json(mix: AttributionMix) -> JsonDict:
    """Shares of named, anonymous, vague and unattributed figures (null without figures), and
    the number of figures."""
    out: JsonDict = {}
    for kind in AttributionKind:
        share = mix.share(kind)
        out[kind.value] = None if share is None else round(share, 4)
    out["figures"] = mix.total
    return out


def _counts(pairs: Mapping[SignalKind, int]) -> JsonDict:
    return {kind.value: pairs[kind] for kind in SignalKind if pairs.get(kind)}


def framing_to_json(framing: ArticleFraming, article: Article) -> JsonDict:
    """One article's framing: opinion, attribution mix, signals with quotes and offsets, and
    each sentence's opinion score (one line of ``newsprism framing --format jsonl``)."""
    text = article.text
    counts: dict[SignalKind, int] = {}
    for signal in framing.signals:
        counts[signal.signal] = counts.get(signal.signal, 0) + 1
    return {
        "article": article.ref,
        "article_id": article.article_id,
        "outlet": framing.outlet,
        "lang": article.lang,
        "title": article.title,
        "opinion": framing.opinion,
        "attribution_mix": mix_to_json(framing.attribution_mix),
        "signal_counts": _counts(counts),
        "signals": [
            {
                "signal": s.signal.value,
                "sentence": s.sentence,
                "quote": s.span.of(text),
                "start": s.span.start,
                "end": s.span.end,
                "cue": s.cue,
                "quoted": s.quoted,
            }
            for s in framing.signals
        ],
        "sentences": [
            {"sentence": s.sentence, "start": s.span.start, "end": s.span.end, "opinion": s.opinion}
            for s in framing.sentences
        ],
        "method": framing.method,
    }


def profile_to_json(profile: OutletProfile, refs: Mapping[ArticleId, str]) -> JsonDict:
    """One outlet's profile over its articles."""
    return {
        "outlet": profile.outlet,
        "articles": [refs.get(a, a) for a in profile.article_ids],
        "article_ids": list(profile.article_ids),
        "n_articles": len(profile.article_ids),
        "opinion": profile.opinion,
        "opinion_max": profile.opinion_max,
        "attribution_mix": mix_to_json(profile.attribution_mix),
        "signal_counts": _counts(dict(profile.signal_counts)),
        "n_sentences": profile.n_sentences,
    }
