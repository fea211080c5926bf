from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from newsprism.errors import InputError, StageError
from newsprism.model.article import Rejection
from newsprism.pipeline.executor import CHUNK_SIZE, map_items


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


def _thread_bound_items(n: int) -> Iterator[int]:
    """Items that may only be read in the thread that created the generator (like rows of a
    SQLite connection, issue #12 defect 1)."""
    owner = threading.get_ident()
    for i in range(n):
        if threading.get_ident() != owner:
            msg = "read from another thread"
            raise RuntimeError(msg)
        yield i


@pytest.mark.parametrize("workers", [1, 2])
def test_map_items_reads_input_in_the_calling_thread(workers: int) -> None:
    out = list(map_items(_half, _thread_bound_items(200), stage="s", ref=str, workers=workers))
    assert len(out) == 200
    assert out[10] == 5


def _failing_input() -> Iterator[int]:
    yield from range(100)
    raise InputError("bad.txt", "empty file")


@pytest.mark.parametrize("workers", [1, 2])
def test_map_items_passes_an_input_error_through_unchanged(workers: int) -> None:
    # Regression (issue #12 defect 2): the error of --strict used to be sent to a worker,
    # which could not unpickle it, died, and left the pool waiting for ever.
    with pytest.raises(InputError) as caught:
        list(map_items(_half, _failing_input(), stage="s", ref=str, workers=workers))
    assert (caught.value.ref, caught.value.reason) == ("bad.txt", "empty file")


def test_map_items_raise_policy_crosses_the_process_boundary() -> None:
    with pytest.raises(StageError) as caught:
        list(map_items(_half, range(6), stage="test.half.v1", ref=str, workers=2, policy="raise"))
    assert (caught.value.stage, caught.value.article_id) == ("test.half.v1", "3")


def test_map_items_keeps_order_over_many_chunks() -> None:
    n = CHUNK_SIZE * 9 + 5
    out = list(map_items(_double, range(n), stage="s", ref=str, workers=2))
    assert out == [2 * i for i in range(n)]


def _double(x: int) -> int:
    return 2 * x
