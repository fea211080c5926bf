"""Reading inputs (text, HTML, JSON, JSON Lines, RSS/Atom, WARC) into raw articles.

``iter_inputs(paths)`` is the entry point; bad input becomes ``Rejection`` records, never an
exception.
"""

from __future__ import annotations

from newsprism.ingest.sources import DEFAULT_MAX_BYTES, iter_inputs

__all__ = ["DEFAULT_MAX_BYTES", "iter_inputs"]
