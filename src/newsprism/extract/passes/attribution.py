"""Pass ``attribution``: the origin each figure is attributed to.

Judged per sentence, as a reader would: a source in the figure's own sentence (one beside its
cue first; the nearest anonymous, then named, then vague one, before the figure first); in a
quotation, its speaker over a vague hedge of the speaker's own; else a source the sentence
points back to ("this source", "he said", "the commission reported"); else the sentence that
introduces a quote or a list ending in a colon; else a named source with a cue in the sentence
before, in the same paragraph; else none (the article's own voice). A breakdown keeps the
attribution of its whole when it stands in the whole's sentence or the next one and names no
source itself. An acronym the article spells out is cited by its full name.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Mapping, Sequence

from newsprism.extract.acronyms import find_acronyms, find_proper_names
from newsprism.extract.candidates import Candidate
from newsprism.extract.doc import Doc
from newsprism.extract.quotes import Quote, find_quotes, quote_at
from newsprism.extract.sources import Mention, SentenceSources, read_sources
from newsprism.extract.state import State
from newsprism.model.figures import Attribution, AttributionKind

#: Sentences looked back through to resolve "this source" / "the source".
ANAPHORA_LOOKBACK = 6
_ORDER = (AttributionKind.ANONYMOUS, AttributionKind.NAMED, AttributionKind.VAGUE)


class _Sources:
    """Per-sentence sources, read on first use, the article's quoted passages and the
    acronyms it spells out."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.cache: dict[int, SentenceSources] = {}
        self._quotes: tuple[Quote, ...] | None = None
        self._acronyms: dict[str, str] | None = None
        self._names: frozenset[str] | None = None
        self.starts = [s.span.start for s in doc.sentences]

    @property
    def acronyms(self) -> dict[str, str]:
        if self._acronyms is None:
            pack = self.doc.pack
            self._acronyms = {
                short: full
                for short, full in find_acronyms(self.doc.text).items()
                if not pack.sources_exact.find_all([pack.norm(short)])  # a known key stays
            }
        return self._acronyms

    @property
    def quotes(self) -> tuple[Quote, ...]:
        if self._quotes is None:
            self._quotes = find_quotes(self.doc.text)
        return self._quotes

    def sentence_at(self, pos: int) -> int:
        """The index of the sentence holding (or just before) character ``pos``."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def __getitem__(self, i: int) -> SentenceSources:
        if i not in self.cache:
            if self._names is None:
                self._names = find_proper_names(self.doc.text)
            doc = self.doc
            self.cache[i] = read_sources(doc.text, doc.sent(i), doc.pack, names=self._names)
        return self.cache[i]


def _in_sentence(sources: SentenceSources, core: tuple[int, int]) -> Mention | None:
    first, last = core
    # Outside the number and its casualty word, or beside its cue within them ("30.000
    # Urlauber wurden CNN-Berichten zufolge ausgeflogen").
    outside = [m for m in sources.mentions if m.last <= first or m.first >= last or m.cued]
    if any(m.cued for m in outside):
        # "According to local media, the fall of the X government left 21 dead": the source
        # beside its cue, not a name the sentence only mentions.
        outside = [m for m in outside if m.cued]
    for kind in _ORDER:
        before = [m for m in outside if m.kind is kind and m.last <= first]
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


def _anaphora(history: _Sources, index: int) -> Mention | None:
    for k in range(index - 1, max(-1, index - 1 - ANAPHORA_LOOKBACK), -1):
        found = [m for m in history[k].mentions if m.kind is not AttributionKind.VAGUE]
        if found:
            # The one beside a cue, if any: "X, ... Y'nin saldırdığını ifade etti" is X's.
            return ([m for m in found if m.cued] or found)[-1]
    return None


def _speaker(history: _Sources, quote: Quote) -> Mention | None:
    """Who a quoted passage is attributed to: the source named right after its closing mark
    (or a word pointing back to one: "the statement read"), else right before its opening."""
    after = history.sentence_at(quote.end)
    sources = history[after]
    named = [m for m in sources.mentions if m.span.start >= quote.end]
    if named:
        return named[0]
    doc = history.doc
    tokens = doc.sent(after).tokens
    if any(tokens[k].start >= quote.end for k in sources.anaphora):
        earlier = _anaphora(history, history.sentence_at(quote.start) + 1)
        if earlier is not None:
            return earlier
    before = history.sentence_at(quote.start)
    opened = [m for m in history[before].mentions if m.span.end <= quote.start]
    if opened:
        return opened[-1]
    if before > 0:
        # The sentence that introduces the quotation ("AFAD's statement reads as follows:"),
        # or the one before it on its line whose subject speaks on.
        prev = history[before - 1]
        if prev.introduces_quote:
            return _in_sentence(prev, (0, 0))
        if prev.line == history[before].line:
            return _carried(prev)
    return None


def attribute(history: _Sources, index: int, core: tuple[int, int]) -> tuple[Mention | None, bool]:
    """The mention a figure at ``core`` of sentence ``index`` is attributed to, and whether it
    stands in that same sentence."""
    here = history[index]
    own = _in_sentence(here, core)
    if own is not None and own.kind is not AttributionKind.VAGUE:
        return own, True
    tokens = history.doc.sent(index).tokens
    quote = quote_at(history.quotes, tokens[core[0]].start) if tokens else None
    if quote is not None:
        speaker = _speaker(history, quote)
        if speaker is not None and (own is None or speaker.kind is AttributionKind.NAMED):
            # In a quotation the speaker is the source, even of "initial findings say".
            return speaker, False
    if own is not None:
        return own, True
    if here.anaphora:
        earlier = _anaphora(history, index)
        if earlier is not None:
            return earlier, False
    if here.pointers:
        return here.pointers[0], True
    if index > 0:
        prev = history[index - 1]
        if here.opens_quote or prev.introduces_quote:
            # "KNCHR has documented these concerns. The issues include: ...": the sentence
            # that introduces, or the one before it on its line.
            for k in range(index - 1, max(-1, index - 3), -1):
                if history[k].line != prev.line:
                    break
                quoted = _in_sentence(history[k], (0, 0))
                if quoted is not None:
                    return quoted, False
        if prev.line == here.line:
            carried = _carried(prev)
            if carried is not None:
                return carried, False
    return None, False


def as_attribution(m: Mention, acronyms: Mapping[str, str] | None = None) -> Attribution:
    """The figure-level attribution of a mention; an acronym the article spells out is cited
    by its full name ("KNCHR" as "Kenya National Commission on Human Rights")."""
    norm = m.norm if m.kind is AttributionKind.NAMED else None
    text = m.text
    full = acronyms.get(text) if acronyms and m.kind is AttributionKind.NAMED else None
    if full is not None:
        norm, text = " ".join(full.lower().split()), full
    return Attribution(kind=m.kind, source=text, source_norm=norm, cue=m.cue, via=m.via)


def attribute_all(state: State) -> State:
    """The attribution of every figure candidate."""
    history = _Sources(state.doc)
    out: list[Candidate] = list(state.candidates)
    for k, c in enumerate(out):
        if not c.is_figure:
            continue
        if c.part_of is not None and out[c.part_of].attribution.kind is not AttributionKind.NONE:
            whole = out[c.part_of]
            own = _in_sentence(history[c.sent], c.core) if whole.sent != c.sent else None
            if own is None and whole.sent >= c.sent - 1:
                # Judged per sentence: the whole's source carries to a breakdown in its own
                # sentence or the next one, not to one further on, nor over a source the
                # breakdown's sentence names itself ("The latest reports say 43 of them...").
                out[k] = dataclasses.replace(c, attribution=whole.attribution)
                continue
        mention, same = attribute(history, c.sent, c.claim)
        if mention is not None:
            span = (mention.first, mention.last) if same else None
            out[k] = dataclasses.replace(
                c, attribution=as_attribution(mention, history.acronyms), source_span=span
            )
        elif c.part:
            # A list of parts with no count of its own ("The dead are from Nairobi (17), ...")
            # carries the source of the figures just before it.
            before = [x for x in out[:k] if x.is_figure and c.sent - 2 <= x.sent <= c.sent]
            if before:
                out[k] = dataclasses.replace(c, attribution=before[-1].attribution)
    return dataclasses.replace(state, candidates=tuple(out))


def sources_of(doc: Doc, indexes: Sequence[int]) -> list[SentenceSources]:
    """The sources of the given sentences (for explanations and tests)."""
    history = _Sources(doc)
    return [history[i] for i in indexes]


__all__ = ["ANAPHORA_LOOKBACK", "as_attribution", "attribute", "attribute_all", "sources_of"]
