"""Tests for evaluation.stories: B-cubed, loaders and the TF-IDF baseline (tiny inline data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.evaluation.stories import (
    bcubed,
    evaluate_gva,
    in_incident_sample,
    load_gva,
    tfidf_baseline,
)


def test_bcubed_perfect_and_lumped() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed(gold, gold) == (1.0, 1.0, 1.0)
    p, r, _ = bcubed({"a": "x", "b": "x", "c": "x"}, gold)
    assert r == 1.0
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_bcubed_missing_prediction_is_singleton() -> None:
    p, r, _ = bcubed({}, {"a": "1", "b": "1"})
    assert (p, r) == (1.0, 0.5)


def _gva_file(tmp_path: Path) -> Path:
    rows = [
        ("d1", "10", "Man shot on Oak Street in Dayton", "2015-05-01"),
        ("d2", "10", "Police name Oak Street shooting victim in Dayton", "2015-05-02"),
        ("d3", "20", "Boy, 4, wounded in accidental shooting in Tulsa", "2016-08-09"),
    ]
    path = tmp_path / "documents.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for doc_id, incident, title, day in rows:
            body = f"{title}. Police said the shooting happened on {day}.\n\n" * 2
            record = {
                "doc_id": doc_id,
                "incident_id": incident,
                "title": title,
                "dct": day,
                "url": f"http://web.archive.org/web/1/http://www.news{doc_id}.com/a",
                "content": body,
            }
            handle.write(json.dumps(record) + "\n")
    incidents = [
        {"incident_id": "10", "doc_ids": ["d1", "d2"]},
        {"incident_id": "20", "doc_ids": ["d3"]},
    ]
    (tmp_path / "incidents.jsonl").write_text(
        "".join(json.dumps(i) + "\n" for i in incidents), encoding="utf-8"
    )
    return path


def test_load_gva_builds_articles(tmp_path: Path) -> None:
    articles, gold = load_gva(_gva_file(tmp_path))
    assert len(articles) == 3
    first = next(a for a in articles if a.ref == "d1")
    assert first.title == "Man shot on Oak Street in Dayton"
    assert first.lang == "en"
    assert str(first.published) == "2015-05-01"
    assert gold[first.article_id] == "10"


def test_tfidf_baseline_and_evaluate_gva(tmp_path: Path, bag_embedder) -> None:
    path = _gva_file(tmp_path)
    articles, _ = load_gva(path)
    assert len(tfidf_baseline(articles)) == 3
    scores = evaluate_gva(path, bag_embedder)
    assert scores.articles == 3
    assert scores.gold_stories == 2
    assert 0.0 <= scores.f1 <= 1.0


def test_incident_sample_is_fixed_and_about_one_in_n() -> None:
    ids = [str(n) for n in range(4000)]
    chosen = [i for i in ids if in_incident_sample(i, 4)]
    assert 850 < len(chosen) < 1150
    assert chosen == [i for i in ids if in_incident_sample(i, 4)]  # the same on every call
    assert all(in_incident_sample(i, 1) for i in ids)


def test_evaluate_gva_sample_keeps_whole_incidents(tmp_path: Path, bag_embedder) -> None:
    path = _gva_file(tmp_path)
    every = next(
        n for n in range(2, 50) if in_incident_sample("10", n) != in_incident_sample("20", n)
    )
    kept = "10" if in_incident_sample("10", every) else "20"
    scores = evaluate_gva(path, bag_embedder, sample_every=every)
    assert scores.gold_stories == 1
    assert scores.articles == (2 if kept == "10" else 1)
