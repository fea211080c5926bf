"""Why articles are in their story: for each member of a story, its strongest link to another
member and what the score of that pair is made of (``newsprism stories --explain``).

The pair score is the one clustering used (``evidence.score_parts``): the embedding relative
to each article's background, shared keys (names, numbers, places, organisations, figures),
a shared event signature (event type in a country), disagreements (event type, country) and
the time apart. Large stories compare each member with its nearest members only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from newsprism.cluster.embedding import Embedder
from newsprism.cluster.evidence import Batch, prepare_batch, score_parts, unique_sorted
from newsprism.cluster.signals import KEY_LEAD_CHARS, KeyWeights
from newsprism.cluster.similarity import ScoreParams
from newsprism.model.article import Article
from newsprism.model.ids import ArticleId
from newsprism.model.stories import Story, StoryLink

#: Members compared with every other member up to this story size; above it, with their
#: ``NEAREST`` nearest members by embedding (bounds the work to size x NEAREST pairs).
ALL_PAIRS_UP_TO = 60
NEAREST = 10
#: Shared keys listed per link (the heaviest first).
SHARED_SHOWN = 8


def _story_pairs(members: Sequence[int], vectors: np.ndarray) -> list[tuple[int, int]]:
    if len(members) <= ALL_PAIRS_UP_TO:
        return [(a, b) for k, a in enumerate(members) for b in members[k + 1 :]]
    rows = vectors[list(members)]
    sims = rows @ rows.T
    np.fill_diagonal(sims, -np.inf)
    nearest = np.argsort(-sims, axis=1, kind="stable")[:, :NEAREST]
    pairs = set()
    for r, cols in enumerate(nearest):
        for c in cols.tolist():
            a, b = members[r], members[c]
            pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def _shared(batch: Batch, i: int, j: int, weights: KeyWeights) -> tuple[str, ...]:
    shared = batch.keys[i] & batch.keys[j]
    ranked = sorted(shared, key=lambda k: (-weights.weight(k), k))
    return tuple(ranked[:SHARED_SHOWN])


def explain_links(
    stories: Sequence[Story],
    articles: Sequence[Article],
    embedder: Embedder,
    *,
    scoring: ScoreParams | None = None,
    extra_keys: Mapping[ArticleId, frozenset[str]] | None = None,
    key_lead_chars: int = KEY_LEAD_CHARS,
) -> tuple[StoryLink, ...]:
    """One link per article of a story with two or more members, sorted by article id.

    ``articles`` must be the whole batch the stories were built from (key weights are taken
    over it, as when clustering); ``extra_keys`` the evidence clustering was given.
    """
    batch = prepare_batch(unique_sorted(articles), embedder, extra_keys, key_lead_chars)
    index = {a.article_id: i for i, a in enumerate(batch.articles)}
    weights = KeyWeights.from_keys(batch.keys)
    params = scoring or ScoreParams()
    links: list[StoryLink] = []
    for story in stories:
        members = sorted(index[a] for a in story.article_ids if a in index)
        if len(members) < 2:
            continue
        pairs = _story_pairs(members, batch.vectors)
        parts = score_parts(batch, pairs, params)
        totals = parts.total()
        best: dict[int, int] = {}
        for k, (i, j) in enumerate(pairs):
            for me in (i, j):
                if me not in best or totals[k] > totals[best[me]]:
                    best[me] = k
        for me, k in sorted(best.items()):
            i, j = pairs[k]
            partner = j if me == i else i
            signals = (
                ("embedding", float(parts.embedding[k])),
                ("keys", float(parts.keys[k])),
                ("signature", float(parts.signature[k])),
                ("conflict", float(parts.conflict[k])),
                ("time", float(parts.time[k])),
            )
            links.append(
                StoryLink(
                    article_id=batch.articles[me].article_id,
                    partner_id=batch.articles[partner].article_id,
                    score=float(totals[k]),
                    signals=tuple((name, round(value, 3)) for name, value in signals),
                    shared=_shared(batch, i, j, weights),
                )
            )
    return tuple(sorted(links, key=lambda link: link.article_id))


__all__ = ["explain_links"]
