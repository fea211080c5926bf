"""Reading numbers as each language writes them -> ``Quantity`` with its hedge.

Digits in any grouping ("1.383", "1 383", "4,215", "1,00,000"), digits with a scale word and a
remainder ("1,2 juta", "3 bin 145", "3 mil 100", "12 ألفاً و400"), number words in the
language's grammar ("dua ratus lima puluh", "on iki", "vingt-trois", glued German words such
as "dreihundert"), words of magnitude ("hundreds", "des dizaines de milliers", "on binlerce"),
hedges before or after the number ("more than", "au moins", "'den fazla", "5 bini aştı"), and
ranges ("between 20 and 30", "50 bis 80"). Everything language-specific comes from the pack's
``NumberGrammar``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from newsprism.extract.doc import Sent, Token, digit_value
from newsprism.lang.number_words import Hedge, NumberWords
from newsprism.lang.packs import LanguagePack, NumberGrammar
from newsprism.model.figures import Qualifier, Quantity

#: More people than live on Earth: a larger count is no count of people (a data error or a
#: figure of something else).
MAX_PEOPLE = 9_000_000_000
#: Tokens a hedge before a number may span.
HEDGE_WINDOW = 5


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number in a sentence: tokens ``[first, last)`` with its hedges, ``[num_first,
    num_last)`` for the number itself, the quantity read, and whether it was a count at all
    (``countable``: an integer, not glued to a formula, not more people than exist)."""

    first: int
    last: int
    num_first: int
    num_last: int
    quantity: Quantity
    countable: bool = True
    words: bool = False

    @property
    def span(self) -> tuple[int, int]:
        """The token range with hedges."""
        return self.first, self.last


def _lookup(words: NumberWords, token: Token) -> tuple[str, int] | None:
    if token.digits:
        return None
    return words.lookup(token.norm) or (
        words.lookup(token.base) if token.base != token.norm else None
    )


def _split_compound(norm: str, words: NumberWords) -> list[tuple[str, int]] | None:
    """A number word written as one ("dreihundertzwanzig", "zweiundzwanzig"): its parts, by the
    longest number word at each point, joiners allowed between parts."""
    parts: list[tuple[str, int]] = []
    i = 0
    while i < len(norm):
        for j in range(len(norm), i, -1):
            piece = norm[i:j]
            hit = words.roles.get(piece)
            if hit is not None:
                parts.append(hit)
                i = j
                break
            if piece in words.joiners and parts:
                i = j
                break
        else:
            return None
    return parts if len(parts) > 1 else None


def _combine(parts: Sequence[tuple[str, int]]) -> int:
    """The value of number words in order: values add, multipliers multiply what precedes them
    within a group, scales close a group ("dua ratus lima puluh" = 2*100 + 5*10)."""
    total = group = 0
    pending: int | None = None
    for role, v in parts:
        if role in ("value", "adder"):
            # German and Arabic put units before tens ("dreiundzwanzig", "ثلاثة وعشرون").
            pending = (pending or 0) + v
        elif role == "multiplier":
            group += (pending or 1) * v
            pending = None
        else:
            total += (group + (pending or 0) or 1) * v
            group, pending = 0, None
    return total + group + (pending or 0)


def _read_words(sent: Sent, i: int, grammar: NumberGrammar) -> tuple[int, int] | None:
    """Number words from ``i`` (digits allowed as a remainder after a scale: "ألف و200",
    "mil 250"): (end, value)."""
    tokens = sent.tokens
    words = grammar.words
    parts: list[tuple[str, int]] = []
    j = i
    after_scale = False
    while j < len(tokens):
        tok = tokens[j]
        if tok.digits and after_scale and tok.num is not None and tok.num == int(tok.num):
            parts.append(("value", int(tok.num)))
            j += 1
            after_scale = False
            continue
        if j + 2 < len(tokens) and tokens[j + 1].text == "-" and not tokens[j + 1].space:
            compound = words.roles.get(f"{tok.norm}-{tokens[j + 2].norm}")
            if compound is not None:  # listed whole: "quatre-vingt" is 80, not 4 + 20
                parts.append(compound)
                after_scale = compound[0] == "scale"
                j += 3
                continue
        hit = _lookup(words, tok)
        if hit is None and grammar.compounds and not tok.digits:
            split = _split_compound(tok.norm, words)
            if split is not None:
                parts.extend(split)
                after_scale = split[-1][0] == "scale"
                j += 1
                continue
        if hit is None:
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            joined = nxt is not None and (
                _lookup(words, nxt) is not None or (after_scale and nxt.digits)
            )
            if (
                parts
                and joined
                and (tok.norm in words.joiners or (tok.norm == "-" and not tok.space))
            ):
                j += 1
                continue
            if not parts and tok.norm in words.one_words and nxt is not None:
                hit2 = _lookup(words, nxt)
                if hit2 is not None and hit2[0] != "value":
                    parts.append(("value", 1))
                    j += 1
                    continue
            break
        parts.append(hit)
        after_scale = hit[0] == "scale"
        j += 1
    if not parts:
        return None
    return j, _combine(parts)


