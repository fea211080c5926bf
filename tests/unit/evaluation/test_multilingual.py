"""Tests for evaluation.multilingual: reading a development set and scoring event splits."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newsprism.evaluation.multilingual import (
    DISTRACTOR,
    evaluate_multilingual,
    event_splits,
    load_multilingual,
)

ARTICLES = {
    "a1.txt": (
        "quake",
        "2025-03-29",
        "Myanmar earthquake kills 1,644\n\nThe earthquake near Mandalay killed 1,644 people, the junta said.",
    ),
    "a2.txt": (
        "quake",
        None,
        "Séisme en Birmanie : 1 644 morts\n\nLe séisme près de Mandalay a fait 1 644 morts, selon la junte.",
    ),
    "a3.txt": (
        None,
        "2022-11-24",
        "Gempa Cianjur: 272 orang meninggal\n\nGempa di Cianjur, Indonesia, menewaskan 272 orang.",
    ),
}


class _Embedder:
    model_name = "fake/multilingual"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = np.asarray(
            [[1.0, 1.0 if "644" in t else 0.0, float(len(t) % 7)] for t in texts], dtype=np.float32
        )
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _dev_set(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    lines = []
    for name, (event, published, text) in ARTICLES.items():
        (root / "articles" / name).write_text(text, encoding="utf-8")
        lines.append(
            json.dumps({"file": name, "event": event, "published": published, "outlet": name})
        )
    (root / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_load_reads_the_product_path_with_gold_dates(tmp_path: Path) -> None:
    analyzed, gold = load_multilingual(_dev_set(tmp_path))
    by_ref = {Path(a.article.ref).name: a.article for a in analyzed}
    assert by_ref["a1.txt"].published == dt.date(2025, 3, 29)
    assert by_ref["a2.txt"].published is None
    assert by_ref["a1.txt"].title == "Myanmar earthquake kills 1,644"
    assert sorted(gold.values()) == [DISTRACTOR + "a3.txt", "quake", "quake"]


def test_event_splits_count_stories_and_absorbed_distractors() -> None:
    gold = {"1": "e", "2": "e", "3": "e", "4": DISTRACTOR + "x", "5": DISTRACTOR + "y"}
    pred = {"1": "s1", "2": "s1", "3": "s2", "4": "s2", "5": "s3"}
    (split,) = event_splits(pred, gold, {"4": "x.txt", "5": "y.txt"})
    assert (split.event, split.articles, split.stories, split.absorbed) == ("e", 3, 2, ("x.txt",))


def test_evaluate_scores_beside_the_baseline(tmp_path: Path) -> None:
    scores = evaluate_multilingual(_dev_set(tmp_path), _Embedder())
    assert (scores.articles, scores.events, scores.distractors) == (3, 1, 1)
    assert scores.f1 == 1.0
    assert scores.distractors_merged == 0
    assert [s.stories for s in scores.splits] == [1]
