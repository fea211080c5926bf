"""Who a sentence attributes its statements to: source mentions and attribution cues.

Per sentence (``read_sources``):

- known sources (``resources/sources.toml``: monitors, agencies, ministries, wire services, in
  every language and script), wherever they stand when the sentence has a cue;
- organisation names built on a head word of the pack (``[organisations]``: "ministry",
  "ministère de la Santé", "Kementerian Kesehatan", "Sağlık Bakanlığı", "وزارة الصحة",
  "Gesundheitsministerium"), with the capitalised words or modifiers around the head;
- names in capitals after a cue that announces its source ("according to X", "selon X",
  "laut X", "menurut X", "citing X") or before a cue of saying ("X said", "X'e göre");
- vague sources ("officials", "local media", "reports") and anonymous ones ("a source who
  asked not to be named");
- relays: "AFP, citing the ministry" names the ministry as the source, AFP as the relay, and
  so does "the ministry told AFP" (``recipients``);
- which mention is the sentence's source: one beside its cue (``cued``) before a name the
  sentence only mentions; names cited in their base form (``citation_form``).

How a name is read (and what is no name) is in ``source_names``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from newsprism.extract.doc import Sent
from newsprism.extract.source_names import (
    name_run,
    no_name_words,
    opening_subject,
    organisations,
    placed,
    points_back,
    time_words,
    unnamed,
)
from newsprism.lang.packs import LanguagePack
from newsprism.lang.phrases import PhraseTable
from newsprism.model.article import Span
from newsprism.model.figures import AttributionKind

QUOTE_CHARS = frozenset('"“”«»„')


@dataclass(frozen=True, slots=True)
class Mention:
    """A source mentioned in a sentence: kind, token range, text, canonical key, and the span
    of its cue; ``via`` is the relay that passed it on ("AFP, citing the ministry")."""

    kind: AttributionKind
    first: int
    last: int
    span: Span
    text: str
    norm: str | None
    cue: Span | None = None
    via: str | None = None
    #: Whether a cue stands right beside or inside it ("X said", "according to X", "X'e
    #: göre", "reports say"): the sentence's source, before a name it only mentions.
    cued: bool = False


@dataclass(frozen=True, slots=True)
class SentenceSources:
    """The sources and cues of one sentence."""

    mentions: tuple[Mention, ...]
    anaphora: tuple[int, ...]
    has_cue: bool
    line: int
    opens_quote: bool
    introduces_quote: bool
    #: Organisation words that point back ("the commission said"): their own mention, used
    #: when nothing named before them is found.
    pointers: tuple[Mention, ...] = ()


def _hits(table: PhraseTable[bool], sent: Sent) -> list[tuple[int, int]]:
    return [(a, b) for a, b, _ in table.find_all(sent.norms)]


def read_sources(
    text: str, sent: Sent, pack: LanguagePack, *, names: frozenset[str] = frozenset()
) -> SentenceSources:
    """Every source mention and attribution cue of one sentence (``names``: words the article
    writes as proper names elsewhere, so that one opening the sentence is a name too)."""
    cues = pack.attribution
    tokens = sent.tokens
    norms = sent.norms
    named_cues = _hits(cues.named, sent)
    after_cues = _hits(cues.source_after, sent)
    before_cues = _hits(cues.source_before, sent)
    relays = _hits(cues.relays, sent)
    colon = any(t.text == ":" for t in tokens)
    has_cue = bool(named_cues or after_cues or before_cues or relays)
    found = _Found(text, sent)
    add = found.add
    subject = opening_subject(sent, pack)
    if subject is not None:
        add(AttributionKind.NAMED, subject[0], subject[1], None)

    upper = [
        n if t.text.isupper() or not t.text.isalpha() else "\0"
        for t, n in zip(tokens, norms, strict=True)
    ]
    for first, last, source in pack.sources.find_all(sent.bases):
        key = source.key
        if has_cue or colon:
            _add_known(found, first, last, key, pack)
    for first, last, source in pack.sources_exact.find_all(upper):
        if any(tokens[k].text[:1].isalpha() for k in range(first, last)) and (has_cue or colon):
            _add_known(found, first, last, source.key, pack)
    for first, last, _ in cues.anonymous.find_all(norms):
        add(AttributionKind.ANONYMOUS, first, last, None)
    pointers: list[Mention] = []
    if has_cue or colon:
        for first, last in organisations(sent, pack):
            if unnamed(sent, first, last, pack):
                continue  # "local officials", "the authorities": vague, read below
            if points_back(sent, first, last, pack):
                # "the human rights organisation reported": the one named before, else itself
                span = Span(tokens[first].start, tokens[last - 1].end)
                text_of = span.of(text)
                pointers.append(
                    Mention(AttributionKind.NAMED, first, last, span, text_of, text_of.lower())
                )
                found.taken.update(range(first, last))
                continue
            add(AttributionKind.NAMED, first, last, None)
    for first, last, _ in cues.vague.find_all(norms):
        add(AttributionKind.VAGUE, first, last, None)
    if has_cue or colon:
        for first, last, _ in cues.vague_speakers.find_all(norms):
            add(AttributionKind.VAGUE, first, last, None)
    stops = cues.org_modifiers
    times = time_words(sent, pack)
    plain = no_name_words(sent, pack)
    told = _hits(cues.recipients, sent)
    for _, last in after_cues + relays + told:
        run = name_run(sent, last, 1, stops, times)
        if run is not None and plain.isdisjoint(range(*run)):
            add(AttributionKind.NAMED, run[0], run[1], None)
    forward = {a for a, _ in after_cues + relays}
    for first, _ in named_cues + before_cues:
        if first in forward:
            continue  # "según X": the source follows the cue
        k = first - 1
        while k >= 0 and (tokens[k].text in (",", "'") or tokens[k].norm in ("'", "s")):
            k -= 1  # "Suharyanto, Kepala BNPB, said" / "AFAD'ın açıklamasına göre"
        run = name_run(sent, k, -1, stops, times, names)
        if run is not None and plain.isdisjoint(range(*run)) and not placed(sent, run[0], pack):
            add(AttributionKind.NAMED, run[0], run[1], None)
    mentions = [_normalised(m, sent, pack) for m in sorted(found.mentions, key=lambda m: m.first)]
    mentions = _relayed(mentions, relays)
    mentions = _told(mentions, told)
    cue_spans = [
        (first, Span(tokens[first].start, tokens[last - 1].end))
        for first, last in named_cues + after_cues + before_cues + relays
    ]
    cued = [_cued(m, named_cues + before_cues, after_cues + relays) for m in mentions]
    if subject is not None:
        cued = [dataclasses.replace(m, cued=True) if m.first == subject[0] else m for m in cued]
    cue_tokens = {j for a, b in named_cues + before_cues for j in range(a, b)}
    mentions = _owners(cued, cue_tokens)
    texts = [t.text for t in tokens]
    return SentenceSources(
        mentions=tuple(_with_cue(m, cue_spans) for m in mentions),
        anaphora=tuple(
            sorted(
                {first for first, _, _ in cues.anaphora.find_all(norms)}
                | {p.first for p in pointers}
            )
        ),
        has_cue=has_cue,
        line=sent.line,
        pointers=tuple(pointers),
        opens_quote=bool(texts) and texts[0] in QUOTE_CHARS,
        introduces_quote=bool(texts) and texts[-1] == ":",
    )


class _Found:
    """Mentions collected for one sentence, without overlap (first found wins)."""

    def __init__(self, text: str, sent: Sent) -> None:
        self.text = text
        self.sent = sent
        self.mentions: list[Mention] = []
        self.taken: set[int] = set()

    def add(self, kind: AttributionKind, first: int, last: int, norm: str | None) -> None:
        if last > first and self.taken.isdisjoint(range(first, last)):
            tokens = self.sent.tokens
            span = Span(tokens[first].start, tokens[last - 1].end)
            self.mentions.append(Mention(kind, first, last, span, span.of(self.text), norm))
            self.taken.update(range(first, last))


def _add_known(found: _Found, first: int, last: int, key: str | None, pack: LanguagePack) -> None:
    """A known source, widened over the organisation name it heads or ends ("Lebanon's Health
    Ministry", "Kementerian Kesehatan Gaza")."""
    for a, b in organisations(found.sent, pack):
        if a <= first < b or a < last <= b:
            first, last = min(first, a), max(last, b)
    found.add(AttributionKind.NAMED, first, last, key)


def _relayed(mentions: list[Mention], relays: list[tuple[int, int]]) -> list[Mention]:
    """ "AFP, citing the health ministry": the mention after the relay cue is the source, the
    one before it the relay (dropped as a source, kept as ``via``)."""
    if not relays:
        return mentions
    out = list(mentions)
    for cue_first, cue_last in relays:
        after = next((m for m in out if m.first >= cue_last), None)
        before = [m for m in out if m.last <= cue_first and m.kind is AttributionKind.NAMED]
        if after is None or not before:
            continue
        relay = before[-1]
        out = [
            dataclasses.replace(m, via=relay.text) if m is after else m
            for m in out
            if m is not relay
        ]
    return out


#: Tokens (a comma, an article, a suffix) that may stand between a source and its cue.
CUE_GAP = 2


def _cued(m: Mention, before: list[tuple[int, int]], after: list[tuple[int, int]]) -> Mention:
    """``m`` marked as cued when a cue that names its source after it ends just before it
    ("according to X"), or one that names it before starts just after it ("X said", "X'e
    göre"), or a cue lies inside it ("reports say")."""
    near = any(m.first - CUE_GAP <= b <= m.first or (a < m.last and m.first < b) for a, b in after)
    near = near or any(
        m.last <= a <= m.last + CUE_GAP or (a < m.last and m.first < b) for a, b in before
    )
    return dataclasses.replace(m, cued=True) if near else m


def _owners(mentions: list[Mention], cue_tokens: set[int]) -> list[Mention]:
    """A vague phrase followed by the name it belongs to ("según los últimos datos de la
    policía", "according to the latest figures from the ministry") cedes its cue to the name
    (not over a cue between them: "Yerel medyaya göre X hükümetinin ...")."""
    out = list(mentions)
    for k, m in enumerate(out):
        if not (m.cued and m.kind is AttributionKind.VAGUE):
            continue
        for j, n in enumerate(out):
            if (
                n.kind is AttributionKind.NAMED
                and m.last <= n.first <= m.last + CUE_GAP
                and cue_tokens.isdisjoint(range(m.last, n.first))
            ):
                out[j] = dataclasses.replace(n, cued=True)
                out[k] = dataclasses.replace(m, cued=False)
                break
    return out


def _told(mentions: list[Mention], recipients: list[tuple[int, int]]) -> list[Mention]:
    """ "The ministry's spokesman told AFP that ...": the outlet told is the relay of the
    speaker named before it (kept as ``via``), not the source."""
    out = list(mentions)
    for cue_first, cue_last in recipients:
        told = next(
            (
                m
                for m in out
                if cue_last <= m.first <= cue_last + CUE_GAP and m.kind is AttributionKind.NAMED
            ),
            None,
        )
        if told is None:
            continue
        speakers = [m for m in out if m.last <= cue_first]
        if not speakers:
            out = [m for m in out if m is not told]  # "he told AFP": the one named before
            continue
        speaker = speakers[-1]
        out = [
            dataclasses.replace(m, via=m.via or told.text) if m is speaker else m
            for m in out
            if m is not told
        ]
    return out


def _with_cue(m: Mention, cue_spans: list[tuple[int, Span]]) -> Mention:
    if m.kind is not AttributionKind.NAMED:
        return dataclasses.replace(m, cue=m.span)
    if not cue_spans:
        return m
    _, span = min(cue_spans, key=lambda c: min(abs(c[0] - m.first), abs(c[0] - m.last)))
    return dataclasses.replace(m, cue=span)


def _normalised(m: Mention, sent: Sent, pack: LanguagePack) -> Mention:
    """A named mention in its citation form, with a canonical key: the known source it names,
    else its words lower-cased."""
    if m.norm is not None or m.kind is not AttributionKind.NAMED:
        return m
    text = citation_form(m, sent, pack)
    if text != m.text:
        words = [pack.text.forms(w.group())[1] for w in pack.token_re.finditer(text)]
        known = pack.sources.find_all(words)
        if known:
            return dataclasses.replace(m, text=text, norm=known[0][2].key)
        m = dataclasses.replace(m, text=text)
    return dataclasses.replace(m, norm=" ".join(m.text.lower().split()))


def citation_form(m: Mention, sent: Sent, pack: LanguagePack) -> str:
    """The mention's text with the case ending of its organisation head replaced as the pack
    says (``[organisations] inflections``): Turkish "Lübnan ordusundan" is "Lübnan ordusu",
    German "des Gesundheitsministeriums" is "Gesundheitsministerium". Only a head word
    changes, and only when it is the name's head ("Sprecher des Gesundheitsministeriums" stays),
    so a person's or an outlet's own name stays as written."""
    cues = pack.attribution
    if not cues.org_inflections or m.last - m.first < 1:
        return m.text
    norms = sent.norms
    if (
        cues.org_head_last.match_ending_at(norms, m.last) is None
        and cues.org_heads.match_ending_at(norms, m.last) is None
    ):
        return m.text
    word = sent.tokens[m.last - 1]
    inner = sent.tokens[m.first : m.last - 1]
    if any(t.text.islower() and len(t.text) <= 3 for t in inner):
        return m.text  # "Sprecher des Gesundheitsministeriums": the genitive is the name's own
    for ending, replacement in cues.org_inflections:
        if word.norm.endswith(ending) and len(word.norm) - len(ending) + len(replacement) >= 3:
            cut = len(word.text) - len(ending)
            stem = word.text[:cut] + replacement
            if cut == 0 and word.text[:1].isupper():
                stem = stem[:1].upper() + stem[1:]
            return m.text[: word.start - m.span.start] + stem
    return m.text


__all__ = ["Mention", "SentenceSources", "citation_form", "read_sources"]
