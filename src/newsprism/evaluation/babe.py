"""BABE (Spinde et al. 2021): sentence-level opinion and bias labels of US news, by topic.

Two binary tasks, each scored by macro-F1:

- opinion: "Expresses writer's opinion" (1) against "Entirely factual" (0); the middle label
  ("Somewhat factual but also opinionated") and "No agreement" are left out;
- bias: "Biased" (1) against "Non-biased" (0).

newsprism's score of a sentence is its opinion score (``framing.opinion``, hand-set weights),
the same score for both tasks. The lexicon baseline counts the sentence's words of a public
subjectivity lexicon (``resources/subjective_en.txt``). Each needs a decision threshold per
task: it is chosen by leaving topics out (for each topic, the threshold that maximises macro-F1
on the other topics decides that topic's sentences), so nothing is tuned on the sentences it
scores. newsprism's fixed threshold (0.5, what ``opinion`` signals use) is reported beside.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsprism.framing.article import OPINION_THRESHOLD, score_sentence
from newsprism.lang.framing_cues import load_framing_cues
from newsprism.lang.phrases import WORD_RE
from newsprism.model.article import Span

#: Topic names that BABE spells two ways.
_TOPIC_ALIASES = {"vaccines": "vaccine", "blm": "black lives matter", "gun-control": "gun control"}
_OPINION = {"Expresses writer’s opinion": 1, "Entirely factual": 0}
_BIAS = {"Biased": 1, "Non-biased": 0}
#: Thresholds tried when one is chosen on the other topics.
_GRID = tuple(i / 40 for i in range(1, 40))


@dataclass(frozen=True, slots=True)
class BabeSentence:
    """One BABE sentence: its text, topic, and labels (``None`` where the task leaves it out)."""

    text: str
    topic: str
    opinion: int | None
    bias: int | None


@dataclass(frozen=True, slots=True)
class TaskScores:
    """Macro-F1 of one task: newsprism (thresholds by leaving topics out, and fixed at 0.5) and
    the lexicon baseline (thresholds by leaving topics out); ``n`` sentences."""

    macro_f1: float
    macro_f1_fixed: float
    baseline_macro_f1: float
    n: int


@dataclass(frozen=True, slots=True)
class BabeScores:
    opinion: TaskScores
    bias: TaskScores
    topics: int


def read_babe(path: Path) -> list[BabeSentence]:
    """The sentences of a BABE JSON Lines file (``sg2.jsonl``)."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            data = json.loads(line)
            topic = str(data["topic"])
            rows.append(
                BabeSentence(
                    text=str(data["text"]).strip(),
                    topic=_TOPIC_ALIASES.get(topic, topic),
                    opinion=_OPINION.get(str(data["label_opinion"])),
                    bias=_BIAS.get(str(data["label_bias"])),
                )
            )
    return rows


def macro_f1(labels: Sequence[int], predicted: Sequence[int]) -> float:
    """The mean of the F1 scores of class 1 and class 0."""
    scores = []
    for positive in (1, 0):
        tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y == p == positive)
        fp = sum(1 for y, p in zip(labels, predicted, strict=True) if p == positive != y)
        fn = sum(1 for y, p in zip(labels, predicted, strict=True) if y == positive != p)
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(scores) / 2


def leave_topics_out(
    scores: Sequence[float], labels: Sequence[int], topics: Sequence[str]
) -> list[int]:
    """Predictions where each topic's threshold is the one best on the other topics."""
    predicted = [0] * len(scores)
    for topic in sorted(set(topics)):
        train = [i for i, t in enumerate(topics) if t != topic]
        train_labels = [labels[i] for i in train]

        def f1_at(
            threshold: float, train: list[int] = train, gold: list[int] = train_labels
        ) -> float:
            return macro_f1(gold, [int(scores[i] >= threshold) for i in train])

        best = max(_GRID, key=f1_at)
        for i, t in enumerate(topics):
            if t == topic:
                predicted[i] = int(scores[i] >= best)
    return predicted


def subjective_words() -> frozenset[str]:
    """The baseline's lexicon: English words of high subjectivity (Pattern, public domain)."""
    path = resources.files("newsprism.evaluation") / "resources" / "subjective_en.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def baseline_score(text: str, words: frozenset[str]) -> float:
    """The lexicon baseline: the share of the first four subjective words a sentence has
    (0, 0.25, ... 1), so that its thresholds live on the same grid as opinion scores."""
    count = sum(1 for m in WORD_RE.finditer(text) if m.group().lower() in words)
    return min(count, 4) / 4


def _task(
    rows: Sequence[BabeSentence],
    label: Callable[[BabeSentence], int | None],
    ours: Sequence[float],
    base: Sequence[float],
) -> TaskScores:
    keep = [i for i, r in enumerate(rows) if label(r) is not None]
    labels = [int(label(rows[i]) or 0) for i in keep]
    topics = [rows[i].topic for i in keep]
    our_scores = [ours[i] for i in keep]
    base_scores = [base[i] for i in keep]
    return TaskScores(
        macro_f1=macro_f1(labels, leave_topics_out(our_scores, labels, topics)),
        macro_f1_fixed=macro_f1(labels, [int(s >= OPINION_THRESHOLD) for s in our_scores]),
        baseline_macro_f1=macro_f1(labels, leave_topics_out(base_scores, labels, topics)),
        n=len(keep),
    )


def evaluate_babe(path: Path) -> BabeScores:
    """Opinion and bias macro-F1 of newsprism's sentence scores and of the lexicon baseline."""
    rows = read_babe(path)
    cues = load_framing_cues("en")
    words = subjective_words()
    ours = [score_sentence(r.text, Span(0, len(r.text)), cues)[0] for r in rows]
    base = [baseline_score(r.text, words) for r in rows]
    return BabeScores(
        opinion=_task(rows, lambda r: r.opinion, ours, base),
        bias=_task(rows, lambda r: r.bias, ours, base),
        topics=len({r.topic for r in rows}),
    )
