from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsprism.evaluation.reconcile import evaluate_gva_reconcile, load_gold_example
from newsprism.extract.gun_violence.figures import extract_figures
from newsprism.model.article import Article, Span
from newsprism.model.figures import (
    Attribution,
    AttributionKind,
    Figure,
    FigureKind,
    Qualifier,
    Quantity,
)
from newsprism.model.ids import FigureId, content_hash
from newsprism.segment.sentences import split_sentences

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_PATTERN = re.compile(
    r"\b(\d+|one|two|three|four|five) (?:people )?(?:were )?(killed|injured)\b", re.IGNORECASE
)


def regex_extract(article: Article) -> list[Figure]:
    """A stand-in extractor: "<n> [people] [were] killed|injured"."""
    figures = []
    for match in _PATTERN.finditer(article.text):
        number = _WORDS.get(match[1].lower()) or int(match[1])
        figures.append(
            Figure(
                figure_id=FigureId("f" + content_hash(article.article_id, str(match.start()))),
                article_id=article.article_id,
                lang="en",
                kind=FigureKind(match[2]),
                quantity=Quantity(value=number, low=None, high=None, qualifier=Qualifier.EXACT),
                group=None,
                place=None,
                period=None,
                attribution=Attribution(kind=AttributionKind.NONE),
                evidence=Span(match.start(), match.end()),
                sentence_index=0,
                extractor="test.regex",
            )
        )
    return figures


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def gva(tmp_path: Path) -> tuple[Path, Path]:
    incidents = [
        {"incident_id": "1", "num_killed": 2, "num_injured": 1, "doc_ids": ["d1", "d2"]},
        {"incident_id": "2", "num_killed": 0, "num_injured": 3, "doc_ids": ["d3"]},
        {"incident_id": "3", "num_killed": 1, "num_injured": 0, "doc_ids": ["d4"]},
    ]
    documents = [
        {"doc_id": "d1", "incident_id": "1", "title": "t", "dct": "2014-01-01",
         "content": "2 people were killed, one injured.\n\n2 people were killed, one injured."},
        {"doc_id": "d2", "incident_id": "1", "title": "t", "dct": "2014-01-02",
         "content": "Two people were killed. Last year 9 people were killed in the city."},
        {"doc_id": "d3", "incident_id": "2", "title": "t", "dct": "2014-01-02",
         "content": "Three people were injured in a shooting."},
        {"doc_id": "d4", "incident_id": "3", "title": "t", "dct": "2014-01-02",
         "content": "A man died after a shooting."},
    ]  # fmt: skip
    return write_jsonl(tmp_path / "documents.jsonl", documents), write_jsonl(
        tmp_path / "incidents.jsonl", incidents
    )


def test_evaluate_gva_reconcile_scores_incidents_with_stated_counts(gva) -> None:
    scores = evaluate_gva_reconcile(gva[0], gva[1], regex_extract)
    assert (scores.n_incidents, scores.n_scored) == (3, 2)
    results = {r.incident_id: r for r in scores.incidents}
    assert (results["1"].killed, results["1"].injured) == (2, 1)
    assert results["1"].baseline_killed == 9  # the naive maximum takes last year's toll
    assert (results["2"].killed, results["2"].injured) == (0, 3)  # no death stated: none killed
    assert results["3"].killed is None
    assert scores.killed_accuracy == scores.injured_accuracy == 1.0
    assert scores.baseline_killed_accuracy == 0.5
    assert scores.killed_mae == 0.0
    assert scores.killed_ceiling == scores.injured_ceiling == 1.0
    assert results["1"].stated_killed == (2, 9)


def test_load_gold_example_finds_every_quote(example_dir: Path, example_gold: Path) -> None:
    articles, figures = load_gold_example(example_dir, example_gold)
    assert len(articles) == 5
    assert len(figures) == 16  # 15 figures and one headline figure; the optional one left out
    texts = {a.article_id: a.text for a in articles}
    assert all(f.evidence.of(texts[f.article_id]) for f in figures)
    assert sum(f.in_headline for f in figures) == 1


def test_injured_are_the_people_shot_less_the_dead(tmp_path: Path) -> None:
    documents = [
        {"doc_id": "d1", "title": "Five people shot, one fatally",
         "content": "Police said five people were shot on Main Street. One man died."},
        {"doc_id": "d2", "title": "Four shot in park",
         "content": "Four people were shot in the park.\n\n"
                    "One victim is in stable condition, police said."},
    ]  # fmt: skip
    incidents = [
        {"incident_id": "1", "num_killed": 1, "num_injured": 4, "doc_ids": ["d1"]},
        {"incident_id": "2", "num_killed": 0, "num_injured": 4, "doc_ids": ["d2"]},
    ]
    scores = evaluate_gva_reconcile(
        write_jsonl(tmp_path / "documents.jsonl", documents),
        write_jsonl(tmp_path / "incidents.jsonl", incidents),
        lambda article: extract_figures(article, split_sentences(article.text)),
    )
    results = {r.incident_id: (r.killed, r.injured) for r in scores.incidents}
    # No injured figure: five shot less one dead. An injured figure short of the headline's
    # four shot (one victim in stable condition) gives way to it.
    assert results == {"1": (1, 4), "2": (0, 4)}
