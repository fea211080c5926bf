"""Fakes shared by the cluster tests: a deterministic bag-of-words embedder that bunches like e5."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

import numpy as np
import pytest

from newsprism.model.article import Article
from newsprism.model.ids import article_id_for

_WORD = re.compile(r"\w+")


class BagEmbedder:
    """Sum of per-word pseudo-random vectors plus a shared offset (unrelated texts ~0.75)."""

    model_name = "fake-bag/v1"

    def __init__(self, dim: int = 64, offset: float = 1.6) -> None:
        self.dim = dim
        self.offset = offset
        self.calls: list[str] = []
        common = np.random.default_rng(0).standard_normal(dim)
        self._common = common / np.linalg.norm(common)

    def _word(self, word: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.sha256(word.encode()).digest()[:4], "little")
        return np.random.default_rng(seed).standard_normal(self.dim)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.extend(texts)
        rows = []
        for text in texts:
            words = [w.lower() for w in _WORD.findall(text)] or ["empty"]
            vec = sum((self._word(w) for w in words), np.zeros(self.dim))
            vec = vec / (np.linalg.norm(vec) or 1.0) + self.offset * self._common
            rows.append(vec / np.linalg.norm(vec))
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), self.dim)


def _make_article(text: str, *, title: str = "", lang: str = "en", **extra: object) -> Article:
    """An article built by hand (id = hash of title and text)."""
    return Article(
        article_id=article_id_for(f"{title}\n{text}"),
        ref=title or text[:20],
        title=title,
        text=text,
        lang=lang,
        lang_confidence=1.0,
        cleaner="test",
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def bag_embedder() -> BagEmbedder:
    return BagEmbedder()


@pytest.fixture
def make_article() -> Callable[..., Article]:
    """Build an ``Article`` by hand: ``make_article(text, title=..., published=...)``."""
    return _make_article
