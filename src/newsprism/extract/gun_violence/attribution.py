"""Who a figure is attributed to: found in its sentence, the quote-introducing sentence, the
previous sentence of its paragraph, or (for "this source") the source named earlier.

Sources are normalised to canonical keys through ``resources/sources.toml`` so that "the Syrian
Observatory for Human Rights", "SOHR" and "المرصد السوري لحقوق الإنسان" are one origin.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.extract.gun_violence.tokens import Token
from newsprism.model.article import Span
from newsprism.model.figures import Attribution, AttributionKind

#: Sentences looked back through to resolve "this source" / "the source".
ANAPHORA_LOOKBACK = 6
#: Capitalised tokens read as an unknown named source around a cue ("Sheriff John Smith said").
NAME_MAX_TOKENS = 6
QUOTE_CHARS = frozenset('"“”«»„')


@dataclass(frozen=True, slots=True)
class Mention:
    """A source mentioned in a sentence: kind, token range, text and canonical key."""

    kind: AttributionKind
    first: int
    last: int
    span: Span
    text: str
    norm: str | None
    cue: Span | None = None


@dataclass(frozen=True, slots=True)
class SentenceSources:
    """The sources and cues of one sentence."""

    mentions: tuple[Mention, ...]
    anaphora: tuple[int, ...]
    has_cue: bool
    line: int
    opens_quote: bool
    introduces_quote: bool


def _mention(
    kind: AttributionKind,
    text: str,
    tokens: Sequence[Token],
    first: int,
    last: int,
    norm: str | None,
) -> Mention:
    span = Span(tokens[first].start, tokens[last - 1].end)
    return Mention(kind, first, last, span, span.of(text), norm)


def read_sources(
    text: str, tokens: Sequence[Token], norms: Sequence[str], pack: LanguagePack, *, line: int
) -> SentenceSources:
    """Every source mention and attribution cue of one sentence."""
    cues = pack.named_cues.find_all(norms)
    after_cues = pack.source_after_cues.find_all(norms)
    mentions: list[Mention] = []
    taken: set[int] = set()

    def add(kind: AttributionKind, first: int, last: int, norm: str | None) -> None:
        if taken.isdisjoint(range(first, last)):
            mentions.append(_mention(kind, text, tokens, first, last, norm))
            taken.update(range(first, last))

    upper = [
        n if t.text.isupper() or not t.text.isalpha() else "\0"
        for t, n in zip(tokens, norms, strict=True)
    ]
    if cues or after_cues:
        for first, last, source in pack.sources.find_all(norms):
            add(AttributionKind.NAMED, first, last, source.key)
        for first, last, source in pack.sources_exact_case.find_all(upper):
            if any(tokens[k].text[:1].isalpha() for k in range(first, last)):
                add(AttributionKind.NAMED, first, last, source.key)
    for first, last, _ in pack.anonymous_cues.find_all(norms):
        add(AttributionKind.ANONYMOUS, first, last, None)
    for first, last, _ in pack.vague_cues.find_all(norms):
        add(AttributionKind.VAGUE, first, last, None)
    for _, last, _ in after_cues:
        run = _capitalised_run(tokens, last, 1)
        if run is not None:
            add(AttributionKind.NAMED, run[0], run[1], None)
    for first, _, _ in cues:
        run = _capitalised_run(tokens, first - 1, -1)
        if run is not None:
            add(AttributionKind.NAMED, run[0], run[1], None)
    anaphora = tuple(first for first, _, _ in pack.anaphora.find_all(norms))
    mentions.sort(key=lambda m: m.first)
    cue_spans = [
        (first, Span(tokens[first].start, tokens[last - 1].end))
        for first, last, _ in cues + after_cues
    ]
    texts = [t.text for t in tokens]
    return SentenceSources(
        mentions=tuple(_with_cue(_normalised(m), cue_spans) for m in mentions),
        anaphora=anaphora,
        has_cue=bool(cues or after_cues),
        line=line,
        opens_quote=bool(texts) and texts[0] in QUOTE_CHARS,
        introduces_quote=bool(texts) and texts[-1] == ":",
    )


def _with_cue(m: Mention, cue_spans: Sequence[tuple[int, Span]]) -> Mention:
    """The mention with the span of its cue: the nearest named cue for a named source, the
    phrase itself for vague and anonymous sources ("reports indicate")."""
    if m.kind is not AttributionKind.NAMED:
        return dataclasses.replace(m, cue=m.span)
    if not cue_spans:
        return m
    _, span = min(cue_spans, key=lambda c: min(abs(c[0] - m.first), abs(c[0] - m.last)))
    return dataclasses.replace(m, cue=span)


def _normalised(m: Mention) -> Mention:
    if m.norm is not None or m.kind is not AttributionKind.NAMED:
        return m
    return dataclasses.replace(m, norm=" ".join(m.text.lower().split()))


def _capitalised_run(tokens: Sequence[Token], start: int, step: int) -> tuple[int, int] | None:
    """A run of capitalised words starting at ``start`` and going in direction ``step``."""
    j = start
    picked: list[int] = []
    while 0 <= j < len(tokens) and len(picked) < NAME_MAX_TOKENS:
        text = tokens[j].text
        if text[:1].isupper() and text.isalpha():
            picked.append(j)
        elif text in {"-", "."} and picked:
            pass
        else:
            break
        j += step
    if not picked:
        return None
    first, last = min(picked), max(picked) + 1
    if first == 0 and last - first == 1:
        return None  # a lone sentence-initial capital ("Reports", "Police") is no name
    return first, last


def _in_sentence(sources: SentenceSources, core_first: int, core_last: int) -> Mention | None:
    outside = [m for m in sources.mentions if m.last <= core_first or m.first >= core_last]
    if not outside:
        return None
    for kind in (AttributionKind.ANONYMOUS, AttributionKind.NAMED, AttributionKind.VAGUE):
        before = [m for m in outside if m.kind is kind and m.last <= core_first]
        if before:
            return before[-1]
        after = [m for m in outside if m.kind is kind]
        if after:
            return after[0]
    return None


def _carried(sources: SentenceSources) -> Mention | None:
    named = [m for m in sources.mentions if m.kind is AttributionKind.NAMED]
    if named and sources.has_cue:
        return named[0]  # the first name of a sentence is its subject more often than not
    return None


def _resolve_anaphora(history: Sequence[SentenceSources], index: int) -> Mention | None:
    for k in range(index - 1, max(-1, index - 1 - ANAPHORA_LOOKBACK), -1):
        found = [m for m in history[k].mentions if m.kind is not AttributionKind.VAGUE]
        if found:
            return found[-1]
    return None


def attribute(
    history: Sequence[SentenceSources], index: int, core_first: int, core_last: int
) -> tuple[Attribution, Mention | None]:
    """The attribution of a figure whose words are tokens ``[core_first, core_last)`` of
    sentence ``index``; the mention is returned when it lies in that same sentence."""
    here = history[index]
    own = _in_sentence(here, core_first, core_last)
    if own is not None:
        return _as_attribution(own), own
    if here.anaphora:
        earlier = _resolve_anaphora(history, index)
        if earlier is not None:
            return _as_attribution(earlier), None
    if index > 0:
        prev = history[index - 1]
        if here.opens_quote or prev.introduces_quote:
            quoted = _in_sentence(prev, 0, 0)
            if quoted is not None:
                return _as_attribution(quoted), None
        if prev.line == here.line:
            carried = _carried(prev)
            if carried is not None:
                return _as_attribution(carried), None
    return Attribution(kind=AttributionKind.NONE), None


def _as_attribution(m: Mention) -> Attribution:
    norm = m.norm if m.kind is AttributionKind.NAMED else None
    return Attribution(kind=m.kind, source=m.text, source_norm=norm, cue=m.cue)
