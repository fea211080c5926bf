"""An on-disk ``EmbeddingCache`` for runs without a store: one SQLite file per user.

Vectors are keyed by model name and the content hash of the exact text embedded (as in the
store), so a vector is never reused for another text or model; the file is a cache only
(deleting it costs re-embedding). Several processes may share it (WAL journal, short writes).

Where: ``$NEWSPRISM_EMBEDDING_CACHE`` (a file path, or ``off``), else
``$XDG_CACHE_HOME/newsprism/embeddings.sqlite``, else ``~/.cache/newsprism/embeddings.sqlite``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

ENV_VAR = "NEWSPRISM_EMBEDDING_CACHE"
#: Keys per ``IN (...)`` query (SQLite's default limit on variables is 32,766).
_CHUNK = 500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    key TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, key)
) WITHOUT ROWID
"""


def default_cache_path(environ: Mapping[str, str] | None = None) -> Path | None:
    """The cache file this user's runs share, or ``None`` when ``NEWSPRISM_EMBEDDING_CACHE=off``."""
    env = os.environ if environ is None else environ
    chosen = env.get(ENV_VAR, "").strip()
    if chosen.lower() in {"off", "none", "0", "false"}:
        return None
    if chosen:
        return Path(chosen).expanduser()
    base = env.get("XDG_CACHE_HOME", "").strip()
    root = Path(base) if base else Path.home() / ".cache"
    return root / "newsprism" / "embeddings.sqlite"


class DiskEmbeddingCache:
    """Vectors in a SQLite file (created with its folder on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, timeout=30.0, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)
        self._db.commit()

    def load_embeddings(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        unique = sorted(set(keys))
        with self._lock:
            for start in range(0, len(unique), _CHUNK):
                part = unique[start : start + _CHUNK]
                marks = ",".join("?" * len(part))
                rows = self._db.execute(
                    f"SELECT key, dim, vector FROM embeddings WHERE model = ? AND key IN ({marks})",  # noqa: S608 - placeholders only
                    (model, *part),
                ).fetchall()
                for key, dim, blob in rows:
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if vector.size == dim:  # a damaged row is a cache miss, re-embedded
                        found[key] = vector.copy()
        return found

    def save_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        rows = [
            (model, key, int(np.asarray(v).size), np.asarray(v, dtype=np.float32).tobytes())
            for key, v in vectors.items()
        ]
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings (model, key, dim, vector) VALUES (?, ?, ?, ?)",
                rows,
            )
            self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_default_cache() -> DiskEmbeddingCache | None:
    """The user's shared cache, or ``None`` when it is off or cannot be opened (then a run
    keeps its vectors in memory; the reason is logged)."""
    path = default_cache_path()
    if path is None:
        return None
    try:
        return DiskEmbeddingCache(path)
    except (OSError, sqlite3.Error) as exc:
        logger.warning("embedding cache %s unusable (%s): vectors kept in memory", path, exc)
        return None
