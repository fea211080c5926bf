"""What a number counts: the casualty word that makes it a figure, or the cue that it is not
one (a year, an age, a duration, an ordinal, a count of groups)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.extract.numbers import QuantityMatch
from newsprism.extract.tokens import Token
from newsprism.lang.packs import LanguagePack
from newsprism.model.figures import FigureKind, Qualifier

#: Tokens a number and its casualty word may be apart (after / before the number). From the
#: example set: "thousands of military personnel, mostly Alawites, were kidnapped" needs 9.
AFTER_WINDOW = 10
BEFORE_WINDOW = 5
#: Tokens before a "lives" word where a word of loss must stand ("the loss of hundreds of lives").
LIVES_TRIGGER_WINDOW = 4
#: Punctuation that ends the clause a figure is read from.
CLAUSE_STOPS = frozenset({";", "(", ")", "?", "!", "[", "]", '"', "“", "”"})
YEAR_RANGE = range(1800, 2101)


@dataclass(frozen=True, slots=True)
class KindMatch:
    """The casualty word of a figure: its kind and token range."""

    kind: FigureKind
    first: int
    last: int


def is_not_figure(
    tokens: Sequence[Token], norms: Sequence[str], q: QuantityMatch, pack: LanguagePack
) -> bool:
    """Whether the number is a year, an age, a duration, a date, an ordinal or a non-person
    count, judged from the words right around it."""
    if not q.integer:
        return True
    after = q.last
    if after < len(norms) and norms[after] == "-":
        after += 1
    if pack.not_after.match_at(norms, after) is not None:
        return True
    if _list_ends_in_unit(tokens, norms, q.last, pack):
        return True
    if pack.months.match_at(norms, after) is not None:
        return True
    if q.first > 0 and pack.months.match_ending_at(norms, q.first) is not None:
        return True
    if (
        q.first > 0
        and pack.not_before.match_ending_at(norms, _list_start(tokens, norms, q.first, pack))
        is not None
    ):
        return True
    if _is_apposed_age(tokens, norms, q, pack) or _is_in_name(tokens, norms, q, pack):
        return True
    if _is_address(tokens, norms, q, pack) or _is_part_of_total(tokens, norms, q, pack):
        return True
    if _is_included_person(tokens, norms, q, pack):
        return True
    quantity = q.quantity
    num_tok = tokens[q.number_first]
    if (
        quantity.qualifier is Qualifier.EXACT
        and num_tok.number is not None
        and quantity.value in YEAR_RANGE
        and num_tok.text.isdigit()
    ):
        return pack.people.match_at(norms, q.last) is None
    return False


def _list_start(
    tokens: Sequence[Token], norms: Sequence[str], first: int, pack: LanguagePack
) -> int:
    """Start of a list of numbers ending at ``first`` ("ages 25 and 26": the cue before 25
    applies to 26 too)."""
    k = first
    while (
        k >= 2
        and (norms[k - 1] == "," or norms[k - 1] in pack.range_connectors)
        and tokens[k - 2].number is not None
    ):
        k -= 2
    return k


def _list_ends_in_unit(
    tokens: Sequence[Token], norms: Sequence[str], last: int, pack: LanguagePack
) -> bool:
    """ "17 and 19 years old", "4, 6 and 9 years": the unit after the list's last number
    applies to every number of the list."""
    k = last
    while (
        k + 1 < len(norms)
        and (norms[k] == "," or norms[k] in pack.range_connectors)
        and tokens[k + 1].number is not None
    ):
        k += 2
    if k == last:
        return False
    if k < len(norms) and norms[k] == "-":
        k += 1
    return pack.not_after.match_at(norms, k) is not None


#: A bare number at least this large followed by a capitalised name is a house number ("shot
#: at 2806 Long Lane", "in the vicinity of 4501 Southern Parkway").
ADDRESS_MIN = 100


def _is_address(
    tokens: Sequence[Token], norms: Sequence[str], q: QuantityMatch, pack: LanguagePack
) -> bool:
    """A bare number (no digit grouping, no hedge) of ``ADDRESS_MIN`` or more between a
    lower-case word or a comma and a capitalised word that is no casualty, people or group word: a street
    address ("killed at 2806 Long Lane")."""
    num = tokens[q.number_first]
    if (
        q.first != q.number_first
        or q.last != q.number_first + 1
        or num.number is None
        or not num.text.isdigit()
        or num.number < ADDRESS_MIN
        or q.last >= len(tokens)
    ):
        return False
    nxt, prev = tokens[q.last], tokens[q.first - 1] if q.first else None
    k = q.last
    return (
        prev is not None
        # "at 2806 Long Lane", "Doubles, 1555 Main St."; not "Police: 300 Migrants Dead"
        and (prev.text == "," or (prev.text.isalpha() and prev.text.islower()))
        and nxt.text[:1].isupper()
        and nxt.text.isalpha()
        and pack.kinds_after.match_at(norms, k) is None
        and pack.people.match_at(norms, k) is None
        and pack.groups.match_at(norms, k) is None
        and not pack.words.is_number_word(norms[k])
    )


def _is_part_of_total(
    tokens: Sequence[Token], norms: Sequence[str], q: QuantityMatch, pack: LanguagePack
) -> bool:
    """ "5 of 11 victims": a number right after "<number> of" is the whole a part is taken
    from (a running total), not a count of its own."""
    k = q.first
    return k >= 2 and norms[k - 1] in pack.part_of and tokens[k - 2].number is not None


def _is_included_person(
    tokens: Sequence[Token], norms: Sequence[str], q: QuantityMatch, pack: LanguagePack
) -> bool:
    """ "three people, including an infant, were slain": people named in words (no number)
    right after "including" are a part of the count before, not a count of their own."""
    k = q.first
    return (
        k > 0
        and tokens[q.number_first].number is None
        and not pack.words.is_number_word(norms[q.number_first])
        and q.quantity.value is not None
        and pack.inclusions.match_ending_at(norms, k) is not None
    )


def _is_in_name(
    tokens: Sequence[Token], norms: Sequence[str], q: QuantityMatch, pack: LanguagePack
) -> bool:
    """ "Local News 8", "Channel 4", "Image 5": a bare number right after a capitalised word
    (not the sentence's first, not a casualty word or hedge) is part of a name."""
    k = q.first - 1
    if k < 1 or q.first != q.number_first or tokens[q.number_first].number is None:
        return False
    prev = tokens[k]
    if pack.kinds_after.match_at(norms, q.last) or pack.people.match_at(norms, q.last):
        return False  # "Police Say 4 Dead": a title-case headline, not a name
    return (
        prev.text[:1].isupper()
        and prev.text.isalpha()
        and not pack.kinds_before.may_start(norms[k])
        and pack.kinds_after.match_at(norms, k) is None
        and pack.people.match_at(norms, k) is None
        and pack.groups.match_at(norms, k) is None
        and not pack.hedges_before.may_start(norms[k])
        and not pack.words.is_number_word(norms[k])
    )


def _is_apposed_age(
    tokens: Sequence[Token], norms: Sequence[str], q: QuantityMatch, pack: LanguagePack
) -> bool:
    """ "Nakiel Jackson, 26, died": a bare number between commas right after a name is an age
    (the typographic convention of news in every supported Latin-script language)."""
    first = _list_start(tokens, norms, q.first, pack)
    if first < 2 or q.quantity.qualifier is not Qualifier.EXACT:
        return False
    before, name = tokens[first - 1], tokens[first - 2]
    # The age closes the apposition: a comma or bracket, the end of the sentence, or a list
    # of ages ("Boys, 4 and 6, shot").
    closed = (
        q.last >= len(tokens)
        or tokens[q.last].text in {",", ")", ".", ";", ":"}
        or (
            norms[q.last] in pack.range_connectors
            and q.last + 1 < len(tokens)
            and tokens[q.last + 1].number is not None
        )
    )
    return (
        before.text == ","
        and closed
        and (
            name.text[:1].isupper()
            or pack.people.match_at(norms, first - 2) is not None
            or norms[first - 2] in pack.headline_singles  # "daughter, 7, fatally shot"
        )
        and tokens[q.number_first].number is not None
    )


def _stopped(norms: Sequence[str], j: int, quantity_starts: frozenset[int]) -> bool:
    return norms[j] in CLAUSE_STOPS or j in quantity_starts


def find_kind(
    norms: Sequence[str],
    q: QuantityMatch,
    quantity_starts: frozenset[int],
    pack: LanguagePack,
) -> KindMatch | None:
    """The casualty word nearest to the number, after or before it, within the clause."""
    best: tuple[int, KindMatch] | None = None
    j = q.last
    skipped = 0
    while j < min(len(norms), q.last + AFTER_WINDOW + skipped):
        if norms[j] == "(":
            # A parenthetical aside ("310 households (about 1,600 people) fled") is skipped.
            close = _closing(norms, j)
            if close is None:
                break
            skipped += close + 1 - j
            j = close + 1
            continue
        aside = _inclusion_end(norms, j, pack)
        if aside is not None:
            # So is an inclusion between commas ("eight others, including a girl, were hurt").
            skipped += aside - j
            j = aside
            continue
        if _stopped(norms, j, quantity_starts):
            break
        hit = pack.kinds_after.match_at(norms, j) if pack.kinds_after.may_start(norms[j]) else None
        if hit is not None and _has_object(norms, j, j + hit[0], pack):
            break  # "a police officer shot a man": the count is the agent, not the victims
        if hit is not None:
            found = KindMatch(hit[1], j, j + hit[0])
            if hit[1] is FigureKind.CASUALTIES:
                found = _then_died(norms, found, quantity_starts, q.last + AFTER_WINDOW, pack)
            best = (j - q.last, found)
            break
        lives = (
            pack.lives_words.match_at(norms, j)
            if norms[j] in pack.lives_words.exact_first
            else None
        )
        if lives is not None and _has_trigger(norms, q.first, pack):
            best = (j - q.last, KindMatch(FigureKind.KILLED, j, j + lives[0]))
            break
        j += 1
    j = q.first - 1
    while j >= max(0, q.first - BEFORE_WINDOW):
        if _stopped(norms, j, quantity_starts):
            break
        if best is not None and (
            norms[j] == "," or (norms[j] in pack.range_connectors and norms[j].isalpha())
        ):
            # "one dead and six injured", "shot, two of them fatally": a kind word after the
            # number, in its own clause, outranks one across a comma or conjunction.
            break
        hit = (
            pack.kinds_before.match_at(norms, j) if pack.kinds_before.may_start(norms[j]) else None
        )
        if hit is not None and j + hit[0] <= q.first:
            j, hit = _longest_ending(norms, j, hit, q.first, pack)
            distance = q.first - (j + hit[0])
            if best is None or distance < best[0]:
                best = (distance, KindMatch(hit[1], j, j + hit[0]))
            break
        j -= 1
    return None if best is None else best[1]


def _longest_ending(
    norms: Sequence[str], j: int, hit: tuple[int, FigureKind], limit: int, pack: LanguagePack
) -> tuple[int, tuple[int, FigureKind]]:
    """The longest casualty phrase that covers ``hit`` (found at ``j``) and ends by ``limit``:
    "fatal shooting of" rather than "shooting"."""
    best = (j, hit)
    for k in range(max(0, j - 3), j + 1):
        longer = pack.kinds_before.match_at(norms, k)
        if longer is not None and j + hit[0] <= k + longer[0] <= limit and longer[0] > best[1][0]:
            best = (k, longer)
    return best


def _then_died(
    norms: Sequence[str],
    shot: KindMatch,
    quantity_starts: frozenset[int],
    limit: int,
    pack: LanguagePack,
) -> KindMatch:
    """ "A man was shot and later died": people shot who die in the same clause are killed
    (a death word after the casualty word, before the clause or window ends)."""
    j = shot.last
    while j < min(len(norms), limit):
        if _stopped(norms, j, quantity_starts) or norms[j] in {",", "."}:
            break
        hit = pack.kinds_after.match_at(norms, j) if pack.kinds_after.may_start(norms[j]) else None
        if (
            hit is not None
            and hit[1] is FigureKind.KILLED
            and not _has_object(norms, j, j + hit[0], pack)
        ):
            return KindMatch(FigureKind.KILLED, shot.first, j + hit[0])
        j += 1
    return shot


def _has_object(norms: Sequence[str], j: int, k: int, pack: LanguagePack) -> bool:
    """Whether the verb ``norms[j:k]`` takes an object right after it (active voice)."""
    return (
        tuple(norms[j:k]) in pack.agent_verbs
        and k < len(norms)
        and pack.kind_objects.match_at(norms, k) is not None
    )


def _inclusion_end(norms: Sequence[str], j: int, pack: LanguagePack) -> int | None:
    """After ", including ... ," opening at the comma ``j`` (the closing comma included), or
    ``None``."""
    if norms[j] != "," or pack.inclusions.match_at(norms, j + 1) is None:
        return None
    return next((k + 1 for k in range(j + 2, min(len(norms), j + 12)) if norms[k] == ","), None)


def _closing(norms: Sequence[str], j: int) -> int | None:
    for k in range(j + 1, min(len(norms), j + 12)):
        if norms[k] == ")":
            return k
    return None


def _has_trigger(norms: Sequence[str], first: int, pack: LanguagePack) -> bool:
    return any(
        pack.lives_triggers.match_at(norms, j) is not None
        for j in range(max(0, first - LIVES_TRIGGER_WINDOW), first)
    )
