"""Evaluating reconciliation: the example set's gold figures, and GVA incident counts.

- ``load_gold_example`` turns a gold JSON Lines file (``examples/*.gold.jsonl``) into articles
  and the figures a perfect extractor would find, so reconciliation can be checked apart from
  extraction quality.
- ``evaluate_gva_reconcile`` reconciles the figures an extractor finds in each GVA incident's
  articles and compares the best killed and injured counts with the incident's gold counts,
  beside a naive baseline (the largest number stated).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.evaluation.gva import gva_articles, read_incidents
from newsprism.model.article import Article, Span
from newsprism.model.figures import (
    Attribution,
    AttributionKind,
    Figure,
    FigureKind,
    Qualifier,
    Quantity,
)
from newsprism.model.ids import FigureId, StoryId, article_id_for, content_hash
from newsprism.model.reconcile import SEVERAL_INCIDENTS_SCOPE, TOTAL_SCOPE, FigureGroup
from newsprism.model.stories import Story
from newsprism.reconcile.compare import stated
from newsprism.reconcile.story import reconcile_story
from newsprism.segment.sentences import split_sentences

GOLD_EXTRACTOR = "evaluation.gold.v1"


def _gold_figure(article: Article, item: Mapping[str, Any], *, in_headline: bool) -> Figure | None:
    quote = str(item["quote"])
    start = article.text.find(quote)
    if start < 0:
        return None
    span = Span(start, start + len(quote))
    sentences = split_sentences(article.text)
    index = next((s.index for s in sentences if s.span.start <= start < s.span.end), 0)
    kind = AttributionKind(item["attribution"])
    source = item.get("source")
    norm = (
        " ".join(str(source).lower().split()) if kind is AttributionKind.NAMED and source else None
    )
    return Figure(
        figure_id=FigureId(
            "f" + content_hash(article.article_id, str(span.start), str(span.end), item["kind"])
        ),
        article_id=article.article_id,
        lang=article.lang,
        kind=FigureKind(item["kind"]),
        quantity=Quantity(
            value=item.get("value"),
            low=item.get("low"),
            high=item.get("high"),
            qualifier=Qualifier(item["qualifier"]),
        ),
        group=item.get("who"),
        place=item.get("where"),
        period=item.get("period"),
        attribution=Attribution(kind=kind, source=source, source_norm=norm),
        evidence=span,
        sentence_index=index,
        extractor=GOLD_EXTRACTOR,
        in_headline=in_headline,
    )


def load_gold_example(
    directory: Path, gold_jsonl: Path, *, include_optional: bool = False
) -> tuple[tuple[Article, ...], tuple[Figure, ...]]:
    """Articles of an example folder and their gold figures (headline figures included, marked
    ``in_headline``). Articles are in file-name order; figures in id order."""
    articles: list[Article] = []
    figures: list[Figure] = []
    for line in gold_jsonl.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text = (directory / record["file"]).read_text(encoding="utf-8")
        title = next((x.strip() for x in text.splitlines() if x.strip()), "")
        article = Article(
            article_id=article_id_for(text),
            ref=record["file"],
            title=title,
            text=text,
            lang=record["lang"],
            lang_confidence=1.0,
            cleaner=GOLD_EXTRACTOR,
        )
        articles.append(article)
        items = [(f, False) for f in record.get("figures", ())]
        items += [(f, True) for f in record.get("headline_figures", ())]
        for item, headline in items:
            if item.get("optional") and not include_optional:
                continue
            figure = _gold_figure(article, item, in_headline=headline)
            if figure is not None:
                figures.append(figure)
    articles.sort(key=lambda a: a.ref)
    return tuple(articles), tuple(sorted(figures, key=lambda f: f.figure_id))


#: Story method recorded on the gold stories (one per GVA incident) that are reconciled.
GVA_STORY_METHOD = "evaluation.gva.v1"


@dataclass(frozen=True, slots=True, kw_only=True)
class IncidentResult:
    """Gold and predicted counts of one incident (``None``: the articles state no count)."""

    incident_id: str
    n_articles: int
    gold_killed: int
    gold_injured: int
    killed: int | None
    injured: int | None
    baseline_killed: int | None
    baseline_injured: int | None
    stated_killed: tuple[int, ...] = ()
    stated_injured: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ReconcileScores:
    """Incident-level scores of reconciled counts against GVA's gold counts.

    Scored incidents are those whose articles state at least one killed, injured or casualty
    figure. In those, a kind with no figure is predicted as 0: a shooting reported as "two
    people were injured" with no word of deaths killed nobody (the reconciled output itself
    has no group for it, which is not the same as a group whose best is 0). Accuracy is exact
    match; MAE the mean absolute error. The baseline takes the largest number stated. The
    ceilings are the share of scored incidents whose gold count is among the numbers the
    extractor found (or 0, or for injured a casualty count minus the gold killed): the best any
    choice among the extracted figures could do, which separates extraction from
    reconciliation errors.
    """

    n_incidents: int
    n_scored: int
    killed_accuracy: float
    injured_accuracy: float
    killed_mae: float
    injured_mae: float
    baseline_killed_accuracy: float
    baseline_injured_accuracy: float
    baseline_killed_mae: float
    baseline_injured_mae: float
    incidents: tuple[IncidentResult, ...]
    killed_ceiling: float = 0.0
    injured_ceiling: float = 0.0


def story_count(groups: Sequence[FigureGroup], kind: FigureKind) -> int | None:
    """The story's reconciled count of ``kind``: the best of its total group, else the largest
    best among its outermost groups (a lower bound of the total), else ``None``. Groups of
    figures that count several incidents (a roundup) never give it."""
    of_kind = [
        g
        for g in groups
        if g.kind is kind and g.estimate.best is not None and g.scope != SEVERAL_INCIDENTS_SCOPE
    ]
    total = next((g for g in of_kind if g.scope == TOTAL_SCOPE), None)
    if total is not None:
        return total.estimate.best
    outer = [g.estimate.best for g in of_kind if g.parent_group_id is None]
    return max((b for b in outer if b is not None), default=None)


def _largest(figures: Sequence[Figure], kind: FigureKind) -> int | None:
    numbers = [
        n
        for f in figures
        if f.kind is kind
        and (n := f.quantity.value if f.quantity.value is not None else f.quantity.low) is not None
    ]
    return max(numbers, default=None)


_COUNTED = frozenset({FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES})


def _predict(
    groups: Sequence[FigureGroup], figures: Sequence[Figure]
) -> tuple[int | None, int | None, int | None, int | None]:
    """Killed and injured of one incident (ours, then the baseline's), read from the product's
    reconciled groups alone: injured that no article states are derived by reconciliation
    (people shot less the killed, everyone shot when nobody is reported killed, the rest of a
    headline's count of people shot: ``newsprism.reconcile.derived`` and ``shot_rest``)."""
    if not any(f.kind in _COUNTED for f in figures):
        return None, None, None, None
    killed = story_count(groups, FigureKind.KILLED)
    injured = story_count(groups, FigureKind.INJURED)
    base_killed = _largest(figures, FigureKind.KILLED)
    base_injured = _largest(figures, FigureKind.INJURED)
    return killed or 0, injured or 0, base_killed or 0, base_injured or 0


def _stated(figures: Sequence[Figure], kind: FigureKind) -> tuple[int, ...]:
    numbers = {n for f in figures if f.kind is kind and (n := stated(f.quantity)) is not None}
    return tuple(sorted(numbers))


def _ceiling(results: Sequence[IncidentResult]) -> tuple[float, float]:
    if not results:
        return 0.0, 0.0
    killed = sum(1 for r in results if r.gold_killed in {0, *r.stated_killed})
    injured = sum(1 for r in results if r.gold_injured in {0, *r.stated_injured})
    return killed / len(results), injured / len(results)


def _rate(pairs: Sequence[tuple[int, int | None]]) -> tuple[float, float]:
    if not pairs:
        return 0.0, 0.0
    errors = [abs(gold - (pred or 0)) for gold, pred in pairs]
    exact = sum(1 for e in errors if e == 0) / len(pairs)
    return exact, sum(errors) / len(pairs)


def evaluate_gva_reconcile(
    documents_jsonl: Path,
    incidents_jsonl: Path,
    extract: Callable[[Article], Sequence[Figure]],
    *,
    limit: int | None = None,
) -> ReconcileScores:
    """Reconcile each GVA incident's figures and score best killed / injured against gold.

    The gold story of an article is its ``incident_id``; ``extract`` is the figure extractor
    under test (injected, so that reconciliation can be measured with any extractor). ``limit``
    keeps the first incidents (in ``incidents_jsonl`` order) for quick runs.
    """
    incidents = read_incidents(incidents_jsonl)[:limit]
    wanted = frozenset(str(i["incident_id"]) for i in incidents)
    documents: dict[str, list[Article]] = {}
    for item in gva_articles(documents_jsonl, incidents_jsonl, wanted=wanted):
        documents.setdefault(item.incident_id, []).append(item.article)
    results = []
    for incident in incidents:
        incident_id = str(incident["incident_id"])
        articles = {a.article_id: a for a in documents.get(incident_id, [])}
        figures = [f for a in articles.values() for f in extract(a)]
        story = Story(
            story_id=StoryId(f"gva-{incident_id}"),
            label=f"GVA incident {incident_id}",
            article_ids=tuple(sorted(articles)),
            languages=("en",),
            outlets=(),
            first_seen=None,
            last_seen=None,
            method=GVA_STORY_METHOD,
        )
        groups = reconcile_story(story, list(articles.values()), figures)
        killed, injured, base_killed, base_injured = _predict(groups, figures)
        results.append(
            IncidentResult(
                incident_id=incident_id,
                n_articles=len(articles),
                gold_killed=int(incident["num_killed"]),
                gold_injured=int(incident["num_injured"]),
                killed=killed,
                injured=injured,
                baseline_killed=base_killed,
                baseline_injured=base_injured,
                stated_killed=_stated(figures, FigureKind.KILLED),
                stated_injured=tuple(
                    sorted(
                        {
                            *_stated(figures, FigureKind.INJURED),
                            *(
                                n - int(incident["num_killed"])
                                for n in _stated(figures, FigureKind.CASUALTIES)
                            ),
                        }
                    )
                ),
            )
        )
    scored = [r for r in results if r.killed is not None]
    killed_acc, killed_mae = _rate([(r.gold_killed, r.killed) for r in scored])
    injured_acc, injured_mae = _rate([(r.gold_injured, r.injured) for r in scored])
    base_k_acc, base_k_mae = _rate([(r.gold_killed, r.baseline_killed) for r in scored])
    base_i_acc, base_i_mae = _rate([(r.gold_injured, r.baseline_injured) for r in scored])
    killed_ceiling, injured_ceiling = _ceiling(scored)
    return ReconcileScores(
        n_incidents=len(results),
        n_scored=len(scored),
        killed_accuracy=killed_acc,
        injured_accuracy=injured_acc,
        killed_mae=killed_mae,
        injured_mae=injured_mae,
        baseline_killed_accuracy=base_k_acc,
        baseline_injured_accuracy=base_i_acc,
        baseline_killed_mae=base_k_mae,
        baseline_injured_mae=base_i_mae,
        incidents=tuple(results),
        killed_ceiling=killed_ceiling,
        injured_ceiling=injured_ceiling,
    )
