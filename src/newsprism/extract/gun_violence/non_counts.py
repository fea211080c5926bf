"""Numbers that are no count of people: a year, an age or an age bound, a duration, a date, an
ordinal, an address, a name, a count of events or of things, the whole a part is taken from.

Each cue reads the words right around the number (``pack.not_figures``); ``kinds`` then ties the
numbers that pass to their casualty words.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.gun_violence.numbers import QuantityMatch
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.extract.gun_violence.tokens import Token
from newsprism.model.figures import Qualifier

YEAR_RANGE = range(1800, 2101)


def is_not_figure(
    tokens: Sequence[Token], norms: Sequence[str], q: QuantityMatch, pack: LanguagePack
) -> bool:
    """Whether the number is a year, an age, a duration, a date, an ordinal or a non-person
    count, judged from the words right around it."""
    if not q.integer or _is_clock(tokens, q) or _is_glued(tokens, q):
        return True
    after = _past_fraction(tokens, norms, q.last)
    if after < len(norms) and norms[after] == "-":
        after += 1
    if pack.not_after.match_at(norms, after) is not None or _counts_things(norms, q, pack):
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
    if q.first > 0 and pack.age_bounds.match_ending_at(norms, q.first) is not None:
        return True  # "all younger than 45": an age bound
    if q.first > 0 and q.first == q.number_first and norms[q.first - 1] in pack.age_after:
        return True  # "Banes and Clark, both 31, were found": "both" counts them already
    if _is_apposed_age(tokens, norms, q, pack) or _is_in_name(tokens, norms, q, pack):
        return True
    if _is_address(tokens, norms, q, pack) or _is_part_of_total(tokens, norms, q, pack):
        return True
    if _is_included_person(tokens, norms, q, pack) or _is_family_size(norms, q, pack):
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


#: Fraction signs glued to a whole number ("2½-year-old").
_FRACTIONS = frozenset({"½", "¼", "¾", "⅓", "⅔"})


def _past_fraction(tokens: Sequence[Token], norms: Sequence[str], k: int) -> int:
    """Where the words after a number start, past a fraction that completes it: "a 2 1/2
    year-old boy", "2½-year-old" (the unit after the fraction applies to the number)."""
    if k < len(norms) and norms[k] in _FRACTIONS:
        return k + 1
    if (
        k + 2 < len(tokens)
        and tokens[k].number is not None
        and tokens[k + 1].text == "/"
        and tokens[k + 2].number is not None
        and tokens[k].end == tokens[k + 1].start
        and tokens[k + 1].end == tokens[k + 2].start
    ):
        return k + 3
    return k


#: How many words (a modifier: "the family dogs") may stand between a partitive and the noun
#: for the animals or things it takes a part of.
THING_MODIFIERS = 1


def _counts_things(norms: Sequence[str], q: QuantityMatch, pack: LanguagePack) -> bool:
    """ "108,780 deer had been killed", "two dogs were shot": a count right before a noun for
    animals or things counts no people, whatever casualty word follows. So does a part of
    them ("injuring one of the family dogs"): a partitive with a noun ("of the") and the
    animal or thing after at most ``THING_MODIFIERS`` words. A count bare of a noun after a
    demonstrative ("This one hurt, a lot": the event) counts no people either."""
    if pack.things.match_at(norms, q.last) is not None or _is_demonstrative(norms, q, pack):
        return True
    part = pack.partitives.match_at(norms, q.last)
    if part is None or not part[1]:
        return False  # "one of them": a pronoun, no noun to read
    start = q.last + part[0]
    for k in range(start, min(start + THING_MODIFIERS + 1, len(norms))):
        if pack.things.match_at(norms, k) is not None:
            return True
        if not norms[k].isalpha() or pack.people.match_at(norms, k) is not None:
            return False
    return False


def _is_demonstrative(norms: Sequence[str], q: QuantityMatch, pack: LanguagePack) -> bool:
    """A bare "one" after a demonstrative (``pack.demonstratives``) and before no noun for
    people or partitive: the pronoun for a thing or an event ("This one hurt", "This one hits
    hard"), no count. "this one guy got shot" names a person."""
    if q.first == 0 or q.quantity.value != 1 or norms[q.first - 1] not in pack.demonstratives:
        return False
    if pack.people.match_at(norms, q.last) is not None:
        return False
    return pack.partitives.match_at(norms, q.last) is None


def _is_clock(tokens: Sequence[Token], q: QuantityMatch) -> bool:
    """ "10:30 p.m.", "0:47" (a video's length in a list of clips): digits glued to a colon
    glued to digits before them are the minutes of a time or duration, no count."""
    k = q.number_first
    return (
        q.first == k
        and k >= 2
        and tokens[k - 1].text == ":"
        and tokens[k - 2].text.isdigit()
        and tokens[k - 2].end == tokens[k - 1].start
        and tokens[k - 1].end == tokens[k].start
    )


