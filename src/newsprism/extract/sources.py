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
- relays: "AFP, citing the ministry" names the ministry as the source, AFP as the relay.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from newsprism.extract.doc import Sent, Token
from newsprism.lang.packs import LanguagePack
from newsprism.lang.phrases import PhraseTable
from newsprism.model.article import Span
from newsprism.model.figures import AttributionKind

#: Capitalised tokens read as one name around a cue ("Sheriff John Smith said").
NAME_MAX_TOKENS = 6
#: Tokens an organisation name may take after its head ("ministère de la Santé publique").
ORG_TAIL = 5
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


def _is_name_word(text: str) -> bool:
    return text[:1].isupper() and (text.isalpha() or text.replace("-", "").isalpha())


#: Tokens of a sentence-opening subject read before a sentence-final verb of saying.
SUBJECT_MAX_TOKENS = 12


def _subject(sent: Sent, pack: LanguagePack) -> tuple[int, int] | None:
    """The name that opens a sentence ending in a verb of saying (``[cues] verb_final``):
    "Ukrayna Demiryolları Müdürü Oleksandr Kamyshin, ... 30 kişinin öldüğünü açıkladı".
    Capitalised words, acronyms in parentheses and the pack's modifiers, set off by a comma;
    a lone capital (the sentence's first word) is no name."""
    table = pack.attribution.verb_final
    tokens = sent.tokens
    if not table or not tokens:
        return None
    end = len(tokens)
    while end > 0 and tokens[end - 1].is_punct:
        end -= 1
    if table.match_ending_at(sent.norms, end) is None:
        return None
    mods = pack.attribution.org_modifiers
    last = 0
    names = 0
    for j, tok in enumerate(tokens[:SUBJECT_MAX_TOKENS]):
        if _is_name_word(tok.text) or (tok.text.isupper() and tok.text.isalpha()):
            names += 1
            last = j + 1
        elif tok.text in {"(", ")", "-", "'", "."} or tok.norm in mods:
            continue
        else:
            break
    if names < 2 or last == 0 or last >= len(tokens) or tokens[last].text != ",":
        return None  # the subject is set off by a comma: "X Müdürü Y, ... açıkladı"
    return 0, last


def _no_name_words(sent: Sent, pack: LanguagePack) -> frozenset[int]:
    """Tokens a run of capitals must not hold to be a source's name: words for victims and
    casualties (German "der bestätigten Toten": a noun, capitalised)."""
    out: set[int] = set()
    for name in ("casualty_after", "casualty_before", "people"):
        for a, b, _ in pack.lexicon(name).find_all(sent.norms):
            out.update(range(a, b))
    return frozenset(out)


#: Tokens looked back through for a preposition of place before a name.
PLACE_WINDOW = 5


def _placed(sent: Sent, first: int, pack: LanguagePack) -> bool:
    """Whether the name at ``first`` is a place: a preposition of place stands shortly
    before it with no punctuation between ("a news conference in Gaza City said", "the
    ministry in the Hamas-run Gaza Strip announced")."""
    locatives = pack.lexicon("locatives")
    tokens = sent.tokens
    for k in range(first, max(0, first - PLACE_WINDOW) - 1, -1):
        if k < first and tokens[k].is_punct and tokens[k].text != "-":
            return False
        if k > 0 and locatives.match_ending_at(sent.norms, k) is not None:
            return True
    return False


def _time_words(sent: Sent, pack: LanguagePack) -> frozenset[int]:
    """Tokens naming a day or a month ("Saturday", "am Freitag", "Temmuz"): capitalised, but
    never part of a source's name."""
    out: set[int] = set()
    for name in ("days", "months"):
        for a, b, _ in pack.lexicon(name).find_all(sent.norms):
            out.update(range(a, b))
    return frozenset(out)


