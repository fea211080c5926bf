from __future__ import annotations

from pathlib import Path

from newsprism.evaluation.gate import Metric, check, load_floors, update_floors


def test_gate_passes_at_floor_and_fails_below(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    update_floors(
        baseline, [Metric("a", 0.9, "d1"), Metric("b", 1.0, "d2")], allow_regression=False
    )
    floors = load_floors(baseline)
    checks = check(
        [Metric("a", 0.9, "d1"), Metric("b", 0.99, "d2"), Metric("c", 0.1, "d3")], floors
    )
    assert [c.passed for c in checks] == [True, False, True]  # c has no floor yet
    assert checks[2].floor is None


def test_gate_update_refuses_to_lower_a_floor(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    update_floors(baseline, [Metric("a", 0.9, "d")], allow_regression=False)
    lowered = update_floors(baseline, [Metric("a", 0.8, "d")], allow_regression=False)
    assert lowered == ["a"]
    assert load_floors(baseline)["a"]["floor"] == 0.9
    update_floors(baseline, [Metric("a", 0.8, "d")], allow_regression=True)
    assert load_floors(baseline)["a"]["floor"] == 0.8


def test_gate_update_raises_floors(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    update_floors(baseline, [Metric("a", 0.5, "d")], allow_regression=False)
    assert update_floors(baseline, [Metric("a", 0.7, "d")], allow_regression=False) == []
    assert load_floors(baseline)["a"]["floor"] == 0.7
