"""The scope of a figure: victim group, place and period, read around its words."""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.gun_violence.numbers import QuantityMatch
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.extract.gun_violence.tokens import Token, as_written

#: Tokens after the number (or after the casualty word) searched for a victim group.
GROUP_WINDOW = 8
#: Tokens after the figure's words searched for a place ("killed 13 ... near Latakia").
PLACE_WINDOW = 12
#: Punctuation that ends the search for a group: what follows describes the victims' make-up
#: ("exceeding 1,000 individuals, with non-combatants nearly three-quarters of the victims";
#: "13 killed, most of them civilians"), not the group the number counts.
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", "—", "–"})


def find_group(
    tokens: Sequence[Token], norms: Sequence[str], first: int, last: int, pack: LanguagePack
) -> str | None:
    """The victim group named in ``tokens[first:last]`` ("Alawite civilians", "civilians")."""
    j = first
    while j < min(last, len(norms)):
        if tokens[j].text in CLAUSE_BREAKS:
            return None  # "over 1,000, with non-combatants three-quarters of them": a share
        hit = pack.groups.match_at(norms, j)
        if hit is None:
            j += 1
            continue
        group = hit[1]
        prev = tokens[j - 1] if j > first else None
        if (
            prev is not None
            and prev.text[:1].isupper()
            and prev.number is None
            and pack.groups.match_at(norms, j - 1) is None
            and pack.kinds_after.match_at(norms, j - 1) is None
            and not pack.words.is_number_word(prev.norm)
            and pack.magnitudes.match_at(norms, j - 1) is None
            and not _is_title_case(tokens, first, last)
        ):
            return f"{prev.text} {group}"
        return group
    return None


def _is_title_case(tokens: Sequence[Token], first: int, last: int) -> bool:
    words = [t.text for t in tokens[first:last] if t.text[:1].isalpha()]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def find_place(
    tokens: Sequence[Token],
    norms: Sequence[str],
    first: int,
    last: int,
    pack: LanguagePack,
    *,
    headline: bool,
) -> str | None:
    """A place from the pack's aliases, or a capitalised name after a locative preposition."""
    stop = min(len(tokens), last + PLACE_WINDOW)
    for j in range(first, stop):
        hit = pack.places.match_at(norms, j)
        if hit is not None:
            return hit[1]
    if headline:
        return None
    for j in range(first, stop - 1):
        if norms[j] not in pack.locatives:
            continue
        k = j + 1
        words: list[str] = []
        while k < stop and tokens[k].text[:1].isupper() and tokens[k].number is None:
            words.append(tokens[k].text)
            k += 1
        if words and pack.months.match_at(norms, j + 1) is None:
            return " ".join(words)
    return None


def find_period(
    tokens: Sequence[Token],
    norms: Sequence[str],
    quantities: Sequence[QuantityMatch],
    pack: LanguagePack,
) -> str | None:
    """A period stated in the sentence: "48 hours", "two days", "since March 6"."""
    for q in quantities:
        after = q.last + 1 if q.last < len(norms) and norms[q.last] == "-" else q.last
        hit = pack.period_units.match_at(norms, after)
        if hit is not None and q.quantity.value is not None:
            # Digits and an English unit, so periods compare across languages ("dua hari").
            return f"{q.quantity.value} {hit[1]}"
    for j in range(len(norms)):
        if pack.since_words.match_at(norms, j) is None:
            continue
        k = j + 1
        parts: list[str] = [tokens[j].text]
        while k < min(len(tokens), j + 4) and (
            tokens[k].number is not None or pack.months.match_at(norms, k) is not None
        ):
            parts.append(tokens[k].text)
            k += 1
        if len(parts) > 1:
            return " ".join(parts)
    return None


