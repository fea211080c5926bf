"""Headline-body mismatch: a headline figure the body does not support."""

from __future__ import annotations

import pytest

from framing_support import signals_of
from newsprism.model.framing import SignalKind


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Over 1,000 dead in coastal clashes\n\n"
            "Monitors said hundreds of people were killed in the clashes on the coast.",
            "the body says otherwise: 'hundreds of people were killed'",
        ),
        (
            "20,000 displaced by floods\n\nThe river burst its banks on Monday, officials said.",
            "the body states no displaced figure",
        ),
    ],
)
def test_headline_figure_the_body_does_not_support(text: str, cue: str) -> None:
    found = signals_of(text, SignalKind.HEADLINE_MISMATCH)
    assert len(found) == 1
    assert found[0].sentence == 0
    assert found[0].cue.startswith(cue.split(":", maxsplit=1)[0])


@pytest.mark.parametrize(
    "text",
    [
        "Over 1,000 dead in coastal clashes\n\n"
        "The Observatory said more than 1,000 people were killed in the clashes on the coast.",
        "1,000 dead in coastal clashes\n\n"
        "The Observatory said more than 1,000 people were killed in the clashes on the coast.",
        "Hundreds of casualties in coastal clashes\n\nThe network said 300 civilians were killed.",
    ],
)
def test_headline_figure_the_body_supports(text: str) -> None:
    assert not signals_of(text, SignalKind.HEADLINE_MISMATCH)
