"""The opinion score: a hand-set combination of a sentence's cue counts, the same in every
language.

``raw = sum(weight[cue] * min(count[cue], CAP))`` over the cues outside quotation marks (what
the writer says, not what a quoted speaker says), then ``opinion = logistic(SCALE * (raw -
OFFSET))``: a sentence reads as opinion (score >= 0.5) when its raw score reaches ``OFFSET``.

How the weights were chosen (docs/framing.md): set by hand, round numbers, from what each cue
means (judging words and the writer's own voice raise the score; the language of reports,
attribution verbs, dates and numbers, lowers it; hedges say nothing either way). They were then
checked on BABE's sentences of ten topics (the other ten held out), where a logistic fit of the
same counts agreed on every sign. The signs and sizes were not fitted to BABE; the evaluation
(``newsprism eval framing``) chooses its decision threshold by leaving topics out.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

#: Weight of each cue (lexicon or mark name of framing.toml, or ``numbers``), hand-set.
WEIGHTS: Mapping[str, float] = {
    "loaded": 1.5,
    "evaluative": 0.75,
    "intensifier": 0.75,
    "certainty": 1.0,
    "normative": 0.75,
    "first_person": 1.5,
    "second_person": 1.0,
    "question": 1.0,
    "exclamation": 1.0,
    "hedge": 0.0,
    "reporting": -1.5,
    "numbers": -1.0,
}
#: A cue counts at most this many times in one sentence (a list of ten loaded words is not
#: ten times the opinion of one). Hand-set.
CAP = 3
#: The raw score at which a sentence reads as opinion (score 0.5). Hand-set: one judging
#: word outside a report ("a foolish plan") is enough, one inside a report ("said ... foolish")
#: is not.
OFFSET = 0.5
#: Steepness of the logistic: a raw score one weight of a loaded word above ``OFFSET`` gives
#: about 0.9. Hand-set.
SCALE = 1.5


def raw_score(counts: Mapping[str, int]) -> float:
    """The weighted sum of capped cue counts."""
    return sum(w * min(counts.get(name, 0), CAP) for name, w in WEIGHTS.items())


def opinion_score(counts: Mapping[str, int]) -> float:
    """The opinion score in [0, 1] of a sentence with these cue counts."""
    return 1.0 / (1.0 + math.exp(-SCALE * (raw_score(counts) - OFFSET)))


def count_cues(names: Iterable[str], numbers: int) -> Counter[str]:
    """Cue counts from the names of the (unquoted) cues found and the number runs."""
    counts = Counter(names)
    counts["numbers"] = numbers
    return counts


def article_opinion(scores: Iterable[tuple[float, int]]) -> float:
    """The article's opinion: the mean of its sentences' scores weighted by their length
    (``(score, characters)`` pairs), so that a one-line headline weighs as little as it says."""
    total = 0.0
    weight = 0
    for score, size in scores:
        total += score * size
        weight += size
    return 0.0 if weight == 0 else total / weight