#: Tokens after the figure's words searched for the link word of a roundup ("2 dead, 8 wounded
#: in separate shootings"): long enough for a coordinated second figure and an inserted
#: "including a 14-year-old girl" between a first figure and the events both count.
INCIDENTS_WINDOW = 20
#: Modifiers allowed between the link word and the event noun ("in two separate shootings").
INCIDENT_MODIFIERS = 3
#: Punctuation that ends a sentence part: a roundup cue beyond it is about something else.
INCIDENT_BREAKS = frozenset({".", ";", ":", "?", "!", "—", "–"})


def find_incidents(
    tokens: Sequence[Token], norms: Sequence[str], last: int, pack: LanguagePack
) -> str | None:
    """The words after a figure (its words end at ``last``) saying it counts several incidents.

    Reads, within ``INCIDENTS_WINDOW`` tokens and the same sentence part: a link word ("in",
    "after"), at most ``INCIDENT_MODIFIERS`` modifiers, then a plural event noun ("shootings")
    or a general noun ("incidents", "violence") that a roundup modifier ("separate", "weekend")
    or a citywide tail ("across the city", "across Chicago") makes several. A determiner or a
    word tying the events into one ("in the shootings at the school", "in a series of
    shootings", "in linked shootings") reads as the story's own event (one attack can be
    several shootings), unless a roundup modifier or tail says the events are apart ("in the
    other shootings"). Returns the words as written ("in weekend shootings"), else ``None``.
    """
    cues = pack.incidents
    if not cues.links:
        return None
    stop = min(len(norms), last + INCIDENTS_WINDOW)
    for j in range(last, stop):
        if tokens[j].text in INCIDENT_BREAKS:
            break
        if norms[j] not in cues.links:
            continue
        found = _incident_phrase(tokens, norms, j, pack)
        if found is not None:
            return found
    return find_elsewhere(tokens, norms, pack)


def find_elsewhere(tokens: Sequence[Token], norms: Sequence[str], pack: LanguagePack) -> str | None:
    """A phrase of the sentence that puts its figures in another period or incident than the
    story's ("so far this year, 21 adults have been shot", "last month, two people were
    wounded", "in that case, a 15-year-old was killed"): such a count is no count of the
    story's own victims, however its words read. Returns the phrase as written."""
    found = pack.elsewhere.find_all(norms) if pack.elsewhere else []
    if not found:
        return None
    first, last, _ = found[0]
    return as_written(tokens[first:last])


def _incident_phrase(
    tokens: Sequence[Token], norms: Sequence[str], link: int, pack: LanguagePack
) -> str | None:
    """The roundup phrase starting at the link word ``tokens[link]``, or ``None``."""
    cues = pack.incidents
    roundup = tied = False
    k = link + 1
    while k < len(norms) and k <= link + 1 + INCIDENT_MODIFIERS:
        if tokens[k].text in CLAUSE_BREAKS or tokens[k].text in INCIDENT_BREAKS:
            return None
        event = cues.events.match_at(norms, k)
        general = None if event is not None else cues.general.match_at(norms, k)
        if event is not None or general is not None:
            end = k + (event or general or (1, True))[0]
            tail = _tail(tokens, norms, end, pack)
            roundup = roundup or tail > end
            if (general is not None or tied) and not roundup:
                return None
            return as_written(tokens[link:tail])
        hit = cues.roundup.match_at(norms, k)
        if hit is not None:
            roundup = True
            k += hit[0]
            continue
        tied = tied or norms[k] in cues.one_event
        k += 1
    return None


def _tail(tokens: Sequence[Token], norms: Sequence[str], end: int, pack: LanguagePack) -> int:
    """The end of a citywide tail after the event noun ending at ``end`` ("across the city",
    "citywide", "across Chicago"); ``end`` itself when there is none."""
    cues = pack.incidents
    hit = cues.tails.match_at(norms, end)
    if hit is not None:
        return end + hit[0]
    if (
        end + 1 < len(tokens)
        and norms[end] in cues.spread
        and tokens[end + 1].text[:1].isupper()
        and tokens[end + 1].number is None
    ):
        return end + 2
    return end
