"""An article's framing profile: its signals, its sentences' opinion scores, its attribution
mix. A pure function of the analysed article (sentences and figures), run per article."""

from __future__ import annotations

from newsprism.framing.headlines import headline_mismatches
from newsprism.framing.matching import (
    CueHit,
    Quotations,
    count_numbers,
    find_cues,
    find_quotations,
    tokenize,
)
from newsprism.framing.opinion import article_opinion, count_cues, opinion_score
from newsprism.framing.sourcing import attribution_mix, figure_sources, sentence_sources
from newsprism.lang.framing_cues import FramingCues, load_framing_cues
from newsprism.lang.packs import LanguagePack, load_pack
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Span
from newsprism.model.framing import (
    ArticleFraming,
    FramingSignal,
    SentenceOpinion,
    SignalKind,
    outlet_of,
)

#: Versioned name of the stage (recorded in reports).
FRAMER = "framing.signals.v1"
#: A sentence reads as opinion at this score (an ``opinion`` signal marks it).
OPINION_THRESHOLD = 0.5

#: Cue names (lexicons and marks of framing.toml) shown as signals, and their signal kind;
#: ``reporting`` lowers the score but is not shown.
_CUE_SIGNALS = {
    "loaded": SignalKind.LOADED,
    "evaluative": SignalKind.EVALUATIVE,
    "intensifier": SignalKind.INTENSIFIER,
    "first_person": SignalKind.FIRST_PERSON,
    "second_person": SignalKind.SECOND_PERSON,
    "normative": SignalKind.NORMATIVE,
    "hedge": SignalKind.HEDGE,
    "certainty": SignalKind.CERTAINTY,
    "question": SignalKind.RHETORICAL_QUESTION,
    "exclamation": SignalKind.EXCLAMATION,
}


def score_sentence(
    text: str, span: Span, cues: FramingCues, quotations: Quotations | None = None
) -> tuple[float, list[CueHit]]:
    """The opinion score of the sentence ``text[span]`` and the cues found in it."""
    quoted = quotations if quotations is not None else find_quotations(text, cues.quotes)
    hits = find_cues(text, span, cues, quoted, tokenize(text, span))
    counts = count_cues((h.name for h in hits if not h.quoted), count_numbers(text, span))
    return opinion_score(counts), hits


def frame_article(
    analyzed: AnalyzedArticle,
    cues: FramingCues | None = None,
    pack: LanguagePack | None = None,
) -> ArticleFraming:
    """The framing profile of an analysed article (cues and pack of its language unless
    given)."""
    article = analyzed.article
    text = article.text
    cues = cues if cues is not None else load_framing_cues(article.lang)
    pack = pack if pack is not None else load_pack(article.lang)
    quotations = find_quotations(text, cues.quotes)
    signals: list[FramingSignal] = []
    sentences: list[SentenceOpinion] = []
    anonymous_before = False
    for sentence in analyzed.sentences:
        span = sentence.span
        tokens = tokenize(text, span)
        hits = find_cues(text, span, cues, quotations, tokens)
        counts = count_cues((h.name for h in hits if not h.quoted), count_numbers(text, span))
        score = round(opinion_score(counts), 4)
        sentences.append(SentenceOpinion(sentence=sentence.index, span=span, opinion=score))
        if score >= OPINION_THRESHOLD:
            signals.append(
                FramingSignal(
                    signal=SignalKind.OPINION,
                    sentence=sentence.index,
                    span=span,
                    cue=f"opinion score {score:.2f}",
                )
            )
        for hit in hits:
            kind = _CUE_SIGNALS.get(hit.name)
            if kind is not None:
                signals.append(
                    FramingSignal(
                        signal=kind,
                        sentence=sentence.index,
                        span=hit.span,
                        cue=hit.cue,
                        quoted=hit.quoted,
                    )
                )
        sourced = sentence_sources(
            text, sentence.index, tokens, pack, anonymous_before=anonymous_before
        )
        anonymous_before = anonymous_before or any(
            s.signal is SignalKind.ANONYMOUS_SOURCE for s in sourced
        )
        signals.extend(sourced)
    covered = {(s.signal, s.sentence) for s in signals}
    signals.extend(figure_sources(analyzed.figures, covered))
    headline_lines = {f.sentence_index for f in analyzed.figures if f.in_headline}
    if any(s.index not in headline_lines for s in analyzed.sentences):
        signals.extend(headline_mismatches(analyzed.figures, text))  # there is a body
    signals.sort(key=lambda s: (s.span.start, s.span.end, s.signal.value))
    return ArticleFraming(
        article_id=article.article_id,
        outlet=outlet_of(article),
        opinion=round(article_opinion((s.opinion, len(s.span)) for s in sentences), 4),
        sentences=tuple(sentences),
        signals=tuple(signals),
        attribution_mix=attribution_mix(analyzed.figures),
        method=FRAMER,
    )