def _is_glued(tokens: Sequence[Token], q: QuantityMatch) -> bool:
    """ "41NBC", "5K run", "10am": digits glued to the letters after them name a station, a
    distance or a time, no count of people."""
    k = q.number_first
    return (
        q.last == k + 1
        and k + 1 < len(tokens)
        and tokens[k].number is not None
        and tokens[k + 1].start == tokens[k].end
        and tokens[k + 1].text[:1].isalpha()
    )


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
    """ "17 and 19 years old", "4, 6 and 9 years", "a 14-, 15- and 17-year-old": the unit after
    the list's last number applies to every number of the list (a hyphen after a number leaves
    the unit to the last one; separators may stack: "15-, and 17")."""
    k = last
    while True:
        n = k
        while n < len(norms) and (norms[n] in {",", "-"} or norms[n] in pack.range_connectors):
            n += 1
        if n == k or n >= len(norms) or tokens[n].number is None:
            break
        k = n + 1
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


def _is_family_size(norms: Sequence[str], q: QuantityMatch, pack: LanguagePack) -> bool:
    """ "a father of three who stopped for a snack", "Father of 3 fatally shot": a bare number
    right after a parent's noun and "of" (``family``) counts the parent's children, not people
    hit. An article names one child ("the parents of a 10-year-old boy"): only counts of two
    or more are read so."""
    value = q.quantity.value
    return (
        q.first > 0
        and q.first == q.number_first
        and value is not None
        and value >= 2
        and pack.family.match_ending_at(norms, q.first) is not None
    )


def _is_in_name(
    tokens: Sequence[Token], norms: Sequence[str], q: QuantityMatch, pack: LanguagePack
) -> bool:
    """ "Local News 8", "Channel 4", "Image 5": a bare number right after a capitalised word
    (not the sentence's first, not a casualty word or hedge) is part of a name. So is one after
    an acronym that starts a line and before a dash ("CBS 58 - Multiple Victims After ...":
    a station's name before its headline)."""
    k = q.first - 1
    if k < 0 or q.first != q.number_first or tokens[q.number_first].number is None:
        return False
    if k == 0 and not _is_station(tokens, q):
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


#: Separators between a station's name and its headline ("CBS 58 - ...", "WSFA 12 | ...").
NAME_SEPARATORS = frozenset({"-", "–", "—", "|"})


def _is_station(tokens: Sequence[Token], q: QuantityMatch) -> bool:
    """An acronym, a number and a separator: "CBS 58 - Multiple Victims After Shooting"."""
    first = tokens[q.first - 1].text
    return (
        len(first) >= 2
        and first.isupper()
        and first.isalpha()
        and q.last < len(tokens)
        and tokens[q.last].text in NAME_SEPARATORS
    )


def _is_apposed_age(
    tokens: Sequence[Token], norms: Sequence[str], q: QuantityMatch, pack: LanguagePack
) -> bool:
    """ "Nakiel Jackson, 26, died", "her sons, 7 and 8, were hurt": a bare number between
    commas right after a name or a noun of people is an age (the typographic convention of news
    in every supported Latin-script language)."""
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
            or _is_abbreviated_name(tokens, first - 2)
            or pack.people.match_at(norms, first - 2) is not None
            or norms[first - 2] in pack.headline_singles  # "daughter, 7, fatally shot"
            # "her sons, 7 and 8, were hurt", "two teens, 16 and 17,": a plural noun of people
            or pack.coordination_nouns.match_ending_at(norms, first - 1) is not None
        )
        and (tokens[q.number_first].number is not None or _is_worded_age(tokens, norms, q, pack))
    )


def _is_worded_age(
    tokens: Sequence[Token], norms: Sequence[str], q: QuantityMatch, pack: LanguagePack
) -> bool:
    """ "Miranda Doerr, three, was shot": an age in words after a name (a title-case word),
    unless what follows lists the people counted ("On Sunday, two, including a boy, were
    shot")."""
    name = tokens[q.first - 2]
    return (
        name.text.istitle()
        and pack.months.match_at(norms, q.first - 2) is None
        and pack.inclusions.match_at(norms, q.last + 1) is None
    )


def _is_abbreviated_name(tokens: Sequence[Token], k: int) -> bool:
    """ "William Young Jr., 32,": a full stop glued to a capitalised word ends a name."""
    return (
        k > 0
        and tokens[k].text == "."
        and tokens[k - 1].end == tokens[k].start
        and tokens[k - 1].text[:1].isupper()
        and tokens[k - 1].text.isalpha()
    )
