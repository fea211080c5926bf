"""RejectionLog: a run counts every rejection, keeps a bounded number, and can pass all of them
on to a sink (the store) in batches (issue #12 defect 8)."""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.model.article import Rejection
from newsprism.pipeline.rejections import SINK_BATCH, RejectionLog


def _rejection(i: int) -> Rejection:
    return Rejection(ref=f"bad.jsonl:{i}", reason="not valid JSON")


def test_rejection_log_keeps_the_first_and_counts_all() -> None:
    log = RejectionLog(keep=3)
    for i in range(10):
        log.add(_rejection(i))
    assert [r.ref for r in log.kept] == ["bad.jsonl:0", "bad.jsonl:1", "bad.jsonl:2"]
    assert (log.total, log.omitted) == (10, 7)


def test_rejection_log_passes_every_rejection_to_the_sink_in_batches() -> None:
    batches: list[int] = []
    seen: list[Rejection] = []

    def sink(batch: Sequence[Rejection]) -> None:
        batches.append(len(batch))
        seen.extend(batch)

    log = RejectionLog(keep=2, sink=sink)
    n = 2 * SINK_BATCH + 7
    for i in range(n):
        log.add(_rejection(i))
    assert batches == [SINK_BATCH, SINK_BATCH]  # written as they come, not held
    log.flush()
    assert batches[-1] == 7
    assert seen == [_rejection(i) for i in range(n)]
