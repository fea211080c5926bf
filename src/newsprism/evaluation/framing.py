"""Framing checks on the bundled example set (five articles on the Syrian coast, March 2025).

- The opinion piece ("The Harsh Truth of Life in Syria") scores above the other English
  articles, wire-style reports among them (share of them it scores above).
- The Indonesian article's editorial closing paragraph is flagged as opinion.
- The opinion piece's reliance on an anonymous source shows: it has the most anonymous-source
  signals of the set, at least three (the source, then "this source", "the source" again).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.framing import ArticleFraming, SignalKind

OPINION_TITLE = "The Harsh Truth of Life in Syria"
EDITORIAL_LANG = "id"
#: Anonymous-source signals the opinion piece must at least have (one source named three
#: more times in the text).
MIN_ANONYMOUS = 3


@dataclass(frozen=True, slots=True)
class ExampleChecks:
    """Each check as a score in [0, 1] (1 passes), and readable notes."""

    opinion_above_reports: float
    editorial_flagged: float
    anonymous_reliance: float
    notes: tuple[str, ...]


def check_example(analyzed: Sequence[AnalyzedArticle]) -> ExampleChecks:
    """Run the three checks on the analysed example articles."""
    framed = [(a, a.framing) for a in analyzed if a.framing is not None]
    piece = next(((a, f) for a, f in framed if a.article.title == OPINION_TITLE), None)
    editorial = next(((a, f) for a, f in framed if a.article.lang == EDITORIAL_LANG), None)
    notes = [f"{a.article.ref}: opinion {f.opinion:.3f}" for a, f in framed]
    above = anonymous = flagged = 0.0
    if piece is not None:
        others = [f for a, f in framed if a is not piece[0] and a.article.lang == "en"]
        above = sum(piece[1].opinion > f.opinion for f in others) / max(1, len(others))
        counts = {f.article_id: f.count(SignalKind.ANONYMOUS_SOURCE) for _, f in framed}
        mine = counts[piece[1].article_id]
        anonymous = float(mine >= MIN_ANONYMOUS and mine == max(counts.values()))
        notes.append(f"anonymous-source signals: {mine} in the opinion piece")
    if editorial is not None:
        flagged = float(_last_sentence_flagged(editorial[0], editorial[1]))
    return ExampleChecks(above, flagged, anonymous, tuple(notes))


def _last_sentence_flagged(analyzed: AnalyzedArticle, framing: ArticleFraming) -> bool:
    if not analyzed.sentences:
        return False
    last = analyzed.sentences[-1].index
    return any(s.signal is SignalKind.OPINION and s.sentence == last for s in framing.signals)
