"""Matching compiled token patterns (``lang.patterns``) against a sentence.

A rule is about one number: its pattern holds a ``NUM`` element, which must take exactly the
tokens of that number (hedges included). The matcher tries the start positions from which the
pattern can reach the number and backtracks over optional and repeated elements; patterns are
short and sentences a few dozen tokens, so this stays cheap. ``_`` repeats lazily (the
shortest gap first), every other element greedily.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from newsprism.extract.doc import Sent
from newsprism.lang.patterns import MAX_REPEAT, AtomKind, Element
from newsprism.lang.phrases import PhraseTable

#: Token range ``[first, last)`` of a number in a sentence.
Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern matched over tokens ``[start, end)``; ``payloads`` holds, per lexicon name,
    the payload of the first phrase that lexicon matched."""

    start: int
    end: int
    payloads: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Context:
    """What a match needs besides the pattern: the sentence, the pack's lexicons, the number
    the rule is about (``anchor``) and the other numbers of the sentence (by first token)."""

    sent: Sent
    lexicon: Callable[[str], PhraseTable[str]]
    anchor: Range
    others: Mapping[int, int]


def _lexicon_hit(ctx: Context, name: str, p: int) -> tuple[int, str] | None:
    table = ctx.lexicon(name)
    norms = ctx.sent.norms
    if not table.may_start(norms[p]) and not table.may_start(ctx.sent.bases[p]):
        return None
    hit = table.match_at(norms, p)
    if hit is None and ctx.sent.bases[p] != norms[p]:
        hit = table.match_at((ctx.sent.bases[p], *norms[p + 1 : p + 8]), 0)
    return hit


def _literal_lengths(element: Element, ctx: Context, p: int) -> list[int]:
    norms, bases = ctx.sent.norms, ctx.sent.bases
    out: list[int] = []
    for toks in element.options:
        size = len(toks)
        if p + size > len(norms):
            continue
        if (norms[p] == toks[0] or bases[p] == toks[0]) and norms[p + 1 : p + size] == toks[1:]:
            out.append(size)
    return sorted(set(out), reverse=True)


def atom_lengths(element: Element, ctx: Context, p: int) -> list[tuple[int, str | None]]:
    """The ways one occurrence of ``element``'s atom can match at token ``p`` (ignoring
    negation): token counts, longest first, each with its lexicon payload."""
    sent = ctx.sent
    if p >= len(sent.tokens):
        return []
    kind = element.kind
    token = sent.tokens[p]
    if kind is AtomKind.LITERAL:
        return [(n, None) for n in _literal_lengths(element, ctx, p)]
    if kind is AtomKind.LEXICON:
        hit = _lexicon_hit(ctx, element.name, p)
        return [] if hit is None else [(hit[0], hit[1])]
    if kind is AtomKind.NUM:
        first, last = ctx.anchor
        return [(last - first, None)] if p == first else []
    if kind is AtomKind.OTHER:
        other = ctx.others.get(p)
        return [] if other is None or p == ctx.anchor[0] else [(other - p, None)]
    ok = False
    if kind is AtomKind.ANY:
        ok = True
    elif kind is AtomKind.STEM:
        ok = token.norm.startswith(element.name) or token.base.startswith(element.name)
    elif kind is AtomKind.SUFFIX:
        ok = token.norm.endswith(element.name) and token.norm != element.name
    elif kind is AtomKind.CAP:
        ok = token.is_title and token.text.isalpha()
    elif kind is AtomKind.PUNCT:
        ok = token.is_punct
    return [(1, None)] if ok else []


def _one(element: Element, ctx: Context, p: int) -> list[tuple[int, str | None]]:
    if not element.negated:
        return atom_lengths(element, ctx, p)
    if p >= len(ctx.sent.tokens) or atom_lengths(element, ctx, p):
        return []
    return [(1, None)]


def _repeat(
    element: Element, ctx: Context, p: int, count: int
) -> Iterator[tuple[int, tuple[tuple[str, str], ...]]]:
    """Ends of ``count`` or more further occurrences of ``element`` from ``p`` (with payloads),
    in the order the element is tried: lazily for ``_``, greedily otherwise."""
    lazy = element.kind is AtomKind.ANY
    if lazy and count >= element.min:
        yield p, ()
    if count < min(element.max, MAX_REPEAT):
        for size, payload in _one(element, ctx, p):
            extra = ((element.name, payload),) if payload is not None else ()
            for end, more in _repeat(element, ctx, p + size, count + 1):
                yield end, extra + more
    if not lazy and count >= element.min:
        yield p, ()


def _match(
    elements: tuple[Element, ...], k: int, ctx: Context, p: int
) -> tuple[int, tuple[tuple[str, str], ...]] | None:
    if k == len(elements):
        return p, ()
    element = elements[k]
    if element.kind is AtomKind.NUM and p != ctx.anchor[0]:
        return None
    for end, payloads in _repeat(element, ctx, p, 0):
        rest = _match(elements, k + 1, ctx, end)
        if rest is not None:
            return rest[0], payloads + rest[1]
    return None


def _left_reach(elements: tuple[Element, ...]) -> int:
    """How many tokens the elements before ``NUM`` can take at most (bounded)."""
    reach = 0
    for element in elements:
        if element.kind is AtomKind.NUM:
            break
        width = 8 if element.kind in (AtomKind.LEXICON, AtomKind.LITERAL, AtomKind.OTHER) else 1
        reach += width * min(element.max, MAX_REPEAT)
    return reach


def match_number(elements: tuple[Element, ...], ctx: Context) -> Match | None:
    """The match of a pattern whose ``NUM`` takes the anchor number: the latest start that
    matches (the tightest match around the number), widened to the left while the start just
    before it matches too ("death toll" rather than "toll"); ``None`` when none matches."""
    first = ctx.anchor[0]
    found: tuple[int, tuple[int, tuple[tuple[str, str], ...]]] | None = None
    for start in range(first, max(-1, first - _left_reach(elements) - 1), -1):
        hit = _match(elements, 0, ctx, start)
        if hit is not None:
            found = (start, hit)
        elif found is not None:
            break
    if found is None:
        return None
    start, (end, payloads) = found
    firsts: dict[str, str] = {}
    for name, payload in payloads:
        firsts.setdefault(name, payload)
    return Match(start, end, firsts)


__all__ = ["Context", "Match", "Range", "atom_lengths", "match_number"]