def _run(
    sent: Sent,
    start: int,
    step: int,
    stops: frozenset[str],
    times: frozenset[int] = frozenset(),
    names: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """A run of capitalised words from ``start`` in direction ``step`` (hyphens, dots and the
    language's name particles such as "de", "al", "bin" allowed inside), never over a day or
    month name (``times``)."""
    tokens = sent.tokens
    j = start
    picked: list[int] = []
    while 0 <= j < len(tokens) and len(picked) < NAME_MAX_TOKENS:
        text = tokens[j].text
        if j in times:
            break
        if _is_name_word(text) or (text.isupper() and text.isalpha() and len(text) > 1):
            picked.append(j)
        elif (text in {"-", ".", "'", "&"} or tokens[j].norm in stops) and picked:
            pass
        else:
            break
        j += step
    if not picked:
        return None
    first, last = min(picked), max(picked) + 1
    lead = next((k for k, t in enumerate(tokens) if not t.is_punct), 0)
    word = tokens[first].text
    if (
        first == lead
        and last - first == 1
        and not word.isupper()
        and (word not in names or len(word) <= 3)
    ):
        # A lone sentence-initial capital ("Reports", "“Initial") is no name, unless the
        # article writes it as one elsewhere ("Kepala BNPB Suharyanto").
        return None
    return first, last


def _organisations(sent: Sent, pack: LanguagePack) -> list[tuple[int, int]]:
    """Organisation names around a head word: the head, then (head first) up to ``ORG_TAIL``
    capitalised words, modifiers and particles, or (head last) the capitalised words and
    modifiers before it; a day or month name ends the name ("the Health Ministry on Monday",
    "des Gesundheitsministeriums am Freitag")."""
    cues = pack.attribution
    times = _time_words(sent, pack)
    tokens = sent.tokens
    out: list[tuple[int, int]] = []
    mods = cues.org_modifiers
    for a, b in _hits(cues.org_heads, sent):
        end = b
        for j in range(b, min(len(tokens), b + ORG_TAIL)):
            tok = tokens[j]
            if j in times:
                break
            if _is_name_word(tok.text) or tok.norm in mods or tok.base in mods:
                end = j + 1
            elif tok.text in {"-", "'"} or (
                tok.norm.isalpha() and len(tok.norm) <= 3 and j + 1 < len(tokens)
            ):
                continue  # particles: "of", "de la", "del", "des"
            else:
                break
        out.append((a, end))
    for a, b in _hits(cues.org_head_last, sent):
        start = a
        j = a - 1
        while j >= 0 and a - j <= ORG_TAIL and j not in times:
            tok = tokens[j]
            if _is_name_word(tok.text) or tok.norm in mods or tok.base in mods or tok.text == "'":
                start = j
                j -= 1
                continue
            if tok.norm == "s" and j > 0 and tokens[j - 1].text == "'":
                j -= 1
                continue
            break
        out.append((start, b))
    return _merged([_trimmed(tokens, a, b, mods) for a, b in out])


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping names: one that holds another replaces it ("United States Geological
    Survey" read back from its head, not "Survey" read forward); otherwise the first read
    stays."""
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        inside = [r for r in out if a <= r[0] and r[1] <= b]
        if any(r[0] < b and a < r[1] for r in out if r not in inside):
            continue
        out = [r for r in out if r not in inside] + [(a, b)]
    return out


def _trimmed(tokens: tuple[Token, ...], a: int, b: int, mods: frozenset[str]) -> tuple[int, int]:
    """An organisation name without the particles at its edges ("the", "of", "'s")."""
    while b - a > 1 and (
        (tokens[a].norm in mods and len(tokens[a].norm) <= 3)
        or tokens[a].is_punct
        or (a == 0 and len(tokens[a].text) <= 3 and not tokens[a].text.isupper())
    ):
        a += 1  # also a sentence's capitalised article: "Die Feuerwehr", "El Ministerio"
    while b - a > 1 and (
        (tokens[b - 1].norm in mods and len(tokens[b - 1].norm) <= 3) or tokens[b - 1].is_punct
    ):
        b -= 1
    return a, b


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
    subject = _subject(sent, pack)
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
        for first, last in _organisations(sent, pack):
            if _unnamed(sent, first, last, pack):
                continue  # "local officials", "the authorities": vague, read below
            if _points_back(sent, first, last, pack):
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
    times = _time_words(sent, pack)
    plain = _no_name_words(sent, pack)
    told = _hits(cues.recipients, sent)
    for _, last in after_cues + relays + told:
        run = _run(sent, last, 1, stops, times)
        if run is not None and plain.isdisjoint(range(*run)):
            add(AttributionKind.NAMED, run[0], run[1], None)
    forward = {a for a, _ in after_cues + relays}
    for first, _ in named_cues + before_cues:
        if first in forward:
            continue  # "según X": the source follows the cue
        k = first - 1
        while k >= 0 and (tokens[k].text in (",", "'") or tokens[k].norm in ("'", "s")):
            k -= 1  # "Suharyanto, Kepala BNPB, said" / "AFAD'ın açıklamasına göre"
        run = _run(sent, k, -1, stops, times, names)
        if run is not None and plain.isdisjoint(range(*run)) and not _placed(sent, run[0], pack):
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


def _unnamed(sent: Sent, first: int, last: int, pack: LanguagePack) -> bool:
    """Whether an organisation name is no name: an unnamed group of the pack's vague sources
    ("local officials", "according to officials and local media") with no capitalised word
    but its first (a sentence's capital) and its head ("die örtlichen Behörden")."""
    cues = pack.attribution
    tokens = sent.tokens
    norms = sent.norms
    spans = [
        (a, b)
        for table in (cues.vague, cues.vague_speakers)
        for a, b, _ in table.find_all(norms)
        if a < last and first < b
    ]
    if not spans:
        return False
    heads = {
        j
        for table in (cues.org_heads, cues.org_head_last)
        for a, b, _ in table.find_all(norms)
        for j in range(a, b)
    }
    for j in range(first, last):
        text = tokens[j].text
        if j in heads or (j == 0 and tokens[j].norm in cues.org_modifiers):
            continue
        if _is_name_word(text) or (text.isupper() and len(text) > 1):
            return False
    return True


def _points_back(sent: Sent, first: int, last: int, pack: LanguagePack) -> bool:
    """Whether an organisation name is a word pointing back to one named before: no
    capitalised word, no known source, and a head that ends one of the pack's anaphora
    ("the human rights organisation" as "the organisation", "die zuständige Behörde")."""
    cues = pack.attribution
    tokens = sent.tokens
    if any(
        (_is_name_word(t.text) and not (t.i == 0 and t.norm in cues.org_modifiers))
        or (t.text.isupper() and len(t.text) > 1)
        for t in tokens[first : last - 1]
    ):
        return False
    if pack.sources.find_all(sent.bases[first:last]):
        return False
    head = sent.norms[last - 1]
    return any(len(toks) > 1 and toks[-1] == head for toks, _ in cues.anaphora.entries())


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
    for a, b in _organisations(found.sent, pack):
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
