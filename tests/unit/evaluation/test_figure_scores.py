"""evaluate_figures: matching by kind, bounds and quote overlap; headline figures counted once;
optional gold not required; not-figure phrases counted as violations."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.evaluation.baseline import baseline_figures
from newsprism.evaluation.figures import evaluate_figures, extract_all, gold_source_key
from newsprism.evaluation.gold import locate

TEXT = (
    "600+ Dead in Coastal Clashes\n"
    "600+ Dead in Coastal Clashes\n"
    "The Syrian Observatory for Human Rights said 1,383 civilians were killed. "
    "The 1982 Hama massacre was recalled. Two brothers were shot dead."
)


def _gold(tmp_path: Path, **extra: object) -> Path:
    record = {
        "file": "a.txt",
        "lang": "en",
        "figures": [
            {
                "kind": "killed",
                "value": 1383,
                "low": None,
                "high": None,
                "qualifier": "exact",
                "source": "Syrian Observatory for Human Rights",
                "attribution": "named",
                "quote": "said 1,383 civilians were killed",
            },
            {
                "kind": "killed",
                "value": 2,
                "low": None,
                "high": None,
                "qualifier": "exact",
                "attribution": "none",
                "quote": "Two brothers were shot dead",
                "optional": True,
            },
        ],
        "headline_figures": [
            {
                "kind": "killed",
                "value": 600,
                "low": 600,
                "high": None,
                "qualifier": "at least",
                "attribution": "none",
                "quote": "600+ Dead",
            }
        ],
        "not_figures": ["the 1982 Hama massacre (a past event)"],
        **extra,
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_evaluate_figures_counts_headline_copies_once(tmp_path: Path) -> None:
    texts = {"a.txt": TEXT}
    scores = evaluate_figures(extract_all(texts), texts, _gold(tmp_path))
    assert (scores.gold, scores.true_positives, scores.false_positives) == (2, 2, 0)
    assert scores.recall == 1.0 and scores.precision == 1.0
    assert scores.attribution_accuracy == 1.0 and scores.source_accuracy == 1.0
    assert scores.violations == 0


def test_evaluate_figures_scores_the_baseline_too(tmp_path: Path) -> None:
    texts = {"a.txt": TEXT}
    scores = evaluate_figures(extract_all(texts, baseline_figures), texts, _gold(tmp_path))
    assert scores.recall < 1.0


def test_locate_ignores_quote_style_and_spacing() -> None:
    text = "He said \u201cmore than  100\u201d died."
    (span,) = locate('said "more than 100" died', text)
    assert span.of(text) == "said \u201cmore than  100\u201d died"


def test_gold_source_key_normalises_known_sources() -> None:
    assert gold_source_key("Syrian Observatory for Human Rights") == "sohr"
    assert gold_source_key("UN") == "un"
    assert gold_source_key(None) is None
