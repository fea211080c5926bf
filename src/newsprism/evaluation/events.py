"""Event estimates on the multilingual development set (``multilingual-news-dev/events.jsonl``).

Each line of ``events.jsonl`` gives, for one event and one kind (killed, injured, missing,
displaced, arrested, abducted), the low / best / high a careful analyst reports from the event's
articles alone. The articles are read through the product path (``load_multilingual``: ingest,
clean, language, figures, with the feed's publication date), the articles of each gold event
form one story (clustering is scored apart, by ``evaluate_multilingual``), the story is
reconciled as ``newsprism reconcile`` reconciles it, and the story's whole-event group of each
kind is compared with gold:

- **exact**: best equals gold best; a difference of 1 is tolerated where gold's best is the
  bound that "more than N" implies (N + 1) or where our best is;
- **inside**: best lies inside gold [low, high] (a missing bound is gold best);
- **low** / **high**: our low (high) equals gold's, over lines where gold gives one.

The baseline takes the largest number stated for the kind in the story.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.evaluation.multilingual import DISTRACTOR, load_multilingual
from newsprism.evaluation.reconcile import story_count
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.figures import Figure, FigureKind, Qualifier
from newsprism.model.ids import StoryId
from newsprism.model.reconcile import SEVERAL_INCIDENTS_SCOPE, TOTAL_SCOPE, FigureGroup
from newsprism.model.stories import Story
from newsprism.reconcile.compare import point
from newsprism.reconcile.story import reconcile_story

#: Story method recorded on the gold stories (one per event) that are reconciled.
EVENTS_STORY_METHOD = "evaluation.multilingual-events.v1"


@dataclass(frozen=True, slots=True, kw_only=True)
class EventResult:
    """Gold and predicted low / best / high of one event and kind (``None``: not given)."""

    event: str
    kind: str
    gold_low: int | None
    gold_best: int
    gold_high: int | None
    low: int | None
    best: int | None
    high: int | None
    baseline: int | None
    origin: str = ""
    more_than: bool = False
    baseline_more_than: bool = False

    @property
    def exact(self) -> bool:
        """Best equals gold's (1 tolerated when our best is a "more than N" figure)."""
        return _near(self.best, self.gold_best, tolerated=self.more_than)

    @property
    def inside(self) -> bool:
        """Best inside gold's [low, high] (a missing bound is gold's best)."""
        return _inside(self.best, self, tolerated=self.more_than)

    @property
    def baseline_exact(self) -> bool:
        """The baseline's number equals gold's best (same tolerance)."""
        return _near(self.baseline, self.gold_best, tolerated=self.baseline_more_than)

    @property
    def baseline_inside(self) -> bool:
        """The baseline's number inside gold's range."""
        return _inside(self.baseline, self, tolerated=self.baseline_more_than)


def _near(ours: int | None, gold: int, *, tolerated: bool) -> bool:
    # "more than 6,000" is 6,001 in gold and may be 6,000 as stated: the same reading.
    return ours is not None and abs(ours - gold) <= (1 if tolerated else 0)


def _inside(ours: int | None, result: EventResult, *, tolerated: bool) -> bool:
    if ours is None:
        return False
    slack = 1 if tolerated else 0
    low = result.gold_low if result.gold_low is not None else result.gold_best
    high = result.gold_high if result.gold_high is not None else result.gold_best
    return low - slack <= ours <= high + slack


@dataclass(frozen=True, slots=True, kw_only=True)
class EventScores:
    """Shares over event × kind lines, ours and the baseline's, overall and per kind."""

    results: tuple[EventResult, ...]

    def share(self, attribute: str, kind: str | None = None) -> float:
        """Share of lines (of ``kind`` when given) where ``attribute`` holds."""
        rows = [r for r in self.results if kind is None or r.kind == kind]
        if not rows:
            return 0.0
        return sum(1 for r in rows if getattr(r, attribute)) / len(rows)

    def bound_agreement(self, which: str) -> float:
        """Share of lines with a gold ``low`` (``high``) where ours equals it (1 tolerated)."""
        rows = [
            (gold, ours)
            for r in self.results
            if (gold := getattr(r, f"gold_{which}")) is not None
            for ours in (getattr(r, which),)
        ]
        if not rows:
            return 0.0
        return sum(1 for gold, ours in rows if _near(ours, gold, tolerated=True)) / len(rows)

    @property
    def kinds(self) -> tuple[str, ...]:
        """Kinds present, in ``FigureKind`` order."""
        present = {r.kind for r in self.results}
        return tuple(k.value for k in FigureKind if k.value in present)


