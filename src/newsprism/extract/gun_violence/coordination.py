"""People counted by a list: singles in words ("a man and a woman", "a 27-year-old man and
his 2-year-old daughter", "his girlfriend and her son", "the man and the child") and
coordinations of counts ("two men and a woman", "2 children, 1 teen", "a young boy and four
adults", "two 17-year-olds and a 19-year-old"), whose sum is one count; and breakdowns ("eight
others, five men and three women, were hurt"), lists set off after a count that only name its
parts.

Everything language-specific comes from the pack (``[singles]`` and ``[coordination]`` of
``numbers.toml``); the punctuation of appositions is shared by the supported scripts.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.gun_violence.numerals import read_number
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.extract.gun_violence.tokens import Token
from newsprism.model.figures import Quantity

#: Words (modifiers or an age) a numbered conjunct may have between its number and its noun
#: ("two younger boys", "two 16-year-old girls").
MAX_MODIFIERS = 3
#: Punctuation that sets a breakdown off after a count, and what closes it (a colon opens a
#: list that runs to the end of the sentence).
_APPOSITION = {",": ",", "(": ")", "-": "-", "—": "—", "–": "–", ":": ""}
_SENTENCE_ENDS = frozenset({".", ";", "!", "?"})


def breakdown(
    tokens: Sequence[Token], norms: Sequence[str], noun: int, q: Quantity, pack: LanguagePack
) -> int | None:
    """End of a coordination that breaks the count before ``noun`` down, or ``None``.

    Dashes, brackets and a colon set a breakdown off; commas do too after a count of people
    of no particular sort, closing around its parts ("12 people, seven men and four women,
    were shot") or ending the sentence with parts that add up to it, but not after a count
    of some sort, which opens a list ("two women, a man and an infant were shot": four).
    """
    opener = norms[noun] if noun < len(norms) else ""
    if opener not in _APPOSITION:
        return None
    start = noun + 1
    if opener == "-" and start < len(norms) and norms[start] == "-":
        start += 1  # "--"
    first = _conjunct(tokens, norms, start, pack)
    if first is None:
        return None
    people, end, parts = _chain(tokens, norms, first[1], first[0], pack)
    if parts < 2:
        return None
    closer = _APPOSITION[opener]
    if not closer:
        return end
    closed = end < len(norms) and norms[end] == closer
    if opener == ",":
        ends = end >= len(norms) or norms[end] in _SENTENCE_ENDS
        if norms[noun - 1] not in pack.coordination_totals or not (
            closed or (ends and people == q.value)
        ):
            return None
    elif not closed:
        return None
    if not closed:
        return end
    end += 1
    if closer == "-" and end < len(norms) and norms[end] == "-":
        end += 1
    return end


def coordination(
    tokens: Sequence[Token],
    norms: Sequence[str],
    first: int,
    end: int,
    people: int,
    pack: LanguagePack,
) -> tuple[int, int] | None:
    """The coordination whose first conjunct, ``people`` people, spans ``[first, end)``:
    (people in all, index after the last conjunct) when more conjuncts follow it, and it is
    neither a part of a longer list nor an apposition; else ``None``."""
    total, last, parts = _chain(tokens, norms, end, people, pack)
    if parts < 2 or _in_longer_list(tokens, norms, first, last, pack):
        return None
    if last < len(norms) and norms[last] == "," and not _worded(norms, end, last, pack):
        return None  # "One victim, a 27-year-old woman, was killed": an apposition, one
    return total, last


def _worded(norms: Sequence[str], first: int, last: int, pack: LanguagePack) -> bool:
    """Whether a joiner word (not only commas) links conjuncts in ``norms[first:last]``."""
    return any(w.isalpha() and w in pack.coordination_joiners for w in norms[first:last])


def _in_longer_list(
    tokens: Sequence[Token], norms: Sequence[str], first: int, last: int, pack: LanguagePack
) -> bool:
    """Whether the conjuncts in ``[first, last)`` are only a part of a list whose other
    conjuncts cannot be read: "his wife, two young children and his mother-in-law" (a noun for
    one person before), "four victims, two suspects, and four witnesses" (a number after). Their sum
    would be a count of nothing; the conjuncts stay apart."""
    if (
        first >= 2
        and norms[first - 1] in pack.coordination_joiners
        and norms[first - 2] in pack.headline_singles
    ):
        return True  # not after a plural: "All of the victims, two men and two women, were"
    j = _joined(tokens, norms, last, pack)
    read = None if j is None or j >= len(norms) else read_number(tokens, j, pack)
    if read is None or read[0] >= len(norms):
        return False
    after = norms[read[0]]
    # "two men and a woman, two of whom died", "..., one fatally": a share, not a conjunct.
    return after.isalpha() and after not in pack.part_of and not pack.kinds_after.may_start(after)


def _chain(
    tokens: Sequence[Token], norms: Sequence[str], end: int, people: int, pack: LanguagePack
) -> tuple[int, int, int]:
    """The conjuncts that follow one ending at ``end``: (people in all, index after the last,
    how many conjuncts)."""
    parts = 1
    while True:
        j = _joined(tokens, norms, end, pack)
        part = None if j is None else _conjunct(tokens, norms, j, pack)
        if part is None:
            return people, end, parts
        people += part[0]
        end = part[1]
        parts += 1


def _joined(
    tokens: Sequence[Token], norms: Sequence[str], end: int, pack: LanguagePack
) -> int | None:
    """Index after the joiner at ``end`` (", and" counts as one; an apposed age before it is
    passed over: "a man, 25, and a woman"), or ``None``."""
    joiners = pack.coordination_joiners
    k = end
    if (
        k + 2 < len(norms)
        and norms[k] == norms[k + 2] == ","
        and tokens[k + 1].number is not None
        and ("," in joiners)
    ):
        k += 2
    if k >= len(norms) or norms[k] not in joiners:
        return None
    k += 1
    if not norms[k - 1].isalpha() and k < len(norms) and norms[k].isalpha() and norms[k] in joiners:
        k += 1
    return k


def _conjunct(
    tokens: Sequence[Token], norms: Sequence[str], j: int, pack: LanguagePack
) -> tuple[int, int] | None:
    """One conjunct of a coordination at ``j``: (people, index after it). A single ("a woman",
    "a 3-year-old", "his son"), a bare noun for one person ("woman", as headlines write it), or
    a number and its noun ("four adults", "his two sons", "two 16-year-old girls")."""
    if j >= len(norms):
        return None
    after = _next_single(tokens, norms, j, pack)
    if after is not None:
        return 1, after
    if norms[j] in pack.headline_singles and (
        j + 1 >= len(norms) or norms[j + 1] not in pack.part_of
    ):
        return 1, j + 1  # "a man, woman and child"; not "a boy, and son of an officer"
    k = j + 1 if norms[j] in pack.single_links else j
    read = read_number(tokens, k, pack) if k < len(norms) else None
    if read is None or read[1] != int(read[1]) or read[1] < 1:
        return None
    noun = noun_end(tokens, norms, read[0], pack)
    return None if noun is None else (int(read[1]), noun)


def noun_end(
    tokens: Sequence[Token],
    norms: Sequence[str],
    k: int,
    pack: LanguagePack,
    budget: int = MAX_MODIFIERS,
) -> int | None:
    """End of the noun for people right after a number at ``k``, past up to ``budget``
    modifiers or ages ("younger boys", "16-year-old girls"), or ``None``."""
    if k >= len(norms):
        return None
    if budget and norms[k] in pack.coordination_modifiers:
        longer = noun_end(tokens, norms, k + 1, pack, budget - 1)
        if longer is not None:
            return longer  # "two teen boys"; "two teens" below
    hit = pack.coordination_nouns.match_at(norms, k)
    if hit is not None:
        return k + hit[0]
    plural = age_end(tokens, norms, k, pack, plural=True)
    if plural is not None:
        return plural  # "two 17-year-olds": the age is the noun
    age = age_end(tokens, norms, k, pack) if budget else None
    return None if age is None else noun_end(tokens, norms, age, pack, budget - 1)


def singles_chain(
    tokens: Sequence[Token], norms: Sequence[str], end: int, pack: LanguagePack
) -> tuple[int, int]:
    """People counted by a list of singles whose first ends at ``end`` ("a man, a woman and a
    boy"; "a 27-year-old man and his 2-year-old daughter"): (how many, index after the list)."""
    people = 1
    while end + 1 < len(norms) and (norms[end] == "," or norms[end] in pack.range_connectors):
        nxt = end + 1
        if norms[end] == "," and nxt < len(norms) and norms[nxt] in pack.range_connectors:
            nxt += 1
        after = _next_single(tokens, norms, nxt, pack)
        if after is None:
            break
        people += 1
        end = after
    return people, end


def _next_single(
    tokens: Sequence[Token], norms: Sequence[str], j: int, pack: LanguagePack
) -> int | None:
    """End of one more person of a list at ``j``: a single ("a woman"), one described by age
    ("a 6-year-old girl", "20-year-old woman") or a linked relative ("his son", "her 6-year-old
    granddaughter"); ``None`` otherwise ("his two sons" is counted by its number)."""
    if j >= len(norms):
        return None
    hit = pack.singles.match_at(norms, j)
    if hit is not None:
        return j + hit[0]
    aged = aged_single(tokens, norms, j, pack)
    if aged is not None:
        return aged
    if norms[j] in pack.single_links or norms[j] in pack.single_definites:
        return linked_single(tokens, norms, j + 1, pack)
    # "(a 16-year-old male and) 20-year-old woman".
    k = age_end(tokens, norms, j, pack)
    if k is None or k >= len(norms):
        return None
    return k + 1 if norms[k] in pack.headline_singles else None


def linked_single(
    tokens: Sequence[Token], norms: Sequence[str], j: int, pack: LanguagePack
) -> int | None:
    """End of one relative after a possessive that ends before ``j``: up to
    ``MAX_MODIFIERS`` modifiers, an age, and a noun for one person ("his son", "her estranged
    husband", "her 6-year-old granddaughter"), or the age alone ("her 2-year-old"); ``None``
    otherwise ("his two sons" is counted by its number, "his car" is no person)."""
    modifiers = pack.coordination_modifiers | pack.link_modifiers
    last = j
    while last < min(len(norms), j + MAX_MODIFIERS) and norms[last] in modifiers:
        last += 1
    for k in range(last, j - 1, -1):  # the most modifiers first: "his teen son", "his teen"
        if k >= len(norms):
            continue
        end = age_end(tokens, norms, k, pack)
        if end is not None:
            end = end + 1 if end < len(norms) and norms[end] in pack.headline_singles else end
        elif norms[k] in pack.headline_singles:
            end = k + 1
        else:
            continue
        # "his son's friend", "the boy's mother": the person is another.
        return None if end + 1 < len(norms) and norms[end] == "'" else end
    return None


def aged_single(
    tokens: Sequence[Token], norms: Sequence[str], i: int, pack: LanguagePack
) -> int | None:
    """End of "a 15-year-old (boy)": one person described by age, or ``None``."""
    if not pack.single_ages or norms[i] not in pack.words.one_words or i + 1 >= len(tokens):
        return None
    end = age_end(tokens, norms, i + 1, pack)
    if end is None:
        return None
    if end >= len(norms):
        return end
    # "a 19-year-old man", "a 19-year-old male": the noun is a part of the single.
    noun = pack.people.match_at(norms, end) or pack.coordination_nouns.match_at(norms, end)
    return end + noun[0] if noun else end


def age_end(
    tokens: Sequence[Token],
    norms: Sequence[str],
    i: int,
    pack: LanguagePack,
    *,
    plural: bool = False,
) -> int | None:
    """End of an age ("15-year-old", "15 years old"; ``plural``: "17-year-olds") read at
    ``i``, or ``None``."""
    ages = pack.coordination_ages if plural else pack.single_ages
    if not ages:
        return None
    read = read_number(tokens, i, pack)
    if read is None:
        return None
    j = read[0] + 1 if read[0] < len(norms) and norms[read[0]] == "-" else read[0]
    hit = ages.match_at(norms, j)
    return None if hit is None else j + hit[0]


__all__ = [
    "age_end",
    "aged_single",
    "breakdown",
    "coordination",
    "linked_single",
    "noun_end",
    "singles_chain",
]
