"""A number on its way to becoming a figure: what each extraction pass has found about it.

Passes never mutate a candidate; they return ``dataclasses.replace``d copies. ``rules`` keeps
the ids of the rules that fired on it (the provenance ``newsprism langs`` and the rule tests
read), ``dropped`` says why it is no figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.extract.quantities import NumberMatch
from newsprism.model.figures import Attribution, AttributionKind, FigureKind, Quantity

NO_ATTRIBUTION = Attribution(kind=AttributionKind.NONE)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One number of one sentence and what the passes made of it.

    ``kind_span`` is the token range of the casualty word or rule match that gave the kind
    (``by_rule``: a rule match, which may hold the figure's source: "the toll, according to the
    ministry, rose to 40");
    ``part_of`` the index (in the candidate list) of the count this one breaks down;
    ``as_of`` the words that date the figure ("as of Saturday"); ``other_event`` the words
    that tie it to another event (a past year).
    """

    sent: int
    number: NumberMatch
    quantity: Quantity
    #: Character offsets of the number with its hedges in ``Article.text``.
    chars: tuple[int, int] = (0, 0)
    kind: FigureKind | None = None
    kind_span: tuple[int, int] | None = None
    kind_priority: int = -1
    by_rule: bool = False
    dropped: str | None = None
    drop_priority: int = -1
    group: str | None = None
    place: str | None = None
    period: str | None = None
    as_of: str | None = None
    increment: bool = False
    part: bool = False
    part_of: int | None = None
    other_event: str | None = None
    attribution: Attribution = NO_ATTRIBUTION
    #: Token range of the attribution mention when it lies in the figure's own sentence.
    source_span: tuple[int, int] | None = None
    headline: bool = False
    rules: tuple[str, ...] = ()

    @property
    def is_figure(self) -> bool:
        """Whether the candidate counts people of a known kind and was not dropped."""
        return self.kind is not None and self.dropped is None

    @property
    def claim(self) -> tuple[int, int]:
        """The token range of the number and its casualty word (without a rule's other
        words): what a source mention must lie outside of."""
        if self.kind_span is None or self.by_rule:
            return self.number.first, self.number.last
        return self.core

    @property
    def core(self) -> tuple[int, int]:
        """The token range of the number and its casualty word."""
        first, last = self.number.first, self.number.last
        if self.kind_span is not None:
            first, last = min(first, self.kind_span[0]), max(last, self.kind_span[1])
        return first, last


__all__ = ["NO_ATTRIBUTION", "Candidate"]