def read_events(events_jsonl: Path) -> list[dict[str, Any]]:
    """The gold lines of ``events.jsonl``."""
    with events_jsonl.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def whole_event(groups: Sequence[FigureGroup], kind: FigureKind) -> FigureGroup | None:
    """The group that counts the whole event for ``kind``: the total group, else the outermost
    group with the largest best (``story_count``'s choice); never a several-incidents group."""
    count = story_count(groups, kind)
    if count is None:
        return None
    of_kind = [g for g in groups if g.kind is kind and g.scope != SEVERAL_INCIDENTS_SCOPE]
    total = next((g for g in of_kind if g.scope == TOTAL_SCOPE), None)
    if total is not None:
        return total
    return next(g for g in of_kind if g.parent_group_id is None and g.estimate.best == count)


def _largest(figures: Sequence[Figure], kind: FigureKind) -> Figure | None:
    numbered = [
        f
        for f in figures
        if f.kind is kind
        and f.quantity.qualifier is not Qualifier.PROJECTION
        and point(f.quantity) is not None
    ]
    return max(numbered, key=lambda f: (point(f.quantity) or 0, f.figure_id), default=None)


def _more_than(figure: Figure | None) -> bool:
    return figure is not None and figure.quantity.qualifier is Qualifier.MORE_THAN


def _origin_label(group: FigureGroup) -> str:
    best_id = group.estimate.best_figure_id
    return next((o.label for o in group.origins if best_id in o.figure_ids), "")


def reconcile_events(
    analyzed: Sequence[AnalyzedArticle], labels: Mapping[str, str]
) -> dict[str, tuple[tuple[FigureGroup, ...], list[Figure]]]:
    """The reconciled groups and figures of each gold event (its articles as one story)."""
    by_event: dict[str, list[AnalyzedArticle]] = {}
    for item in analyzed:
        label = labels[str(item.article.article_id)]
        if not label.startswith(DISTRACTOR):
            by_event.setdefault(label, []).append(item)
    out: dict[str, tuple[tuple[FigureGroup, ...], list[Figure]]] = {}
    for event, members in sorted(by_event.items()):
        members.sort(key=lambda m: m.article.article_id)
        articles = [m.article for m in members]
        figures = [f for m in members for f in m.figures]
        dates = [a.published for a in articles if a.published is not None]
        story = Story(
            story_id=StoryId(f"event-{event}"),
            label=articles[0].title,
            article_ids=tuple(a.article_id for a in articles),
            languages=tuple(sorted({a.lang for a in articles})),
            outlets=(),
            first_seen=min(dates, default=None),
            last_seen=max(dates, default=None),
            method=EVENTS_STORY_METHOD,
        )
        out[event] = (reconcile_story(story, articles, figures), figures)
    return out


def evaluate_events(folder: Path) -> EventScores:
    """Score the whole-event estimate of every gold event × kind line (see the module)."""
    analyzed, labels = load_multilingual(folder)
    reconciled = reconcile_events(analyzed, labels)
    results = []
    for line in read_events(folder / "events.jsonl"):
        kind = FigureKind(line["kind"])
        groups, figures = reconciled.get(str(line["event"]), ((), []))
        group = whole_event(groups, kind)
        estimate = group.estimate if group is not None else None
        by_id = {f.figure_id: f for f in figures}
        best_figure = (
            by_id.get(estimate.best_figure_id) if estimate and estimate.best_figure_id else None
        )
        largest = _largest(figures, kind)
        results.append(
            EventResult(
                event=str(line["event"]),
                kind=kind.value,
                gold_low=line.get("low"),
                gold_best=int(line["best"]),
                gold_high=line.get("high"),
                low=estimate.low if estimate else None,
                best=estimate.best if estimate else None,
                high=estimate.high if estimate else None,
                baseline=point(largest.quantity) if largest is not None else None,
                origin=_origin_label(group) if group is not None else "",
                more_than=_more_than(best_figure),
                baseline_more_than=_more_than(largest),
            )
        )
    return EventScores(results=tuple(results))


__all__ = [
    "EVENTS_STORY_METHOD",
    "EventResult",
    "EventScores",
    "evaluate_events",
    "read_events",
    "reconcile_events",
    "whole_event",
]
