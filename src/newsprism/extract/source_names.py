"""How a source's name is read in a sentence: runs of capitalised words beside a cue,
organisation names around a head word of the pack, the subject that opens a sentence ending in
a verb of saying, and what is no name (a day or month, a place after a preposition of place,
a casualty noun, an unnamed group, a word pointing back to a name given before).
"""

from __future__ import annotations

from newsprism.extract.doc import Sent, Token
from newsprism.lang.packs import LanguagePack
from newsprism.lang.phrases import PhraseTable

#: Capitalised tokens read as one name around a cue ("Sheriff John Smith said").
NAME_MAX_TOKENS = 6
#: Tokens an organisation name may take after its head ("ministère de la Santé publique").
ORG_TAIL = 5


def _hits(table: PhraseTable[bool], sent: Sent) -> list[tuple[int, int]]:
    return [(a, b) for a, b, _ in table.find_all(sent.norms)]


def is_name_word(text: str) -> bool:
    """Whether a token is a capitalised word (hyphens allowed: "Al-Qudra")."""
    return text[:1].isupper() and (text.isalpha() or text.replace("-", "").isalpha())


#: Tokens of a sentence-opening subject read before a sentence-final verb of saying.
SUBJECT_MAX_TOKENS = 12


def opening_subject(sent: Sent, pack: LanguagePack) -> tuple[int, int] | None:
    """The name that opens a sentence ending in a verb of saying (``[cues] verb_final``):
    "Ukrayna Demiryolları Müdürü Oleksandr Kamyshin, ... 30 kişinin öldüğünü açıkladı".
    Capitalised words, acronyms in parentheses and the pack's modifiers, set off by a comma
    or three words long at least ("Rusya ve Ukrayna arasındaki ..." is no subject)."""
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
        if is_name_word(tok.text) or (tok.text.isupper() and tok.text.isalpha()):
            names += 1
            last = j + 1
        elif tok.text in {"(", ")", "-", "'", "."} or tok.norm in mods:
            continue
        else:
            break
    if names < 2 or last >= len(tokens) or (tokens[last].text != "," and names < 3):
        return None  # set off by a comma ("X Müdürü Y, ... açıkladı"), or a long name
    return 0, last


def no_name_words(sent: Sent, pack: LanguagePack) -> frozenset[int]:
    """Tokens a run of capitals must not hold to be a source's name: words for victims and
    casualties (German "der bestätigten Toten": a noun, capitalised)."""
    out: set[int] = set()
    for name in ("casualty_after", "casualty_before", "people"):
        for a, b, _ in pack.lexicon(name).find_all(sent.norms):
            out.update(range(a, b))
    return frozenset(out)


#: Tokens looked back through for a preposition of place before a name.
PLACE_WINDOW = 5


def placed(sent: Sent, first: int, pack: LanguagePack) -> bool:
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


def time_words(sent: Sent, pack: LanguagePack) -> frozenset[int]:
    """Tokens naming a day or a month ("Saturday", "am Freitag", "Temmuz"): capitalised, but
    never part of a source's name."""
    out: set[int] = set()
    for name in ("days", "months"):
        for a, b, _ in pack.lexicon(name).find_all(sent.norms):
            out.update(range(a, b))
    return frozenset(out)


def name_run(
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
        if is_name_word(text) or (text.isupper() and text.isalpha() and len(text) > 1):
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


def organisations(sent: Sent, pack: LanguagePack) -> list[tuple[int, int]]:
    """Organisation names around a head word: the head, then (head first) up to ``ORG_TAIL``
    capitalised words, modifiers and particles, or (head last) the capitalised words and
    modifiers before it; a day or month name ends the name ("the Health Ministry on Monday",
    "des Gesundheitsministeriums am Freitag")."""
    cues = pack.attribution
    times = time_words(sent, pack)
    tokens = sent.tokens
    out: list[tuple[int, int]] = []
    mods = cues.org_modifiers
    for a, b in _hits(cues.org_heads, sent):
        end = b
        for j in range(b, min(len(tokens), b + ORG_TAIL)):
            tok = tokens[j]
            if j in times:
                break
            if is_name_word(tok.text) or tok.norm in mods or tok.base in mods:
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
            if is_name_word(tok.text) or tok.norm in mods or tok.base in mods or tok.text == "'":
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


def unnamed(sent: Sent, first: int, last: int, pack: LanguagePack) -> bool:
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
        if is_name_word(text) or (text.isupper() and len(text) > 1):
            return False
    return True


def points_back(sent: Sent, first: int, last: int, pack: LanguagePack) -> bool:
    """Whether an organisation name is a word pointing back to one named before: no
    capitalised word, no known source, and a head that ends one of the pack's anaphora
    ("the human rights organisation" as "the organisation", "die zuständige Behörde")."""
    cues = pack.attribution
    tokens = sent.tokens
    if any(
        (is_name_word(t.text) and not (t.i == 0 and t.norm in cues.org_modifiers))
        or (t.text.isupper() and len(t.text) > 1)
        for t in tokens[first : last - 1]
    ):
        return False
    if pack.sources.find_all(sent.bases[first:last]):
        return False
    head = sent.norms[last - 1]
    return any(len(toks) > 1 and toks[-1] == head for toks, _ in cues.anaphora.entries())


__all__ = [
    "is_name_word",
    "name_run",
    "no_name_words",
    "opening_subject",
    "organisations",
    "placed",
    "points_back",
    "time_words",
    "unnamed",
]
