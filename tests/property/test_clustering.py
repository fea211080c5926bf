"""Property: story clustering does not depend on the order of its input."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.cluster.stories import assign_to_stories, cluster_stories
from newsprism.model.article import Article
from newsprism.model.ids import article_id_for

_WORD = re.compile(r"\w+")


class _BagEmbedder:
    """Deterministic bag-of-words vectors with a shared offset (bunched like e5)."""

    model_name = "fake-bag/v1"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        common = np.random.default_rng(0).standard_normal(48)
        rows = []
        for text in texts:
            vec = np.zeros(48)
            for word in _WORD.findall(text.lower()):
                seed = int.from_bytes(hashlib.sha256(word.encode()).digest()[:4], "little")
                vec += np.random.default_rng(seed).standard_normal(48)
            vec = vec / (np.linalg.norm(vec) or 1.0) + 1.6 * common / np.linalg.norm(common)
            rows.append(vec / np.linalg.norm(vec))
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), 48)


_EVENTS = [
    ("Mamuju", "earthquake", "34", dt.date(2021, 1, 15)),
    ("Semarang", "flood", "5,000", dt.date(2021, 2, 8)),
    ("Latakia", "clashes", "1,383", dt.date(2025, 3, 9)),
    ("Medan", "robbery", "2", dt.date(2024, 6, 1)),
]
_VERBS = ["struck", "hit", "shook", "hit hard", "affected"]


def _corpus() -> list[Article]:
    out = []
    for place, kind, toll, day in _EVENTS:
        for k, verb in enumerate(_VERBS):
            title = f"{kind.title()} {verb} {place}, toll {toll}"
            text = (
                f"The {kind} {verb} {place} and officials counted {toll} victims; "
                f"report {k} said residents of {place} were still waiting for help."
            )
            out.append(
                Article(
                    article_id=article_id_for(f"{title}\n{text}"),
                    ref=f"{place}-{k}",
                    title=title,
                    text=text,
                    lang="en",
                    lang_confidence=1.0,
                    cleaner="test",
                    published=day + dt.timedelta(days=k % 2),
                    outlet=f"outlet{k}",
                )
            )
    # an exact copy, so copy marking is covered too
    first = out[0]
    copy_text = first.text + " " + first.text
    out.append(
        Article(
            article_id=article_id_for(copy_text),
            ref="copy",
            title=first.title,
            text=copy_text,
            lang="en",
            lang_confidence=1.0,
            cleaner="test",
            published=first.published,
        )
    )
    return out


CORPUS = _corpus()
BASELINE = cluster_stories(CORPUS, _BagEmbedder())


@settings(max_examples=25, deadline=None)
@given(st.permutations(CORPUS))
def test_cluster_stories_is_independent_of_input_order(shuffled: list[Article]) -> None:
    assert cluster_stories(shuffled, _BagEmbedder()) == BASELINE


@settings(max_examples=10, deadline=None)
@given(st.permutations(CORPUS[5:]))
def test_assign_to_stories_is_independent_of_input_order(shuffled: list[Article]) -> None:
    first_event = CORPUS[:5]
    base = cluster_stories(first_event, _BagEmbedder())
    expected = assign_to_stories(base.stories, first_event, CORPUS[5:], _BagEmbedder())
    got = assign_to_stories(base.stories, list(reversed(first_event)), shuffled, _BagEmbedder())
    assert got == expected


def test_baseline_groups_each_event() -> None:
    assert len(BASELINE.stories) == len(_EVENTS)