def _scale_at(sent: Sent, j: int, grammar: NumberGrammar) -> int | None:
    if j >= len(sent.tokens):
        return None
    hit = _lookup(grammar.words, sent.tokens[j])
    if hit is not None and hit[0] in ("scale", "multiplier") and hit[1] >= 100:
        return hit[1]
    return None


def _read_digits(sent: Sent, i: int, grammar: NumberGrammar) -> tuple[int, Decimal] | None:
    """Digits at ``i`` with an optional scale word and remainder: (end, value)."""
    tokens = sent.tokens
    tok = tokens[i]
    scale = _scale_at(sent, i + 1, grammar)
    if scale is None:
        return (i + 1, tok.num) if tok.num is not None else None
    value = digit_value(tok.text, grammar.decimal, scaled=True)
    if value is None:
        return None
    value *= scale
    j = i + 2
    # A remainder after the scale: "3 bin 145", "2 mil 750", "12 ألفاً و400", and a smaller
    # scaled remainder: "2 milyon 7 bin 146".
    k = j + 1 if j < len(tokens) and tokens[j].norm in grammar.words.joiners else j
    if k < len(tokens) and (tokens[k].digits or _lookup(grammar.words, tokens[k]) is not None):
        rest = _number_at(sent, k, grammar)
        if rest is not None and rest[1] == int(rest[1]) and 0 < rest[1] < scale:
            return rest[0], value + rest[1]
    return j, value


def _hedge_before(sent: Sent, i: int, grammar: NumberGrammar) -> tuple[int, Hedge | None]:
    lo = max(0, i - HEDGE_WINDOW)
    hit = grammar.hedges_before.match_ending_at(sent.norms[lo:i], i - lo)
    if hit is None:
        return i, None
    return lo + hit[0], hit[1]


def bounded(value: int, hedge: Hedge | None) -> Quantity:
    """The quantity of ``value`` under ``hedge`` (its bound rule: "more than 60" -> low 61)."""
    if hedge is None or hedge.rule == "exact":
        q = Qualifier.EXACT if hedge is None else hedge.qualifier
        return Quantity(value=value, low=None, high=None, qualifier=q)
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


def _glued(sent: Sent, first: int, last: int) -> bool:
    """A number glued into a formula or a name: "10^100", "COVID-19", "F-16", "5x"."""
    tokens = sent.tokens
    before = tokens[first - 1] if first else None
    after = tokens[last] if last < len(tokens) else None
    if (before is not None and before.text == "^") or (after is not None and after.text == "^"):
        return True
    # "COVID-19", "F-16": a name, not a count.
    return (
        before is not None
        and before.text in "-/"
        and not tokens[first].space
        and first >= 2
        and not before.space
        and tokens[first - 2].text.isalpha()
        and tokens[first - 2].text[:1].isupper()
    )


def _number_at(sent: Sent, i: int, grammar: NumberGrammar) -> tuple[int, Decimal] | None:
    tok = sent.tokens[i]
    if tok.digits:
        return _read_digits(sent, i, grammar)
    found = _read_words(sent, i, grammar)
    return None if found is None else (found[0], Decimal(found[1]))


def _is_starter(token: Token, pack: LanguagePack) -> bool:
    if token.digits:
        return True
    starters = pack.number_starters
    if token.norm in starters or token.base in starters:
        return True
    g = pack.numbers
    return bool(g.words.clitics and g.words.lookup(token.norm) is not None) or (
        g.compounds and _split_compound(token.norm, g.words) is not None
    )


