"""Headlinese: counts of people that headlines state without an article or a number.

Headlines drop articles ("Man dies after shooting" is "a man died") and open with ages
("15-year-old shot to death"). A bare noun counts where it opens the headline or one of its
clauses, or follows a casualty phrase ("Deaths of Woman, Granddaughter": two). These count one
person each (a list counts them all, with the ages and counts it takes in: "Man, 2 teens
shot" is three), and only in the title line (the article's first line,
when it reads as a headline): in body text a bare noun is no count ("police said the man, who
was shot, died"), and short lines further down are as often links to other stories.

Which lines are headlines (``in_headline``): the title line, the title again, bulleted lines,
and short lines without final punctuation; figures there weigh as headline figures.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsprism.extract.gun_violence.coordination import noun_end
from newsprism.extract.gun_violence.numbers import QuantityMatch
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.extract.gun_violence.tokens import Token
from newsprism.model.article import Sentence
from newsprism.model.figures import Qualifier, Quantity

#: Where a bare noun can open a headline's clause ("Man killed, boy injured").
CLAUSE_OPENERS = frozenset({",", ";", ":"})


#: Words that may describe a headline's noun before it ("Pregnant woman", "Off-duty officer").
DESCRIBING_WORDS = 2


def _described(norms: Sequence[str], k: int, pack: LanguagePack, joiners: frozenset[str]) -> bool:
    """Whether the headline's noun at ``k`` follows only describing words from the start of
    the headline (words, or words joined by a hyphen, no more than ``DESCRIBING_WORDS``) and
    a list (one of ``joiners``) or a casualty phrase comes right after it: "Pregnant woman, 2
    others shot", "Off-duty officer shot". Not "Judge sentences man in shooting death": what
    follows the noun says nothing happened to them."""
    words = [w for w in norms[:k] if w != "-"]
    if not 0 < len(words) <= DESCRIBING_WORDS or not all(w.isalpha() for w in words):
        return False
    after = k + 1
    return after < len(norms) and (
        norms[after] in joiners or pack.kinds_after.match_at(norms, after) is not None
    )


def _joiners(pack: LanguagePack) -> frozenset[str]:
    """The words that link a headline list's nouns: a comma, "and", "&" ("Officer & Suspect
    Both Shot")."""
    return pack.coordination_joiners | pack.range_connectors | {","}


def bare_singles(
    tokens: Sequence[Token],
    norms: Sequence[str],
    found: Sequence[QuantityMatch],
    pack: LanguagePack,
) -> list[QuantityMatch]:
    """People named by bare singular nouns or ages opening a headline or one of its clauses
    ("Teen killed": one; "Man, baby found dead": two; "Man killed, boy injured"; "10-year-old
    girl dies"), or followed by a casualty word ("Tulsa mother dies"). A noun right after
    another ("Teen daughter") describes the same person."""
    ages = {q.first for q in found if _age_end(tokens, norms, q.first, pack) is not None}
    taken = {k for q in found if q.first not in ages for k in range(q.first, q.last)}
    joiners = _joiners(pack)
    out: list[QuantityMatch] = []
    k = 0
    while k < len(norms):
        # A clause opens a headline's noun, and so does a casualty phrase before it ("Deaths
        # of Woman, Granddaughter").
        opens = (
            k == 0
            or norms[k - 1] in CLAUSE_OPENERS
            or pack.kinds_before.match_ending_at(norms, k) is not None
            or _described(norms, k, pack, joiners)
        )
        if k in ages and opens:
            end = _age_end(tokens, norms, k, pack) or k + 1
        elif (
            norms[k] in pack.headline_singles
            and k not in taken
            and (opens or pack.kinds_after.match_at(norms, k + 1) is not None)
            and (k > 0 or tokens[0].text[:1].isupper())
        ):
            end = _noun_end(norms, k + 1, pack)
        else:
            k += 1
            continue
        people = 1
        counted: set[int] = set()  # numbered conjuncts the list takes in
        while end + 1 < len(norms) and norms[end] in joiners:
            part = _conjunct(tokens, norms, end + 1, found, pack)
            if part is None:
                break
            people += part[0]
            counted.update(range(end + 1, part[1]))
            end = part[1]
        if taken.isdisjoint(set(range(k, end)) - counted):
            out.append(QuantityMatch(k, end, k, end, _count(people)))
        k = end
    return out


