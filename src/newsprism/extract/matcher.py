"""Matching compiled token patterns (``lang.patterns``) around the number a rule is about.

A rule's pattern holds one ``NUM`` element, which must take exactly the tokens of that number
(hedges included). The elements after ``NUM`` are matched forward from the number's end, the
elements before it backward from the number's start, so the cost of a rule is that of its own
elements, whatever the length of the sentence. Both directions backtrack over optional and
repeated elements; ``_`` repeats lazily (the shortest gap first, hence the match closest to the
number) and so do negated elements ("!@clause_punct{0,12}"), every other element greedily (the
longest phrase first: "death toll" over "toll").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from newsprism.extract.doc import Sent
from newsprism.lang.patterns import MAX_REPEAT, AtomKind, Element
from newsprism.lang.phrases import PhraseTable

#: Token range ``[first, last)`` of a number in a sentence.
Range = tuple[int, int]
#: Longest lexicon phrase a backward match looks for, in tokens.
MAX_PHRASE = 8

Payloads = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern matched over tokens ``[start, end)``; ``payloads`` holds, per lexicon name,
    the payload of the phrase that lexicon matched nearest the number."""

    start: int
    end: int
    payloads: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Context:
    """What a match needs besides the pattern: the sentence, the pack's lexicons, the number
    the rule is about (``anchor``) and the other numbers of the sentence (``others``: first
    token -> end; ``other_ends``: end -> first token)."""

    sent: Sent
    lexicon: Callable[[str], PhraseTable[str]]
    anchor: Range
    others: Mapping[int, int]
    other_ends: Mapping[int, int]


def _lexicon_hit(ctx: Context, name: str, p: int) -> tuple[int, str] | None:
    table = ctx.lexicon(name)
    norms = ctx.sent.norms
    base = ctx.sent.bases[p]
    if not table.may_start(norms[p]) and not table.may_start(base):
        return None
    hit = table.match_at(norms, p)
    if hit is None and base != norms[p]:
        hit = table.match_at((base, *norms[p + 1 : p + MAX_PHRASE]), 0)
    return hit


def _single(element: Element, ctx: Context, p: int) -> bool:
    """Whether the one-token atom of ``element`` matches token ``p``."""
    token = ctx.sent.tokens[p]
    kind = element.kind
    if kind is AtomKind.ANY:
        return True
    if kind is AtomKind.STEM:
        return token.norm.startswith(element.name) or token.base.startswith(element.name)
    if kind is AtomKind.SUFFIX:
        return token.norm.endswith(element.name) and token.norm != element.name
    if kind is AtomKind.CAP:
        return token.is_title and token.text.isalpha()
    if kind is AtomKind.PUNCT:
        return token.is_punct
    return False


def atom_lengths(element: Element, ctx: Context, p: int) -> list[tuple[int, str | None]]:
    """The ways one occurrence of ``element``'s atom can start at token ``p`` (ignoring
    negation): token counts, longest first, each with its lexicon payload."""
    sent = ctx.sent
    if p >= len(sent.tokens) or p < 0:
        return []
    kind = element.kind
    if kind is AtomKind.LITERAL:
        norms, bases = sent.norms, sent.bases
        found = sorted(
            {
                len(toks)
                for toks in element.options
                if p + len(toks) <= len(norms)
                and (norms[p] == toks[0] or bases[p] == toks[0])
                and norms[p + 1 : p + len(toks)] == toks[1:]
            },
            reverse=True,
        )
        return [(n, None) for n in found]
    if kind is AtomKind.LEXICON:
        hit = _lexicon_hit(ctx, element.name, p)
        return [] if hit is None else [(hit[0], hit[1])]
    if kind is AtomKind.NUM:
        first, last = ctx.anchor
        return [(last - first, None)] if p == first else []
    if kind is AtomKind.OTHER:
        other = ctx.others.get(p)
        return [] if other is None or p == ctx.anchor[0] else [(other - p, None)]
    return [(1, None)] if _single(element, ctx, p) else []


def _ending_at(element: Element, ctx: Context, p: int) -> list[tuple[int, str | None]]:
    """The ways one occurrence of ``element``'s atom can end just before token ``p``: token
    counts, longest first, with payloads."""
    if p <= 0:
        return []
    kind = element.kind
    if kind in (AtomKind.LITERAL, AtomKind.LEXICON):
        out: list[tuple[int, str | None]] = []
        for start in range(max(0, p - MAX_PHRASE), p):
            out.extend(
                (size, payload)
                for size, payload in atom_lengths(element, ctx, start)
                if start + size == p
            )
        return sorted(out, key=lambda e: -e[0])
    if kind is AtomKind.OTHER:
        first = ctx.other_ends.get(p)
        return [] if first is None or first == ctx.anchor[0] else [(p - first, None)]
    if kind is AtomKind.NUM:
        return []
    return [(1, None)] if _single(element, ctx, p - 1) else []


def _one(element: Element, ctx: Context, p: int, backward: bool) -> list[tuple[int, str | None]]:
    n = len(ctx.sent.tokens)
    if not element.negated:
        return _ending_at(element, ctx, p) if backward else atom_lengths(element, ctx, p)
    q = p - 1 if backward else p
    if not 0 <= q < n or atom_lengths(element, ctx, q):
        return []
    return [(1, None)]


def _repeat(
    element: Element, ctx: Context, p: int, count: int, backward: bool
) -> Iterator[tuple[int, Payloads]]:
    """Positions reached by ``count`` or more further occurrences of ``element`` from ``p``
    (moving right, or left when ``backward``), with payloads: lazily for ``_`` and negated
    elements (gaps: the shortest first), greedily otherwise."""
    lazy = element.kind is AtomKind.ANY or element.negated
    if lazy and count >= element.min:
        yield p, ()
    if count < min(element.max, MAX_REPEAT):
        for size, payload in _one(element, ctx, p, backward):
            extra: Payloads = ((element.name, payload),) if payload is not None else ()
            nxt = p - size if backward else p + size
            for end, more in _repeat(element, ctx, nxt, count + 1, backward):
                yield end, extra + more
    if not lazy and count >= element.min:
        yield p, ()


def _match(
    elements: tuple[Element, ...], k: int, ctx: Context, p: int, backward: bool
) -> tuple[int, Payloads] | None:
    """Match ``elements[k:]`` from ``p`` (left to right, or right to left when ``backward``:
    the elements are then given nearest-the-number first)."""
    if k == len(elements):
        return p, ()
    for end, payloads in _repeat(elements[k], ctx, p, 0, backward):
        rest = _match(elements, k + 1, ctx, end, backward)
        if rest is not None:
            return rest[0], payloads + rest[1]
    return None


def match_number(elements: tuple[Element, ...], ctx: Context) -> Match | None:
    """The match of a pattern whose ``NUM`` takes the anchor number, or ``None``."""
    k = next(i for i, e in enumerate(elements) if e.kind is AtomKind.NUM)
    first, last = ctx.anchor
    after = _match(elements[k + 1 :], 0, ctx, last, backward=False)
    if after is None:
        return None
    before = _match(elements[:k][::-1], 0, ctx, first, backward=True)
    if before is None:
        return None
    payloads: dict[str, str] = {}
    for name, payload in before[1] + after[1]:
        payloads.setdefault(name, payload)
    return Match(before[0], after[0], payloads)


__all__ = ["MAX_PHRASE", "Context", "Match", "Range", "atom_lengths", "match_number"]
