"""Pass ``resolve``: figure candidates become ``Figure`` records.

The evidence span covers the number, its casualty word (or the rule match that gave its kind)
and, when it stands in the same sentence, its source. A sentence that names a year at least two
years before the article's own (its publication year, else the latest year the article names)
speaks of another event: the figure keeps the year in ``other_event``.
"""

from __future__ import annotations

import re

from newsprism.extract.candidates import Candidate
from newsprism.extract.doc import Doc, Sent
from newsprism.extract.passes.not_figures import YEARS
from newsprism.extract.state import State
from newsprism.model.figures import Figure
from newsprism.model.ids import FigureId, content_hash

#: A year this many years before the article's is another event's (tolls of the last year or
#: two are still "the event" in follow-up reporting).
PAST_YEARS = 2


def _years(sent: Sent) -> list[tuple[int, str]]:
    return [
        (int(t.text), t.text)
        for t in sent.tokens
        if t.digits and t.text.isdigit() and len(t.text) == 4 and int(t.text) in YEARS
    ]


_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d|2100)(?![\d.,]\d)")


def _reference_year(doc: Doc) -> int | None:
    if doc.article.published is not None:
        return doc.article.published.year
    found = [int(m.group()) for m in _YEAR.finditer(doc.text)]
    return max(found) if found else None


def _other_event(doc: Doc, sent: Sent, reference: int | None) -> str | None:
    if reference is None:
        return None
    past = [text for year, text in _years(sent) if year <= reference - PAST_YEARS]
    return past[0] if past else None


def to_figures(state: State, extractor: str) -> tuple[Figure, ...]:
    """The figures of the candidates that are figures, sorted by evidence start."""
    doc = state.doc
    article = doc.article
    ids: dict[int, FigureId] = {}
    figures: list[Figure] = []
    reference: int | None = None
    reference_read = False
    for k, c in enumerate(state.candidates):
        if not c.is_figure or c.kind is None:
            continue
        sent = doc.sent(c.sent)
        first, last = _evidence(c)
        evidence = sent.chars(first, last)
        figure_id = FigureId(
            "f" + content_hash(article.article_id, str(evidence.start), str(evidence.end), c.kind)
        )
        ids[k] = figure_id
        if not reference_read:
            reference, reference_read = _reference_year(doc), True
        figures.append(
            Figure(
                figure_id=figure_id,
                article_id=article.article_id,
                lang=doc.pack.lang if article.lang in ("", "unknown") else article.lang,
                kind=c.kind,
                quantity=c.quantity,
                group=c.group,
                place=c.place,
                period=c.period,
                attribution=c.attribution,
                evidence=evidence,
                sentence_index=c.sent,
                extractor=extractor,
                in_headline=c.headline,
                as_of=c.as_of,
                increment=c.increment,
                part_of=ids.get(c.part_of) if c.part_of is not None else None,
                other_event=_other_event(doc, sent, reference),
                rules=c.rules,
            )
        )
    figures.sort(key=lambda f: (f.evidence.start, f.evidence.end, f.kind))
    return tuple(figures)


def _evidence(c: Candidate) -> tuple[int, int]:
    first, last = c.core
    if c.source_span is not None:
        first, last = min(first, c.source_span[0]), max(last, c.source_span[1])
    return first, last


__all__ = ["PAST_YEARS", "to_figures"]
