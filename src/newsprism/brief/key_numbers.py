"""Key numbers: the story's main count of each kind, in one line a reader can quote.

"Over 1,000 people killed (Syrian Observatory for Human Rights, reported on 9 March 2025); best
estimate 1,001, range 1,001 to 1,383." The main group of a kind is the story's total when
there is one, else the group most articles report; a roundup of several incidents comes last.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsprism.brief import phrases
from newsprism.brief.figures import best_of, is_english, is_one, point_amount, supporters
from newsprism.brief.text import Line, date_words
from newsprism.model.figures import FigureKind
from newsprism.model.ids import ArticleId
from newsprism.model.reconcile import (
    SEVERAL_INCIDENTS_SCOPE,
    TOTAL_SCOPE,
    FigureGroup,
    KeyNumber,
)


def main_group(groups: Sequence[FigureGroup]) -> FigureGroup | None:
    """The group that speaks for its kind: the total, else the most reported, roundups last."""
    candidates = [g for g in groups if g.estimate.best is not None]
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda g: (
            g.scope == SEVERAL_INCIDENTS_SCOPE,
            g.scope != TOTAL_SCOPE,
            -g.n_articles,
            groups.index(g),
        ),
    )


def _estimate_words(group: FigureGroup) -> str:
    est = group.estimate
    if est.best is None or len(group.figure_ids) < 2:
        return ""
    low = est.low if est.low is not None else est.best
    high = est.high if est.high is not None else est.best
    spread = (
        f", range {phrases.number(low)} to {phrases.number(high)}"
        if (low, high) != (est.best, est.best)
        else ""
    )
    return f"; best estimate {phrases.number(est.best)}{spread}"


def key_number(group: FigureGroup, langs: Mapping[ArticleId, str]) -> KeyNumber | None:
    """The quotable line of ``group`` (``None`` when it has no best estimate)."""
    est = group.estimate
    if est.best is None:
        return None
    participle = phrases.KIND_PARTICIPLES[group.kind]
    best = best_of(group)
    line = Line()
    if best is None:  # a derived group: no figure states it
        one = est.best == 1
        line.add(phrases.number(est.best))
        line.add(f" {phrases.scope_noun(group.label, one=one)} {participle}")
        line.add(" (derived from other counts; no article states it)")
        text, marks = line.build()
        return KeyNumber(
            kind=group.kind,
            group_id=group.group_id,
            text=text + ".",
            low=est.low,
            best=est.best,
            high=est.high,
            origin="derived",
            as_of=None,
            figure_id=None,
            citations=tuple(sorted(group.article_ids)),
            marks=marks,
        )
    point, origin = best
    origin_words = phrases.origin_name(origin.kind, origin.label, english=is_english(origin, langs))
    when = f"reported on {date_words(point.date)}" if point.date else "date not given"
    line.add(point_amount(point), point.figure_id)
    line.add(f" {phrases.scope_noun(group.label, one=is_one(point))} {participle}")
    line.add(phrases.scope_suffix(group.label))
    line.add(f" ({origin_words}, {when}){_estimate_words(group)}.")
    text, marks = line.build()
    return KeyNumber(
        kind=group.kind,
        group_id=group.group_id,
        text=text,
        low=est.low,
        best=est.best,
        high=est.high,
        origin=origin_words,
        as_of=point.date,
        figure_id=point.figure_id,
        citations=tuple(sorted(supporters(origin, group))),
        marks=marks,
    )


def key_numbers(
    groups: Sequence[FigureGroup], langs: Mapping[ArticleId, str]
) -> tuple[KeyNumber, ...]:
    """One key number per kind of figure, in the order of ``FigureKind``."""
    out = []
    for kind in FigureKind:
        group = main_group([g for g in groups if g.kind is kind])
        if group is not None and (line := key_number(group, langs)) is not None:
            out.append(line)
    return tuple(out)
