"""The framing evaluations on small fixtures written for these tests (no evaluation data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.evaluation.babe import (
    baseline_score,
    evaluate_babe,
    leave_topics_out,
    macro_f1,
    read_babe,
    subjective_words,
)
from newsprism.evaluation.basil import evaluate_basil

OPINION = "Expresses writer’s opinion"
FACTUAL = "Entirely factual"


def test_macro_f1_averages_both_classes() -> None:
    assert macro_f1([1, 0, 1, 0], [1, 0, 1, 0]) == 1.0
    assert macro_f1([1, 1, 0, 0], [1, 0, 0, 0]) == pytest.approx((2 / 3 + 0.8) / 2)
    assert macro_f1([1, 0], [0, 1]) == 0.0


def test_leave_topics_out_never_uses_a_topics_own_labels() -> None:
    # Topic "b" alone would want a threshold near 0.9; chosen on "a", it is about 0.5.
    scores = [0.2, 0.8, 0.2, 0.8, 0.6, 0.95]
    labels = [0, 1, 0, 1, 0, 1]
    topics = ["a", "a", "a", "a", "b", "b"]
    predicted = leave_topics_out(scores, labels, topics)
    assert predicted[4] == 1  # "b" gets the threshold learnt on "a"


def _babe_fixture(tmp_path: Path) -> Path:
    rows = [
        ("This disgraceful regime must fall, and we know it.", "t1", OPINION, "Biased"),
        ("Clearly, this outrageous sham fools nobody.", "t1", OPINION, "Biased"),
        ("The ministry said on Tuesday that 43 people had died.", "t1", FACTUAL, "Non-biased"),
        ("The court ruled on Monday, according to a statement.", "t1", FACTUAL, "Non-biased"),
        ("What a shameful, pathetic display by our leaders!", "t2", OPINION, "Biased"),
        ("Officials said 12 percent of voters took part.", "t2", FACTUAL, "Non-biased"),
        ("The vote was held in March.", "t2", "No agreement", "No agreement"),
    ]
    path = tmp_path / "sg2.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for text, topic, opinion, bias in rows:
            record = {"text": f" {text} ", "topic": topic, "label_opinion": opinion}
            record |= {"label_bias": bias, "biased_words": [], "outlet": "x", "type": ""}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def test_read_babe_keeps_labels_of_the_two_tasks(tmp_path: Path) -> None:
    rows = read_babe(_babe_fixture(tmp_path))
    assert len(rows) == 7
    assert rows[0].text.startswith("This") and rows[0].opinion == 1 and rows[0].bias == 1
    assert rows[-1].opinion is None and rows[-1].bias is None


def test_evaluate_babe_separates_opinion_from_reports(tmp_path: Path) -> None:
    scores = evaluate_babe(_babe_fixture(tmp_path))
    assert scores.opinion.n == 6 and scores.bias.n == 6 and scores.topics == 2
    assert scores.opinion.macro_f1_fixed == 1.0
    assert scores.bias.macro_f1 == 1.0


def test_baseline_counts_subjective_words() -> None:
    words = subjective_words()
    assert "ridiculous" in words and "tuesday" not in words
    assert baseline_score("A ridiculous and awful plan.", words) == 0.5
    assert baseline_score("The plan was approved.", words) == 0.0


def _basil_fixture(root: Path) -> Path:
    events = {
        "e1": [("nyt", ["The senator slammed the bill.", "It passed on Monday."], [(0, 12, 19)]),
               ("fox", ["The bill passed on Monday."], [])],
        "e2": [("hpo", ["A shameful vote.", "The House voted."], [(0, 2, 10), (0, 11, 15)]),
               ("nyt", ["The House voted."], [])],
    }  # fmt: skip
    for event, articles in events.items():
        for k, (outlet, sentences, spans) in enumerate(articles, 1):
            stem = f"{event}_{k}"
            (root / "articles" / "2019").mkdir(parents=True, exist_ok=True)
            (root / "annotations" / "2019").mkdir(parents=True, exist_ok=True)
            article = {
                "title": "A title",
                "uuid": stem,
                "triplet-uuid": event,
                "source": outlet.upper() if k == 1 else outlet,
                "body-paragraphs": [sentences],
            }
            annotation = {
                "uuid": stem,
                "phrase-level-annotations": [
                    {"id": f"p{i}", "start": s, "end": e, "bias": "lex", "txt": sentences[i][s:e]}
                    for i, s, e in spans
                ],
            }
            (root / "articles" / "2019" / f"{stem}.json").write_text(json.dumps(article))
            (root / "annotations" / "2019" / f"{stem}_ann.json").write_text(json.dumps(annotation))
    return root


def test_evaluate_basil_recall_and_outlets(tmp_path: Path) -> None:
    scores = evaluate_basil(_basil_fixture(tmp_path))
    assert scores.spans == 3
    # "slammed" and "shameful" are loaded terms; "vote" is not.
    assert scores.lexical_recall == pytest.approx(2 / 3)
    assert scores.pairs == 2 and scores.concordance == 1.0
    assert [row.outlet for row in scores.outlets] == ["fox", "hpo", "nyt"]
