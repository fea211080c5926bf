"""Whole-event estimates scored against an events file (evaluation.events)."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.evaluation.events import EventResult, EventScores, evaluate_events

ARTICLES = {
    "a1.txt": (
        "2031-03-03",
        "Floods kill 12 in Riverton\n\nFloods killed 12 people in Riverton on Monday, the "
        "regional health ministry said.",
    ),
    "a2.txt": (
        "2031-03-05",
        "Riverton flood toll rises to 40\n\nThe death toll from the Riverton floods rose to "
        "40, the regional health ministry said on Wednesday. Police arrested 5 looters.",
    ),
    "a3.txt": (
        "2031-03-04",
        "Riverton floods\n\nAt least 25 people died in the floods, local media reported.",
    ),
}


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    gold = []
    for name, (day, text) in ARTICLES.items():
        (tmp_path / "articles" / name).write_text(text, encoding="utf-8")
        gold.append({"file": name, "lang": "en", "event": "riverton", "published": day})
    lines = [
        {"event": "riverton", "kind": "killed", "low": 25, "best": 40, "high": 40},
        {"event": "riverton", "kind": "arrested", "low": None, "best": 5, "high": None},
        {"event": "riverton", "kind": "missing", "low": None, "best": 3, "high": None},
    ]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold), "utf-8")
    (tmp_path / "events.jsonl").write_text("\n".join(json.dumps(x) for x in lines), "utf-8")
    return tmp_path


def test_the_latest_toll_is_scored_beside_the_largest_number(tmp_path: Path) -> None:
    scores = evaluate_events(_folder(tmp_path))
    killed, arrested, missing = scores.results
    assert (killed.best, killed.exact, killed.inside) == (40, True, True)
    assert killed.origin.lower().startswith("regional health ministry")
    assert (arrested.best, arrested.exact) == (5, True)
    assert (missing.best, missing.exact, missing.inside) == (None, False, False)
    assert scores.share("exact") == 2 / 3
    assert scores.share("exact", "killed") == 1.0
    assert scores.kinds == ("killed", "missing", "arrested")


def _result(best: int | None, *, more_than: bool = False, **gold: int | None) -> EventResult:
    return EventResult(
        event="e",
        kind="killed",
        gold_low=gold.get("low"),
        gold_best=gold.get("gold", 100) or 100,
        gold_high=gold.get("high"),
        low=None,
        best=best,
        high=None,
        baseline=None,
        more_than=more_than,
    )


def test_one_apart_is_exact_only_for_more_than() -> None:
    assert _result(100).exact
    assert not _result(99).exact
    assert _result(100, more_than=True, gold=101).exact


def test_inside_the_range_and_bound_agreement() -> None:
    assert _result(150, low=90, high=200).inside
    assert not _result(250, low=90, high=200).inside
    assert not _result(90).inside  # no bounds: the range is gold's best alone
    scores = EventScores(results=(_result(100, low=90), _result(100, low=80)))
    assert scores.bound_agreement("low") == 0.0
    assert scores.bound_agreement("high") == 0.0
