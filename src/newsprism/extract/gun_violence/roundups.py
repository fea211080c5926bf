"""Roundups named as the subject of a figure: "Three shootings in five hours injured five
people", "A spate of weekend shootings left two dead", "Two separate shootings left one man dead
and another wounded".

``scope.find_incidents`` reads the events a figure counts after its words ("5 wounded in weekend
shootings"); news as often puts them first, as the subject that leaves, kills or wounds the
people counted. The events are several when a count of two or more, a roundup modifier
("separate", "weekend") or a word for a run of events ("a spate of", "a rash of") comes before a
plural event noun ("shootings") in the clause before the figure. "The shootings left two dead"
or "a series of shootings" (one attack can be several shootings) stays the story's own event,
as does a count of shootings tied into one ("two related shootings"). Such a figure joins the
several-incidents scope (``Figure.incidents``), apart from the story's total.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.gun_violence.numerals import token_value
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.extract.gun_violence.tokens import Token, as_written

#: Tokens before the figure's words within which the event noun must end.
SUBJECT_WINDOW = 14
#: Words between the count (or run word) and the event noun ("three separate weekend shootings").
SUBJECT_MODIFIERS = 3
#: Tokens that end the clause the subject must share with the figure.
SUBJECT_BREAKS = frozenset({".", ";", ":", "?", "!", "(", ")", "—", "–", '"', "“", "”"})


def find_roundup_subject(
    tokens: Sequence[Token], norms: Sequence[str], first: int, pack: LanguagePack
) -> str | None:
    """The roundup before a figure whose words start at ``first``, as written ("Three
    shootings", "A spate of weekend shootings"), or ``None`` (see the module)."""
    cues = pack.incidents
    if not cues.links:
        return None
    start = max(0, first - SUBJECT_WINDOW)
    for j in range(first - 1, start - 1, -1):
        if tokens[j].text in SUBJECT_BREAKS:
            return None
        hit = cues.events.match_at(norms, j)
        if hit is None or j + hit[0] > first:
            continue
        opening = _several(tokens, norms, j, pack)
        if opening is not None:
            return as_written(tokens[opening : j + hit[0]])
    return None


def _several(
    tokens: Sequence[Token], norms: Sequence[str], noun: int, pack: LanguagePack
) -> int | None:
    """Where the words before the event noun at ``noun`` start that make it several events:
    a count of two or more, a roundup modifier or a run word; ``None`` when none does, or a
    word ties the events into one."""
    cues = pack.incidents
    opening: int | None = None
    tied = False
    for k in range(noun - 1, max(-1, noun - 2 - SUBJECT_MODIFIERS), -1):
        norm = norms[k]
        if tokens[k].text in SUBJECT_BREAKS:
            break
        if norm in cues.one_event:
            tied = True
            break
        if cues.roundup.match_at(norms, k) is not None or _run_word(norms, k, pack):
            opening = k
            continue
        count = token_value(tokens[k], norm, pack)
        if count is not None:
            if count >= 2:
                opening = k
            break
    if opening is not None and opening > 0 and norms[opening - 1] in cues.one_event:
        tied = True  # "the two shootings": the story's own events, named by their number
    if opening is None or (tied and not _separate(norms, opening, noun, pack)):
        return None
    return opening


def _run_word(norms: Sequence[str], k: int, pack: LanguagePack) -> bool:
    """ "a spate of", "a rash of": the run word at ``k`` when "of" follows it."""
    runs = pack.incidents.runs
    return norms[k] in runs and k + 1 < len(norms) and norms[k + 1] == "of"


def _separate(norms: Sequence[str], opening: int, noun: int, pack: LanguagePack) -> bool:
    return any(pack.incidents.roundup.match_at(norms, k) for k in range(opening, noun))


__all__ = ["find_roundup_subject"]
