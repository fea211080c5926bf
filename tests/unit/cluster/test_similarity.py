"""Tests for cluster.similarity: per-language backgrounds and combined pair scores."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.cluster.similarity import (
    PRIOR_MEAN,
    PRIOR_SD,
    Background,
    ScoreParams,
    background,
    pair_scores,
    z_scores,
)


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def _two_language_batch(seed: int = 0) -> tuple[np.ndarray, list[str]]:
    """60 unrelated articles per language, with e5-like cosines: about 0.80 within a language
    and 0.73 across (a direction shared by all, one per language, and noise)."""
    rng = np.random.default_rng(seed)
    dim = 256
    shared, en_axis, id_axis = np.eye(dim)[0], np.eye(dim)[1], np.eye(dim)[2]
    noise = rng.normal(size=(120, dim)) * math.sqrt(0.2 / dim)
    rows = math.sqrt(0.73) * shared + noise
    rows[:60] += math.sqrt(0.07) * en_axis
    rows[60:] += math.sqrt(0.07) * id_axis
    return _unit(rows), ["en"] * 60 + ["id"] * 60


def test_tiny_batch_leans_on_the_prior() -> None:
    bg = background(_unit(np.eye(3)[:1]))
    assert bg.mean.shape == (1, 1)
    assert bg.mean[0, 0] == pytest.approx(PRIOR_MEAN)
    assert bg.sd[0, 0] == pytest.approx(PRIOR_SD)


def test_background_is_taken_in_the_partner_language() -> None:
    vectors, langs = _two_language_batch()
    bg = background(vectors, langs)
    assert bg.mean.shape == (120, 2)
    en, idn = 0, 1
    # Unrelated articles of one language are closer than unrelated articles across languages.
    assert bg.mean[:60, en].mean() > bg.mean[:60, idn].mean() + 0.05
    # So a cross-lingual pair as close as two ordinary same-language articles stands out,
    # while one background for all languages would call it ordinary.
    pair = (np.array([0]), np.array([60]))
    cosine = np.array([bg.mean[0, en]])
    assert z_scores(cosine, *pair, bg)[0] > 1.5
    assert z_scores(cosine, *pair, background(vectors))[0] < 1.0


def test_one_language_matches_the_default() -> None:
    vectors, _ = _two_language_batch()
    plain, one = background(vectors), background(vectors, ["en"] * len(vectors))
    np.testing.assert_allclose(plain.mean, one.mean)
    np.testing.assert_allclose(plain.sd, one.sd)


@settings(max_examples=40, deadline=None)
@given(
    langs=st.lists(st.sampled_from(["en", "id", "ar"]), min_size=1, max_size=30),
    seed=st.integers(0, 2**16),
)
def test_background_is_finite_and_pairs_are_symmetric(langs: list[str], seed: int) -> None:
    vectors = _unit(np.random.default_rng(seed).normal(size=(len(langs), 8)))
    bg = background(vectors, langs, sample=8)
    assert bg.mean.shape == (len(langs), len(set(langs)))
    assert np.all(np.isfinite(bg.mean)) and np.all(bg.sd > 0)
    left = np.arange(len(langs))
    right = left[::-1].copy()
    mu_lr, sd_lr = bg.pair(left, right)
    mu_rl, sd_rl = bg.pair(right, left)
    np.testing.assert_allclose(mu_lr, mu_rl)
    np.testing.assert_allclose(sd_lr, sd_rl)


def test_pair_scores_reward_shared_keys_and_penalise_distant_dates() -> None:
    vectors = _unit(np.eye(4) + 0.5)
    bg = Background.uniform(4, 0.5, 0.1)
    day = dt.date(2025, 3, 7)
    dates = [day, day, day, day + dt.timedelta(days=200)]
    plain, keyed, late = pair_scores(
        [(0, 1), (0, 2), (0, 3)], vectors, bg, [0.0, 0.5, 0.0], dates, ScoreParams()
    )
    assert keyed > plain > late
