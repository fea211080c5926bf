"""Numeric expressions -> ``Quantity``: digits in the language's grouping, number words,
magnitude words ("hundreds", "ratusan"), hedges ("more than", "600+"), ranges, and people
counted in words ("a man") or by a coordination ("two men and a woman", see ``coordination``).

Pure functions over tokens; everything language-specific comes from the ``LanguagePack``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.extract.gun_violence.coordination import (
    aged_single,
    breakdown,
    coordination,
    linked_single,
    noun_end,
    singles_chain,
)
from newsprism.extract.gun_violence.numerals import read_number
from newsprism.extract.gun_violence.pack import LanguagePack, load_pack
from newsprism.extract.gun_violence.tokens import Token, ascii_digits, tokenize
from newsprism.lang.number_words import Hedge
from newsprism.model.figures import Qualifier, Quantity


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A quantity found in a token list: ``[first, last)`` token indexes (hedges included),
    the token range of the number itself (of the first conjunct's number in a coordination),
    the parsed quantity, and whether it sums a coordination of counts of people ("two men and
    a woman": the nouns inside it say who its parts are, not who the whole is)."""

    first: int
    last: int
    number_first: int
    number_last: int
    quantity: Quantity
    integer: bool = True
    coordinated: bool = False


def _bounded(value: int, hedge: Hedge | None) -> Quantity:
    if hedge is None or hedge.rule == "exact":
        return Quantity(value=value, low=None, high=None, qualifier=Qualifier.EXACT)
    q = hedge.qualifier
    if hedge.rule == "low+1":
        return Quantity(value=value, low=value + 1, high=None, qualifier=q)
    if hedge.rule == "low":
        return Quantity(value=value, low=value, high=None, qualifier=q)
    if hedge.rule == "high":
        return Quantity(value=value, low=None, high=value, qualifier=q)
    if hedge.rule == "high-1":
        return Quantity(value=value, low=None, high=value - 1, qualifier=q)
    return Quantity(value=value, low=None, high=None, qualifier=q)


def find_quantities(tokens: Sequence[Token], pack: LanguagePack) -> list[QuantityMatch]:
    """Every quantity in ``tokens``, left to right, without overlap."""
    out: list[QuantityMatch] = []
    norms = [t.norm for t in tokens]
    i = 0
    n = len(tokens)
    starters = pack.quantity_starters
    clitics = pack.words.clitics
    while i < n:
        tok = tokens[i]
        listed = (
            _relatives(tokens, norms, i, pack)
            if tok.norm in pack.single_links or tok.norm in pack.single_definites
            else None
        )
        if listed is not None:
            out.append(listed)
            i = listed.last
            continue
        if (
            tok.number is None
            and tok.norm not in starters
            and not (clitics and pack.words.lookup(tok.norm) is not None)
        ):
            i += 1
            continue
        mag = pack.magnitudes.match_at(norms, i) if pack.magnitudes.may_start(tok.norm) else None
        if mag is not None:
            length, magnitude = mag
            q = Quantity(value=None, low=magnitude.low, high=None, qualifier=magnitude.qualifier)
            first = _hedge_start(tokens, i, pack)[0]
            out.append(QuantityMatch(first, i + length, i, i + length, q))
            i += length
            continue
        aged = aged_single(tokens, norms, i, pack)
        if aged is not None:
            # "a 51-year-old woman and her 6-year-old granddaughter": two (not after a colon,
            # where a list names the people a number before it counted).
            after_colon = bool(i) and norms[i - 1] == ":"
            people, aged = (1, aged) if after_colon else singles_chain(tokens, norms, aged, pack)
            match = None if after_colon else _coordinate(tokens, norms, i, aged, people, pack)
            if match is None:
                q = Quantity(value=people, low=None, high=None, qualifier=Qualifier.EXACT)
                match = QuantityMatch(i, aged, i, aged, q)
            out.append(match)
            i = match.last
            continue
        read = read_number(tokens, i, pack)
        if read is None:
            single = pack.singles.match_at(norms, i)
            if single is not None:
                people, after = singles_chain(tokens, norms, i + single[0], pack)
                # "a young boy and four adults": five.
                coordinated = _coordinate(tokens, norms, i, after, people, pack)
                if coordinated is not None:
                    out.append(coordinated)
                    i = coordinated.last
                    continue
                # "a man and his two sons" counts more than one: no single then.
                if after >= n or norms[after] not in pack.range_connectors:
                    # "a man was killed": one person, stated in words; "a man and a woman
                    # were shot": two.
                    q = Quantity(value=people, low=None, high=None, qualifier=Qualifier.EXACT)
                    out.append(QuantityMatch(i, after, i, after, q))
                    i = after
                    continue
            i += 1
            continue
        end, value = read
        match = _with_parts(tokens, norms, _complete(tokens, i, end, value, pack), pack)
        out.append(match)
        i = match.last
    return out


