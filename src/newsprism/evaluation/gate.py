"""The quality gate: evaluation scores must stay at or above floors pinned in a baseline file.

The baseline (``eval/baseline.json``) holds, per metric, the floor and a digest of the data it
was measured on. ``update`` raises floors to the scores just measured; lowering one needs
``allow_regression`` (and a commit message that says why). A metric whose data is absent on this
machine is reported as skipped, never as passed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

#: Scores are compared after rounding to this many decimals, so that floating-point noise
#: between machines never fails the gate.
DECIMALS = 4


@dataclass(frozen=True, slots=True)
class Metric:
    """One measured score, the data it came from, and the simple baseline's score beside it."""

    name: str
    value: float
    data: str
    baseline: float | None = None


@dataclass(frozen=True, slots=True)
class Check:
    """A metric against its floor."""

    metric: Metric
    floor: float | None

    @property
    def passed(self) -> bool:
        return self.floor is None or round(self.metric.value, DECIMALS) >= self.floor


def data_digest(paths: Sequence[Path]) -> str:
    """SHA-256 (first 16 hex digits) of the files a metric was measured on."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_floors(path: Path) -> dict[str, dict[str, object]]:
    """The floors of a baseline file (empty when the file does not exist yet)."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    floors: dict[str, dict[str, object]] = data["floors"]
    return floors


def check(metrics: Sequence[Metric], floors: dict[str, dict[str, object]]) -> list[Check]:
    """Each metric against its pinned floor (``None`` when the metric has none yet)."""
    checks = []
    for metric in metrics:
        entry = floors.get(metric.name)
        floor = entry["floor"] if entry is not None else None
        checks.append(Check(metric, float(floor) if isinstance(floor, int | float) else None))
    return checks


def update_floors(path: Path, metrics: Sequence[Metric], *, allow_regression: bool) -> list[str]:
    """Pin the measured scores as floors; return the names of lowered floors (refused unless
    ``allow_regression``)."""
    floors = load_floors(path)
    lowered = []
    for metric in metrics:
        value = round(metric.value, DECIMALS)
        old = floors.get(metric.name, {}).get("floor")
        if isinstance(old, int | float) and value < old:
            lowered.append(metric.name)
            if not allow_regression:
                continue
        floors[metric.name] = {"floor": value, "data": metric.data}
    if lowered and not allow_regression:
        return lowered
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"floors": dict(sorted(floors.items()))}, indent=2, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")
    return lowered