def _conjunct(
    tokens: Sequence[Token],
    norms: Sequence[str],
    j: int,
    found: Sequence[QuantityMatch],
    pack: LanguagePack,
) -> tuple[int, int] | None:
    """One more conjunct of a headline's list at ``j``: (people, end). A bare noun ("Man,
    woman shot"), an age ("Woman, 1-year-old boy wounded") or a count of people ("Man, 2 teens
    shot": three), or a relative after a possessive ("Girlfriend and her son"); an apposed age is none ("Boy, 16, charged": the number has no noun)."""
    if norms[j] in pack.headline_singles:
        return 1, _noun_end(norms, j + 1, pack)
    if (
        norms[j] in pack.single_links
        and j + 1 < len(norms)
        and (norms[j + 1] in pack.headline_singles)
    ):
        return 1, _noun_end(norms, j + 2, pack)  # "wounding girlfriend and her son"
    age = _age_end(tokens, norms, j, pack) if tokens[j].number is not None else None
    if age is not None:
        return 1, age
    for q in found:
        value = q.quantity.value
        if q.first == j and value is not None and q.quantity.qualifier is Qualifier.EXACT:
            noun = noun_end(tokens, norms, q.last, pack)
            return None if noun is None else (value, noun)
    return None


def _count(people: int) -> Quantity:
    return Quantity(value=people, low=None, high=None, qualifier=Qualifier.EXACT)


def _noun_end(norms: Sequence[str], end: int, pack: LanguagePack) -> int:
    """After a bare noun: past a second noun for the same person ("Teen daughter")."""
    return end + 1 if end < len(norms) and norms[end] in pack.headline_singles else end


def _age_end(
    tokens: Sequence[Token], norms: Sequence[str], k: int, pack: LanguagePack
) -> int | None:
    """End of "15-year-old (boy)" starting at digits ``k``, or ``None``."""
    if tokens[k].number is None or k + 2 >= len(norms) or norms[k + 1] != "-":
        return None
    hit = pack.single_ages.match_at(norms, k + 2)
    if hit is None:
        return None
    return _noun_end(norms, k + 2 + hit[0], pack)


#: A line this short (in words) without final punctuation reads as a headline. From the
#: example set: headlines run 6-12 words; body sentences end in punctuation.
HEADLINE_MAX_WORDS = 16
BULLETS = ("-", "•", "*", "–", "·", "▪", "●")
SENTENCE_END = ".!?:;\"'”’»)"


def line_bounds(text: str, pos: int, breaks: Sequence[int]) -> tuple[int, int]:
    """Start and end offsets of the line of ``text`` holding ``pos`` (``breaks``: the
    offsets of its newlines, sorted)."""
    k = bisect.bisect_right(breaks, pos)
    start = breaks[k - 1] + 1 if k else 0
    end = breaks[k] if k < len(breaks) else len(text)
    return start, end


def in_headline(
    text: str, sentence: Sentence, breaks: Sequence[int], title: str, first_content: int
) -> bool:
    """Whether the sentence lies on a headline line (title, bullet, short unpunctuated line)."""
    line_start, line_end = line_bounds(text, sentence.span.start, breaks)
    return is_headline(text[line_start:line_end], title, line_start <= first_content)


def is_headline(line: str, title: str, first_line: bool) -> bool:
    """Whether ``line`` reads as a headline: the first line, the title again, a bullet, or a
    short line without final punctuation."""
    stripped = line.strip()
    if not stripped:
        return False
    if first_line or stripped == title.strip() or stripped.startswith(BULLETS):
        return True
    return len(stripped.split()) <= HEADLINE_MAX_WORDS and stripped[-1] not in SENTENCE_END