def find_numbers(sent: Sent, pack: LanguagePack) -> list[NumberMatch]:
    """Every number of a sentence, left to right, without overlap."""
    grammar = pack.numbers
    tokens = sent.tokens
    norms = sent.norms
    out: list[NumberMatch] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if grammar.hedges_before.may_start(tok.norm):
            inside = _inside_hedge(sent, i, grammar)
            if inside > i:  # "hasta un máximo de 50": the hedge's "un" is no number
                i = inside
                continue
        if not _is_starter(tok, pack):
            i += 1
            continue
        mag = (
            grammar.magnitudes.match_at(norms, i)
            if grammar.magnitudes.may_start(tok.norm)
            else None
        )
        if mag is not None:
            size, magnitude = mag
            first, _ = _hedge_before(sent, i, grammar)
            low = magnitude.low or None
            q = Quantity(value=None, low=low, high=None, qualifier=magnitude.qualifier)
            out.append(NumberMatch(first, i + size, i, i + size, q, words=True))
            i += size
            continue
        read = _number_at(sent, i, grammar)
        if read is None:
            i += 1
            continue
        end, value = read
        out.append(_complete(sent, i, end, value, grammar))
        i = out[-1].last
    return out


def _inside_hedge(sent: Sent, i: int, grammar: NumberGrammar) -> int:
    """The end of a hedge of several words that starts at token ``i`` and is followed by a
    number ("hasta un máximo de 50", "un peu plus de 30"), else ``i``: a number word inside
    such a hedge counts nothing."""
    norms = sent.norms
    hit = grammar.hedges_before.match_at(norms, i)
    if hit is None or hit[0] < 2 or i + hit[0] >= len(norms):
        return i
    after = i + hit[0]
    return after if _number_at(sent, after, grammar) is not None else i


def _complete(sent: Sent, i: int, end: int, value: Decimal, grammar: NumberGrammar) -> NumberMatch:
    """Hedges and ranges around a number read at tokens ``[i, end)``."""
    tokens = sent.tokens
    words = not tokens[i].digits
    countable = value == int(value) and 0 <= value <= MAX_PEOPLE and not _glued(sent, i, end)
    n = int(value) if value == int(value) else 0
    first, hedge = _hedge_before(sent, i, grammar)
    if not countable:
        return NumberMatch(
            first, end, i, end, bounded(max(n, 0), None), countable=False, words=words
        )
    # Ranges: "2,300-2,400", "between 20 and 30", "50 bis 80".
    if end + 1 < len(tokens) and tokens[end].norm in grammar.range_connectors:
        second = _number_at(sent, end + 1, grammar)
        if second is not None and second[1] == int(second[1]) and int(second[1]) > n:
            high = int(second[1])
            prefix_at = first - 1 if hedge is None else first
            prefix = (
                grammar.range_prefixes.match_at(sent.norms, prefix_at) if prefix_at >= 0 else None
            )
            dash = tokens[end].norm in ("-", "–", "—")
            if dash or prefix is not None:
                start = prefix_at if prefix is not None and hedge is None else first
                q = Quantity(value=None, low=n, high=high, qualifier=Qualifier.RANGE)
                return NumberMatch(start, second[0], i, second[0], q, words=words)
    after = grammar.hedges_after.match_at(sent.norms, end)
    if after is not None and hedge is None:
        size, hedge_after = after
        return NumberMatch(first, end + size, i, end, bounded(n, hedge_after), words=words)
    return NumberMatch(first, end, i, end, bounded(n, hedge), words=words)


def parse_quantity(phrase: str, lang: str = "en") -> Quantity | None:
    """The first countable quantity in ``phrase`` read with ``lang``'s conventions, or ``None``.

    >>> parse_quantity("more than 1,000").low
    1001
    >>> parse_quantity("1.383", "id").value
    1383
    >>> parse_quantity("3 bin 145", "tr").value
    3145
    """
    from newsprism.extract.doc import ascii_digits, tokenize  # noqa: PLC0415 - doctest helper
    from newsprism.lang.packs import load_pack  # noqa: PLC0415
    from newsprism.model.article import Span  # noqa: PLC0415

    pack = load_pack(lang)
    text = ascii_digits(phrase)
    tokens = tokenize(text, 0, len(text), pack)
    sent = Sent(
        0,
        Span(0, len(text)),
        0,
        tokens,
        tuple(t.norm for t in tokens),
        tuple(t.base for t in tokens),
    )
    found = [m for m in find_numbers(sent, pack) if m.countable]
    return found[0].quantity if found else None


__all__ = ["HEDGE_WINDOW", "MAX_PEOPLE", "NumberMatch", "bounded", "find_numbers", "parse_quantity"]
