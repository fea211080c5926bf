from __future__ import annotations

import pytest

from newsprism.errors import StageError
from newsprism.model.article import Rejection
from newsprism.pipeline.executor import map_items


def _half(x: int) -> int:
    if x == 3:
        msg = "three is odd"
        raise ValueError(msg)
    return x // 2


@pytest.mark.parametrize("workers", [1, 2])
def test_map_items_keeps_order_and_records_failures(workers: int) -> None:
    out = list(map_items(_half, range(6), stage="test.half.v1", ref=str, workers=workers))
    assert out[:3] == [0, 0, 1] and out[4:] == [2, 2]
    failure = out[3]
    assert isinstance(failure, Rejection)
    assert failure.ref == "3"
    assert "test.half.v1" in failure.reason and "three is odd" in failure.reason


def test_map_items_raise_policy_names_stage_and_item() -> None:
    with pytest.raises(StageError, match=r"test\.half\.v1.*3"):
        list(map_items(_half, range(6), stage="test.half.v1", ref=str, policy="raise"))