def _with_parts(
    tokens: Sequence[Token], norms: Sequence[str], match: QuantityMatch, pack: LanguagePack
) -> QuantityMatch:
    """A count of people read by number, widened over what lists its parts: a breakdown set
    off after it ("12 others -- nine males and three females -- were hurt": still 12, and the
    casualty word after the breakdown is its own), or more conjuncts ("10 women, 7 men
    wounded": 17), whose sum takes the first conjunct's hedge ("at least two men and a woman":
    at least three)."""
    q = match.quantity
    if q.value is None or not match.integer:
        return match
    noun = noun_end(tokens, norms, match.last, pack)
    if noun is None:
        return match
    parts = breakdown(tokens, norms, noun, q, pack)
    if parts is not None:
        return dataclasses.replace(match, last=parts)
    hedge = _hedge_start(tokens, match.number_first, pack)[1]
    if match.last != match.number_last or (hedge is None) != (match.first == match.number_first):
        return match  # a range, or a hedge after the number ("20+")
    coordinated = _coordinate(tokens, norms, match.number_first, noun, q.value, pack)
    if coordinated is None or coordinated.quantity.value is None:
        return match
    # "at least two men and a woman": at least three.
    return dataclasses.replace(
        coordinated,
        first=match.first,
        number_last=match.number_last,
        quantity=_bounded(coordinated.quantity.value, hedge),
    )


def _relatives(
    tokens: Sequence[Token], norms: Sequence[str], i: int, pack: LanguagePack
) -> QuantityMatch | None:
    """A list that opens with a relative ("his girlfriend and her son", "her estranged husband
    and their son", "his wife and two children"): the people it lists, when it lists more
    than one; ``None`` otherwise (one relative alone is a person, see ``persons``)."""
    first = linked_single(tokens, norms, i + 1, pack)
    if first is None:
        return None
    people, after = singles_chain(tokens, norms, first, pack)
    coordinated = _coordinate(tokens, norms, i, after, people, pack)
    if coordinated is not None:
        return coordinated
    if people < 2 or (after < len(norms) and norms[after] in pack.range_connectors):
        return None
    if pack.range_connectors.isdisjoint(w for w in norms[first:after] if w.isalpha()):
        return None  # "the victim, a 7-year-old child,": an apposition, one person
    q = Quantity(value=people, low=None, high=None, qualifier=Qualifier.EXACT)
    return QuantityMatch(i, after, i, after, q, coordinated=True)


def _coordinate(
    tokens: Sequence[Token],
    norms: Sequence[str],
    first: int,
    end: int,
    people: int,
    pack: LanguagePack,
) -> QuantityMatch | None:
    """One exact quantity over a coordination whose first conjunct, ``people`` people, spans
    ``[first, end)``: the sum of its conjuncts (see ``coordination``)."""
    found = coordination(tokens, norms, first, end, people, pack)
    if found is None:
        return None
    q = Quantity(value=found[0], low=None, high=None, qualifier=Qualifier.EXACT)
    return QuantityMatch(first, found[1], first, end, q, coordinated=True)


def _hedge_start(tokens: Sequence[Token], i: int, pack: LanguagePack) -> tuple[int, Hedge | None]:
    norms = [t.norm for t in tokens[max(0, i - 5) : i]]
    hit = pack.hedges_before.match_ending_at(norms, len(norms))
    if hit is None:
        return i, None
    return i - (len(norms) - hit[0]), hit[1]


def _complete(
    tokens: Sequence[Token], i: int, end: int, value: float, pack: LanguagePack
) -> QuantityMatch:
    """Hedges and ranges around a number read at ``tokens[i:end]``."""
    integer = value == int(value) and value >= 0
    n = int(value)
    first, hedge = _hedge_start(tokens, i, pack)
    # Range: "2,300-2,400", "between 2,300 and 2,400", "antara 2.300 hingga 2.400".
    if end + 1 < len(tokens) and tokens[end].norm in pack.range_connectors:
        second = read_number(tokens, end + 1, pack)
        if second is not None and second[1] == int(second[1]) and integer:
            high = int(second[1])
            prefix = pack.range_prefixes.match_at([tokens[first - 1].norm], 0) if first else None
            if high > n and (tokens[end].norm in "-–—" or prefix is not None):
                start = first - 1 if prefix is not None and hedge is None else first
                q = Quantity(value=None, low=n, high=high, qualifier=Qualifier.RANGE)
                return QuantityMatch(start, second[0], i, second[0], q)
    after = pack.hedges_after.match_at([t.norm for t in tokens[end : end + 3]], 0)
    if after is not None and hedge is None:
        length, hedge_after = after
        q = _bounded(n, hedge_after)
        return QuantityMatch(first, end + length, i, end, q, integer)
    return QuantityMatch(first, end, i, end, _bounded(n, hedge), integer)


def parse_quantity(phrase: str, lang: str = "en") -> Quantity | None:
    """The first quantity in ``phrase`` read with ``lang``'s conventions, or ``None``.

    >>> parse_quantity("more than 1,000").low
    1001
    >>> parse_quantity("1.383", "id").value
    1383
    """
    pack = load_pack(lang)
    text = ascii_digits(phrase)
    matches = [m for m in find_quantities(tokenize(text, 0, len(text), pack), pack) if m.integer]
    return matches[0].quantity if matches else None
