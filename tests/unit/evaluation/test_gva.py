from __future__ import annotations

import json
from pathlib import Path

from newsprism.evaluation.gva import gva_articles, incident_of


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_gva_articles_read_through_the_product_path_and_join_incidents(tmp_path: Path) -> None:
    documents = _write(
        tmp_path / "documents.jsonl",
        [
            {"doc_id": "d1", "incident_id": "1", "title": "Two hurt in shooting",
             "dct": "2014-01-12", "content": "Two people were hurt.\n\nTwo people were hurt."},
            {"doc_id": "d1", "incident_id": "1", "title": "t", "content": "A copy."},
            {"doc_id": "d9", "incident_id": "9", "title": "t", "content": "No gold incident."},
            {"doc_id": "d2", "incident_id": "2", "title": "t", "content": ""},
        ],
    )  # fmt: skip
    incidents = _write(
        tmp_path / "incidents.jsonl",
        [{"incident_id": "1", "doc_ids": ["d1"]}, {"incident_id": "2", "doc_ids": ["d2"]}],
    )
    items = list(gva_articles(documents, incidents))
    assert [(i.incident_id, i.article.ref) for i in items] == [("1", "d1")]
    article = items[0].article
    # The title is the first line (headline figures need a span); repeats are dropped.
    assert article.text == "Two hurt in shooting\n\nTwo people were hurt."
    assert str(article.published) == "2014-01-12"
    assert article.lang == "en"


def test_gva_articles_keeps_wanted_incidents_only(tmp_path: Path) -> None:
    documents = _write(
        tmp_path / "documents.jsonl",
        [{"doc_id": "a", "content": "One man was shot."}, {"doc_id": "b", "content": "B."}],
    )
    incidents = _write(
        tmp_path / "incidents.jsonl",
        [{"incident_id": "1", "doc_ids": ["a"]}, {"incident_id": "2", "doc_ids": ["b"]}],
    )
    items = list(gva_articles(documents, incidents, wanted=frozenset({"2"})))
    assert [i.article.ref for i in items] == ["b"]


def test_incident_of_maps_doc_ids() -> None:
    assert incident_of([{"incident_id": 7, "doc_ids": ["x", "y"]}]) == {"x": "7", "y": "7"}
