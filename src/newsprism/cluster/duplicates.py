"""Near-duplicate and syndicated-copy detection with MinHash LSH (the datasketch adapter).

Each article's clean text is reduced to word 3-shingles and a MinHash signature; an LSH index
proposes candidate pairs and the MinHash Jaccard estimate confirms them. Copies form groups
(connected components); the *original* of a group is its earliest-published article, then the
smallest article id, and every other member is marked a copy of it.

A copy also keeps the headline: two pages whose texts match but whose headlines share less than
``HEADLINE_OVERLAP`` of their words are one template (a sign-in wall, a cookie notice, an
outlet's page furniture around a short item), not one article. On GVA 427 of 463 text matches
were such walls around different incidents' headlines; forcing them together glued up to 30
articles of unrelated incidents into one story.

Lexical copies only: a translation of an article is not a copy here (the story clustering still
puts it in the same story through the embeddings).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsprism.cluster.signals import headline
from newsprism.cluster.unionfind import UnionFind
from newsprism.model.article import Article
from newsprism.model.ids import ArticleId

#: MinHash permutations: 128 keeps the Jaccard estimate within about +-0.09 (2 sigma at 0.5).
NUM_PERM = 128
#: Estimated Jaccard of word 3-shingles at or above which two texts are copies. Guess checked on
#: the research notes: a light rewrite scored 0.40, an unrelated pair 0.00; syndicated copies
#: with a different header/footer stay well above 0.6.
COPY_THRESHOLD = 0.6
SHINGLE_WORDS = 3
#: Word-set Jaccard of two headlines at or above which text copies are copies. A syndicated
#: copy keeps its headline (perhaps with an outlet suffix, which ``headline`` drops, or a word
#: changed); half the words in common is well below that and well above unrelated headlines.
HEADLINE_OVERLAP = 0.5
#: Texts with fewer shingles than this are never called copies (too little evidence).
MIN_SHINGLES = 8
_SEED = 1  # fixed: signatures (and so decisions) are identical across runs

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True, kw_only=True)
class DuplicateParams:
    """Tunable parts of copy detection."""

    threshold: float = COPY_THRESHOLD
    num_perm: int = NUM_PERM
    shingle_words: int = SHINGLE_WORDS
    min_shingles: int = MIN_SHINGLES
    headline_overlap: float = HEADLINE_OVERLAP


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word ``size``-grams of ``text`` after case and accent folding."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = _WORD.findall(folded)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def minhashes(texts: Sequence[str], params: DuplicateParams) -> list[MinHash | None]:
    """MinHash signature of each text (``None`` when it has too few shingles)."""
    sets = [shingles(t, params.shingle_words) for t in texts]
    usable = [i for i, s in enumerate(sets) if len(s) >= params.min_shingles]
    out: list[MinHash | None] = [None] * len(texts)
    if not usable:
        return out
    bulk = MinHash.bulk(
        [[s.encode("utf-8") for s in sorted(sets[i])] for i in usable],
        num_perm=params.num_perm,
        seed=_SEED,
    )
    for i, signature in zip(usable, bulk, strict=True):
        out[i] = signature
    return out


def copy_pairs(
    texts: Sequence[str], params: DuplicateParams = DuplicateParams()
) -> list[tuple[int, int, float]]:
    """Index pairs ``(i, j, jaccard)`` with ``i < j`` whose texts are near-duplicates."""
    signatures = minhashes(texts, params)
    lsh = MinHashLSH(threshold=params.threshold, num_perm=params.num_perm)
    for i, signature in enumerate(signatures):
        if signature is not None:
            lsh.insert(i, signature)
    pairs: set[tuple[int, int, float]] = set()
    for i, signature in enumerate(signatures):
        if signature is None:
            continue
        for j in lsh.query(signature):
            other = signatures[j]
            if j <= i or other is None:
                continue
            jaccard = float(np.mean(signature.hashvalues == other.hashvalues))
            if jaccard >= params.threshold:
                pairs.add((i, j, jaccard))
    return sorted(pairs)


def headlines_agree(a: str, b: str, threshold: float = HEADLINE_OVERLAP) -> bool:
    """Whether titles ``a`` and ``b`` share at least ``threshold`` of their headline words
    (word-set Jaccard; an empty headline agrees with any)."""
    words_a, words_b = shingles(headline(a), 1), shingles(headline(b), 1)
    if not words_a or not words_b:
        return True
    return len(words_a & words_b) / len(words_a | words_b) >= threshold


def article_copy_pairs(
    articles: Sequence[Article], params: DuplicateParams = DuplicateParams()
) -> list[tuple[int, int, float]]:
    """``copy_pairs`` of the articles' texts whose headlines also agree."""
    pairs = copy_pairs([a.text for a in articles], params)
    return [
        (i, j, jaccard)
        for i, j, jaccard in pairs
        if headlines_agree(articles[i].title, articles[j].title, params.headline_overlap)
    ]


def original_order_key(article: Article) -> tuple[int, str]:
    """Sort key choosing the original among copies: earliest date, then smallest id."""
    ordinal = article.published.toordinal() if article.published is not None else 10**9
    return ordinal, article.article_id


def find_copies(
    articles: Sequence[Article], params: DuplicateParams = DuplicateParams()
) -> dict[ArticleId, ArticleId]:
    """Map each copy's id to its original's id (originals and unique articles are absent)."""
    return copies_from_pairs(articles, article_copy_pairs(articles, params))


def copies_from_pairs(
    articles: Sequence[Article], pairs: Sequence[tuple[int, int, float]]
) -> dict[ArticleId, ArticleId]:
    """Copy map from index pairs (see ``find_copies``)."""
    uf = UnionFind(len(articles))
    for i, j, _ in pairs:
        uf.union(i, j)
    result: dict[ArticleId, ArticleId] = {}
    for group in uf.groups():
        if len(group) < 2:
            continue
        members = sorted((articles[i] for i in group), key=original_order_key)
        original = members[0].article_id
        for member in members[1:]:
            result[member.article_id] = original
    return result
