"""Tests for cluster.duplicates: MinHash LSH copy detection and choice of original."""

from __future__ import annotations

import datetime as dt

from newsprism.cluster.duplicates import copy_pairs, find_copies, headlines_agree, shingles

BODY = (
    "Security forces and gunmen clashed for a third day in the coastal province on Saturday, "
    "and a monitoring group said the death toll had passed one thousand, most of them civilians "
    "killed in villages near the port city, while thousands fled to the mountains."
)


def test_shingles_fold_case() -> None:
    assert shingles("A b C d", 3) == {"a b c", "b c d"}


def test_syndicated_copy_with_new_header_is_found() -> None:
    texts = [BODY, "Reuters - " + BODY + " Copyright 2025.", "Rice prices rose sharply " * 5]
    assert [(i, j) for i, j, _ in copy_pairs(texts)] == [(0, 1)]


def test_short_texts_are_never_copies() -> None:
    assert copy_pairs(["two words", "two words"]) == []


def test_original_is_earliest_then_smallest_id(make_article) -> None:
    early = make_article("Late edition. " + BODY, published=dt.date(2025, 3, 8))
    late = make_article(BODY, published=dt.date(2025, 3, 9))
    undated = make_article(BODY + " Updated.")
    copies = find_copies([late, undated, early])
    assert copies == {late.article_id: early.article_id, undated.article_id: early.article_id}


def test_same_date_copies_pick_smallest_id(make_article) -> None:
    a = make_article(BODY, published=dt.date(2025, 3, 8))
    b = make_article(BODY + " More.", published=dt.date(2025, 3, 8))
    first, second = sorted([a, b], key=lambda x: x.article_id)
    assert find_copies([a, b]) == {second.article_id: first.article_id}


def test_same_template_under_different_headlines_is_not_a_copy(make_article) -> None:
    wall = (
        "Sign in using your account. Welcome back, please sign in. By submitting your "
        "registration information you agree to our Terms of Service and Privacy Policy. "
        "We have sent a confirmation email; click on the link to activate your account."
    )
    a = make_article(f"Man shot in Memphis\n\n{wall}", title="Man shot in Memphis")
    b = make_article(f"Boy hurt in Gwinnett\n\n{wall}", title="Boy hurt in Gwinnett")
    c = make_article(f"Man shot in Memphis\n\n{wall} Updated.", title="Man shot in Memphis")
    assert len(copy_pairs([a.text, b.text, c.text])) == 3
    first, second = sorted([a, c], key=lambda x: x.article_id)
    assert find_copies([a, b, c]) == {second.article_id: first.article_id}


def test_headlines_agree_ignores_outlet_suffix() -> None:
    assert headlines_agree("Man shot in Memphis - WREG", "Man shot in Memphis")
    assert not headlines_agree("Man shot in Memphis", "Boy hurt in Gwinnett")
    assert headlines_agree("", "Boy hurt in Gwinnett")
