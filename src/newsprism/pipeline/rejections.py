"""The rejections of a run, counted in full and kept in memory up to a bound.

A 4 KB archive can hold two million bad lines: keeping a record of each would grow without
bound, so a run keeps the first ``MAX_KEPT_REJECTIONS`` (in its report) and counts the rest.
With a ``sink`` (the store), every rejection is also written out in batches as it comes, so
the store records them all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from newsprism.model.article import Rejection

#: Rejections kept in a run's report; the rest are counted (``omitted``). Enough to list every
#: bad input of a real collection; a bound on hostile ones. Guess.
MAX_KEPT_REJECTIONS = 10_000
#: Rejections written to the sink at a time.
SINK_BATCH = 1_000


@dataclass(slots=True)
class RejectionLog:
    """Collects rejections: ``kept`` (the first ``keep``), ``total`` and ``omitted``."""

    keep: int = MAX_KEPT_REJECTIONS
    sink: Callable[[Sequence[Rejection]], None] | None = None
    kept: list[Rejection] = field(default_factory=list)
    total: int = 0
    _pending: list[Rejection] = field(default_factory=list)

    def add(self, rejection: Rejection) -> None:
        """Count ``rejection``, keep it while fewer than ``keep`` are kept, pass it to the sink."""
        self.total += 1
        if len(self.kept) < self.keep:
            self.kept.append(rejection)
        if self.sink is not None:
            self._pending.append(rejection)
            if len(self._pending) >= SINK_BATCH:
                self.flush()

    def flush(self) -> None:
        """Write the rejections not yet written to the sink."""
        if self.sink is not None and self._pending:
            batch, self._pending = self._pending, []
            self.sink(batch)

    @property
    def omitted(self) -> int:
        """Rejections counted but not kept."""
        return self.total - len(self.kept)
