"""Numeric expressions -> ``Quantity``: digits in the language's grouping, number words,
magnitude words ("hundreds", "ratusan"), hedges ("more than", "600+") and ranges.

Pure functions over tokens; everything language-specific comes from the ``LanguagePack``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.extract.tokens import Token, ascii_digits, tokenize
from newsprism.lang.packs import Hedge, LanguagePack, load_pack
from newsprism.model.figures import Qualifier, Quantity


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A quantity found in a token list: ``[first, last)`` token indexes (hedges included),
    the token range of the number itself, and the parsed quantity."""

    first: int
    last: int
    number_first: int
    number_last: int
    quantity: Quantity
    integer: bool = True


def _read_number(tokens: Sequence[Token], i: int, pack: LanguagePack) -> tuple[int, float] | None:
    """A number starting at ``tokens[i]`` (digits with an optional scale word, or words):
    (index after the number, value)."""
    tok = tokens[i]
    words = pack.words
    if tok.number is not None:
        value = tok.number
        j = i + 1
        if j < len(tokens):
            hit = words.lookup(tokens[j].norm)
            if hit is not None and hit[0] in ("scale", "multiplier") and hit[1] >= 100:
                return j + 1, value * hit[1]
        return j, value
    # total: closed scale groups; group: the part under the current scale; pending: value
    # words not yet multiplied ("dua ratus lima puluh" = 2*100 + 5*10).
    total = group = 0
    pending: int | None = None
    j = i
    seen = False
    while j < len(tokens):
        norm = tokens[j].norm
        if j + 2 < len(tokens) and tokens[j + 1].norm == "-":
            # Hyphenated compounds listed whole in the data ("quatre-vingt" = 80, not 4 + 20).
            compound = f"{norm}-{tokens[j + 2].norm}"
            if compound in words.values:
                pending = (pending or 0) + words.values[compound]
                seen = True
                j += 3
                continue
        hit = words.lookup(norm)
        if hit is None:
            nxt = words.lookup(tokens[j + 1].norm) if j + 1 < len(tokens) else None
            if seen and norm in words.joiners and nxt is not None:
                j += 1
                continue
            if not seen and norm in words.one_words and nxt is not None and nxt[0] != "value":
                pending = 1
                seen = True
                j += 1
                continue
            break
        role, v = hit
        if role in ("value", "adder"):
            pending = (pending or 0) + v
        elif role == "multiplier":
            group += (pending or 1) * v
            pending = None
        else:
            total += (group + (pending or 0) or 1) * v
            group, pending = 0, None
        seen = True
        j += 1
    if not seen or j == i:
        return None
    return j, float(total + group + (pending or 0))


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
        aged = _aged_single(tokens, norms, i, pack)
        if aged is not None:
            # "a 51-year-old woman and her 6-year-old granddaughter": two (not after a colon,
            # where a list names the people a number before it counted).
            people, aged = (
                (1, aged)
                if i and norms[i - 1] == ":"
                else _singles_chain(tokens, norms, aged, pack)
            )
            q = Quantity(value=people, low=None, high=None, qualifier=Qualifier.EXACT)
            out.append(QuantityMatch(i, aged, i, aged, q))
            i = aged
            continue
        read = _read_number(tokens, i, pack)
        if read is None:
            single = pack.singles.match_at(norms, i)
            if single is not None:
                people, after = _singles_chain(tokens, norms, i + single[0], pack)
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
        match = _complete(tokens, i, end, value, pack)
        out.append(match)
        i = match.last
    return out


def _singles_chain(
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
    aged = _aged_single(tokens, norms, j, pack)
    if aged is not None:
        return aged
    # "his (6-year-old) son"; "(a 16-year-old male and) 20-year-old woman".
    linked = norms[j] in pack.single_links
    k = _age_end(tokens, norms, j + 1 if linked else j, pack) or (j + 1 if linked else None)
    if k is None or k >= len(norms):
        return None
    return k + 1 if norms[k] in pack.headline_singles else None


def _aged_single(
    tokens: Sequence[Token], norms: Sequence[str], i: int, pack: LanguagePack
) -> int | None:
    """End of "a 15-year-old (boy)": one person described by age, or ``None``."""
    if not pack.single_ages or norms[i] not in pack.words.one_words or i + 1 >= len(tokens):
        return None
    end = _age_end(tokens, norms, i + 1, pack)
    if end is None:
        return None
    return end + 1 if end < len(norms) and pack.people.match_at(norms, end) else end


def _age_end(
    tokens: Sequence[Token], norms: Sequence[str], i: int, pack: LanguagePack
) -> int | None:
    """End of an age ("15-year-old", "15 years old") read at ``i``, or ``None``."""
    if not pack.single_ages:
        return None
    read = _read_number(tokens, i, pack)
    if read is None:
        return None
    j = read[0] + 1 if read[0] < len(norms) and norms[read[0]] == "-" else read[0]
    hit = pack.single_ages.match_at(norms, j)
    return None if hit is None else j + hit[0]


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
        second = _read_number(tokens, end + 1, pack)
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
