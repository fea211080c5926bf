"""Pass ``scope``: who a figure counts, where and when.

- ``group``: a phrase of the lexicon ``groups`` (payload: the group's label) between the number
  and its casualty word, or right after the number, with the capitalised words before it that
  name a narrower group ("430+ Alawite civilians killed": Alawite civilians);
- ``place``: a phrase of ``places`` (payload: the canonical name) in the figure's clause, else a
  capitalised name after a word of ``locatives`` right after the figure ("120 in Mandalay");
- ``period``: a span of time stated with the figure ("in 48 hours", "within two days", "since
  March 6"): a word of ``since``, or a number or word before a unit of ``period_units``;
- ``as_of``: a time the figure is given for ("as of Saturday", "am Samstag", "on Tuesday"): a
  word of ``as_of`` before a day, date or month, or a day of ``days`` in the sentence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from newsprism.extract.candidates import Candidate
from newsprism.extract.doc import Sent
from newsprism.extract.passes.kinds import CLAUSE_STOPS
from newsprism.extract.state import State
from newsprism.lang.packs import LanguagePack
from newsprism.lang.phrases import PhraseTable

Lexicon = Callable[[str], PhraseTable[str]]

#: Tokens after a number searched for its group when the casualty word is not after it.
GROUP_WINDOW = 3
#: Further tokens searched when the word after the number is followed by "of" ("members of").
OF_CHAIN = 4
#: Tokens around a figure searched for a place name of the lexicon.
PLACE_WINDOW = 8


def _match(table: PhraseTable[str], sent: Sent, j: int) -> tuple[int, str] | None:
    norms = sent.norms
    if j >= len(norms):
        return None
    hit = table.match_at(norms, j) if table.may_start(norms[j]) else None
    if hit is None and sent.bases[j] != norms[j] and table.may_start(sent.bases[j]):
        hit = table.match_at((sent.bases[j], *norms[j + 1 : j + 6]), 0)
    return hit


def find_group(sent: Sent, c: Candidate, lexicon: Lexicon) -> str | None:
    """The victim group named with the figure."""
    groups = lexicon("groups")
    if not groups:
        return None
    first, last = c.number.last, c.number.last + GROUP_WINDOW
    if sent.norms[c.number.last + 1 : c.number.last + 2] in (("of",), ("de",), ("dari",)):
        # "13 members of the Syrian state security services": the group follows "of".
        last += OF_CHAIN
    if c.kind_span is not None and c.kind_span[0] >= c.number.last:
        last = max(last, c.kind_span[1])
    elif c.kind_span is not None:
        first = min(first, c.kind_span[0])
        last = max(last, c.number.first)
    for j in range(first, min(last, len(sent.norms))):
        hit = _match(groups, sent, j)
        if hit is not None:
            return _with_identity(sent, c.number.last, j, hit[1])
    return None


def _with_identity(sent: Sent, after: int, at: int, label: str) -> str:
    """``label`` with the capitalised words between the number and the group phrase before it
    ("430+ Alawite civilians": "Alawite civilians"), which name a narrower group; not when the
    group phrase itself is capitalised (a title-case headline capitalises every word)."""
    if not sent.tokens[at].text[:1].islower():
        return label
    words = [
        t.text
        for t in sent.tokens[after:at]
        if t.text[:1].isupper() and t.text.replace("-", "").isalpha()
    ]
    return " ".join([*words, label]) if words else label


def find_place(sent: Sent, c: Candidate, lexicon: Lexicon) -> str | None:
    """The place named with the figure."""
    first, last = c.core
    places = lexicon("places")
    if places:
        best: tuple[int, str] | None = None
        for j in range(max(0, first - PLACE_WINDOW), min(len(sent.norms), last + PLACE_WINDOW)):
            hit = _match(places, sent, j)
            if hit is not None:
                distance = first - j if j < first else max(0, j - last)
                if best is None or distance < best[0]:
                    best = (distance, hit[1])
        if best is not None:
            return best[1]
    tokens = sent.tokens
    words = [t for t in tokens if t.text.isalpha()]
    if words and sum(t.is_title for t in words) * 2 > len(words):
        return None  # a headline in title case: every word looks like a name
    locatives = lexicon("locatives")
    for j in range(last, min(len(tokens) - 1, last + PLACE_WINDOW)):
        if tokens[j].norm in CLAUSE_STOPS or tokens[j].text in ",.":
            break
        if _match(locatives, sent, j) is not None:
            k = j + 1
            run: list[str] = []
            while (
                k < len(tokens) and tokens[k].is_title and tokens[k].text.isalpha() and len(run) < 3
            ):
                run.append(tokens[k].text)
                k += 1
            if run:
                return " ".join(run)
            return None
    return None


def find_period(sent: Sent, lexicon: Lexicon, pack: LanguagePack) -> str | None:
    """A span of time stated in the sentence: ``"48 hours"``, ``"2 days"`` (number and unit,
    normalised) or the words after a word of ``since`` ("since March 6")."""
    units = lexicon("period_units")
    since = lexicon("since")
    tokens = sent.tokens
    for j in range(len(tokens)):
        hit = _match(since, sent, j)
        if hit is not None and j + hit[0] < len(tokens):
            end = j + hit[0]
            while end < min(len(tokens), j + hit[0] + 3) and not tokens[end].is_punct:
                end += 1
            if end > j + hit[0]:
                return _text(sent, j, end)
        unit = _match(units, sent, j)
        if unit is not None and j > 0:
            before = tokens[j - 1]
            if before.digits and before.num is not None and before.num == int(before.num):
                return f"{int(before.num)} {unit[1]}"
            word = pack.numbers.words.lookup(before.norm)
            if word is not None and word[0] == "value":
                return f"{word[1]} {unit[1]}"
    return None


def find_as_of(sent: Sent, lexicon: Lexicon) -> str | None:
    """The time a figure is given for: "as of Saturday", "am Samstag", "on 6 April"."""
    cues, days, months = lexicon("as_of"), lexicon("days"), lexicon("months")
    tokens = sent.tokens
    for j in range(len(tokens)):
        cue = _match(cues, sent, j)
        if cue is not None:
            k = j + cue[0]
            if k < len(tokens) and (
                _match(days, sent, k) is not None
                or _match(months, sent, k) is not None
                or (tokens[k].digits and k + 1 < len(tokens) and _match(months, sent, k + 1))
            ):
                end = k + 1
                while (
                    end < len(tokens)
                    and end < k + 4
                    and (tokens[end].digits or _match(months, sent, end) or _match(days, sent, end))
                ):
                    end += 1
                return _text(sent, j, end)
    for j in range(len(tokens)):
        day = _match(days, sent, j)
        if day is not None:
            start = (
                j - 1
                if j > 0 and len(tokens[j - 1].text) <= 3 and tokens[j - 1].text.isalpha()
                else j
            )
            return _text(sent, start, j + day[0])
    return None


def _text(sent: Sent, first: int, last: int) -> str:
    tokens = sent.tokens[first:last]
    out = tokens[0].text if tokens else ""
    for tok in tokens[1:]:
        out += f" {tok.text}" if tok.space else tok.text
    return out


def find_scope(state: State) -> State:
    """Group, place, period and "as of" of every figure candidate."""
    doc = state.doc
    out: list[Candidate] = []
    periods: dict[int, str | None] = {}
    as_of: dict[int, str | None] = {}
    for c in state.candidates:
        if not c.is_figure:
            out.append(c)
            continue
        sent = doc.sent(c.sent)
        if c.sent not in periods:
            periods[c.sent] = find_period(sent, state.lexicon, doc.pack)
            as_of[c.sent] = find_as_of(sent, state.lexicon)
        out.append(
            dataclasses.replace(
                c,
                group=c.group or find_group(sent, c, state.lexicon),
                place=c.place or find_place(sent, c, state.lexicon),
                period=periods[c.sent],
                as_of=as_of[c.sent],
            )
        )
    return dataclasses.replace(state, candidates=tuple(out))


__all__ = ["find_as_of", "find_group", "find_period", "find_place", "find_scope"]
