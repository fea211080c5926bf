"""Story labels: the headline of the story's most central article, cut to a short line."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsprism.model.article import Article

#: Longest label, in characters; longer headlines are cut at a word and end in "…".
LABEL_CHARS = 140


def story_label(articles: Sequence[Article], vectors: np.ndarray) -> str:
    """Title (else text) of the article closest to all others (``vectors[k]`` embeds
    ``articles[k]``); ties go to the smallest article id, so the label does not depend on
    input order."""
    if not articles:
        return ""
    totals = vectors @ vectors.sum(axis=0) if len(articles) > 1 else np.zeros(1)
    best = float(np.max(totals))
    central = min(
        (a for a, t in zip(articles, totals, strict=True) if float(t) >= best - 1e-6),
        key=lambda a: a.article_id,
    )
    text = " ".join(central.title.split()) or " ".join(central.text.split())
    if len(text) <= LABEL_CHARS:
        return text
    return text[:LABEL_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:-") + "…"
