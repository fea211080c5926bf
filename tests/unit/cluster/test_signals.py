"""Tests for cluster.signals: name and number keys, IDF weights."""

from __future__ import annotations

import pytest

from newsprism.cluster.signals import (
    KeyWeights,
    article_keys,
    key_similarity,
    name_keys,
    number_keys,
    rare_shared_names,
)


def test_name_keys_skip_sentence_initial_common_words() -> None:
    keys = name_keys("The police said. The Syrian Observatory reported the police figure.")
    assert "name:syrian observatory" in keys
    assert "name:syrian" in keys
    assert "name:the" not in keys


def test_name_keys_fold_accents_and_possessives() -> None:
    assert name_keys("Syria's coast near Jablé") >= {"name:syria", "name:jable"}


def test_name_pairs_do_not_cross_lines() -> None:
    assert "name:syria world" not in name_keys("Syria\nWorld")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mendokumentasikan 1.383 warga sipil", {"num:1383"}),
        ("documented 1,383 civilians", {"num:1383"}),
        ("gempa berkekuatan 6,2", {"num:6.2"}),
        ("a magnitude 6.2 quake", {"num:6.2"}),
        ("over 600 dead in 2025", {"num:600"}),
        ("20,000+ displaced", {"num:20000"}),
    ],
)
def test_number_keys_normalise_separators(text: str, expected: set[str]) -> None:
    assert number_keys(text) == expected


def test_article_keys_read_title_and_lead_only() -> None:
    keys = article_keys("Quake in Mamuju", "x " * 600 + "Jakarta 77", lead_chars=100)
    assert "name:mamuju" in keys
    assert "num:77" not in keys


def test_key_weights_prior_keeps_small_batches_informative() -> None:
    weights = KeyWeights.from_keys([{"a"}, {"a"}, {"a", "b"}])
    assert weights.weight("a") > 0
    assert weights.weight("b") > weights.weight("a")


def test_key_similarity_bounds() -> None:
    a, b = frozenset({"name:x", "num:5"}), frozenset({"name:x", "num:7"})
    weights = KeyWeights.from_keys([a, b])
    assert key_similarity(a, a, weights) == pytest.approx(1.0)
    assert 0 < key_similarity(a, b, weights) < 1
    assert key_similarity(a, frozenset(), weights) == 0.0


def test_rare_shared_names_count_names_found_in_few_articles() -> None:
    victim = frozenset({"name:gavin stiles", "name:stiles", "name:routt", "num:3"})
    follow_up = frozenset({"name:gavin stiles", "name:stiles", "name:routt", "num:3", "name:x"})
    other = frozenset({"name:routt", "num:3"})
    weights = KeyWeights.from_keys([victim, follow_up, other])
    # "routt" is in all three articles, "num:3" is not a name: two rare names are left.
    assert rare_shared_names(victim, follow_up, weights, max_df=2) == 2
    assert rare_shared_names(victim, other, weights, max_df=2) == 0
