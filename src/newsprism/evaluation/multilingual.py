"""Story clustering on the multilingual development set (``multilingual-news-dev``).

69 articles in seven languages: 8 events of 7-8 articles each and 10 distractors, one article
each about another event of the same type (``gold.jsonl``: ``event`` is ``null``), each its own
story. Articles are read through the product path (``ingest`` -> ``clean`` -> language ->
figures, with the ``published`` date and ``outlet`` the gold file gives, as a feed would) and
clustered as ``newsprism stories`` clusters them (figure keys included). Scored by B-cubed
precision/recall/F1 beside the TF-IDF baseline, and per event: into how many stories it was
split and which distractors joined it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.cluster.embedding import Embedder
from newsprism.cluster.stories import StoryParams, cluster_stories
from newsprism.evaluation.stories import bcubed, tfidf_baseline
from newsprism.ingest.sources import iter_inputs
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import RawArticle, Rejection
from newsprism.pipeline.article import analyze_raw
from newsprism.pipeline.stories import figure_keys

#: Gold label of a distractor: its own story, named by its file.
DISTRACTOR = "distractor:"


@dataclass(frozen=True, slots=True, kw_only=True)
class EventSplit:
    """One gold event: its articles, the stories they landed in, the distractors that joined."""

    event: str
    articles: int
    stories: int
    absorbed: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class MultilingualScores:
    """B-cubed scores (ours and TF-IDF) and the split of each event."""

    articles: int
    events: int
    distractors: int
    predicted_stories: int
    precision: float
    recall: float
    f1: float
    baseline_precision: float
    baseline_recall: float
    baseline_f1: float
    splits: tuple[EventSplit, ...]
    seconds: float

    @property
    def distractors_merged(self) -> int:
        """Distractors that joined an event's story."""
        return sum(len(s.absorbed) for s in self.splits)


def read_gold(gold_jsonl: Path) -> dict[str, dict[str, Any]]:
    """The gold record of each article file name."""
    with gold_jsonl.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return {str(r["file"]): r for r in records}


def _with_metadata(raw: RawArticle, record: dict[str, Any]) -> RawArticle:
    published = record.get("published")
    return dataclasses.replace(
        raw,
        published=dt.date.fromisoformat(published) if published else None,
        outlet=record.get("outlet") or raw.outlet,
    )


def load_multilingual(folder: Path) -> tuple[list[AnalyzedArticle], dict[str, str]]:
    """Analysed articles of ``folder/articles`` and the gold story label of each article id
    (the event slug, or ``distractor:<file>``)."""
    gold = read_gold(folder / "gold.jsonl")
    analyzed: list[AnalyzedArticle] = []
    labels: dict[str, str] = {}
    for raw in iter_inputs([folder / "articles"]):
        if isinstance(raw, Rejection):
            continue
        record = gold.get(Path(raw.ref).name)
        if record is None:
            continue
        result = analyze_raw(_with_metadata(raw, record))
        if isinstance(result, Rejection):
            continue
        article_id = str(result.article.article_id)
        if article_id in labels:
            continue
        analyzed.append(result)
        labels[article_id] = str(record["event"] or DISTRACTOR + str(record["file"]))
    return analyzed, labels


def event_splits(
    pred: dict[str, str], gold: dict[str, str], names: dict[str, str]
) -> tuple[EventSplit, ...]:
    """Per gold event: articles, stories they fall in, and the distractors (by ``names``) in
    any of those stories."""
    out = []
    for event in sorted({g for g in gold.values() if not g.startswith(DISTRACTOR)}):
        members = [a for a, g in gold.items() if g == event]
        stories = Counter(pred[a] for a in members)
        absorbed = sorted(
            names[a] for a, g in gold.items() if g.startswith(DISTRACTOR) and pred[a] in stories
        )
        out.append(
            EventSplit(
                event=event, articles=len(members), stories=len(stories), absorbed=tuple(absorbed)
            )
        )
    return tuple(out)


def evaluate_multilingual(
    folder: Path, embedder: Embedder, *, params: StoryParams | None = None
) -> MultilingualScores:
    """B-cubed scores of story clustering on the development set, beside TF-IDF."""
    analyzed, gold = load_multilingual(folder)
    articles = [a.article for a in analyzed]
    start = time.perf_counter()
    result = cluster_stories(
        articles, embedder, params=params or StoryParams(), extra_keys=figure_keys(analyzed)
    )
    seconds = time.perf_counter() - start
    pred = {str(a.article_id): str(a.story_id) for a in result.assignments}
    p, r, f = bcubed(pred, gold)
    bp, br, bf = bcubed(tfidf_baseline(articles), gold)
    names = {str(a.article_id): Path(a.ref).name for a in articles}
    return MultilingualScores(
        articles=len(articles),
        events=len({g for g in gold.values() if not g.startswith(DISTRACTOR)}),
        distractors=sum(1 for g in gold.values() if g.startswith(DISTRACTOR)),
        predicted_stories=len(result.stories),
        precision=p,
        recall=r,
        f1=f,
        baseline_precision=bp,
        baseline_recall=br,
        baseline_f1=bf,
        splits=event_splits(pred, gold, names),
        seconds=seconds,
    )


__all__ = [
    "DISTRACTOR",
    "EventSplit",
    "MultilingualScores",
    "evaluate_multilingual",
    "event_splits",
    "load_multilingual",
    "read_gold",
]
