"""One person found shot, and what the sentence goes on to say: care or survival (injured), a
death with a subject of its own (the person survived: injured), or their own death (killed).
"was shot" alone stays a count of people shot."""

from __future__ import annotations

import pytest

from newsprism.model.figures import FigureKind
from support import gv_figures_of

KILLED, INJURED, SHOT = FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES


def _counts(text: str) -> list[tuple[FigureKind, int | None]]:
    return [(f.kind, f.quantity.value) for f in gv_figures_of(text)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Care or survival after "shot", for a person the person rule reads.
        ("The man was shot in the leg and is expected to survive.", [(INJURED, 1)]),
        ("Another 20-year-old man was shot in the back and treated.", [(INJURED, 1)]),
        # ... but not for one counted by a number: as often another shooting's victim.
        ("A man was shot in the leg and is expected to survive.", [(SHOT, 1)]),
        # A death with a subject of its own, after the person shot.
        ("An officer was shot and a man killed.", [(INJURED, 1), (KILLED, 1)]),
        ("The officer was shot and a man was killed.", [(INJURED, 1), (KILLED, 1)]),
        (
            "A man said he had been shot and three people inside a trailer had been killed.",
            [(INJURED, 1), (KILLED, 3)],
        ),
        # A death before the person shot, in a clause of its own.
        ("A man was killed and an officer was shot.", [(KILLED, 1), (INJURED, 1)]),
        # The person's own death.
        ("A man was shot and later died.", [(KILLED, 1)]),
        ("A man was shot in front of his wife and killed.", [(KILLED, 1)]),
        (
            "One man was shot and taken to a hospital, where he died.",
            [(KILLED, 1)],
        ),
    ],
)
def test_what_happened_after_the_shot(body: str, expected: list[tuple[FigureKind, int]]) -> None:
    assert _counts(f"Title\n{body}") == expected


@pytest.mark.parametrize(
    "body",
    [
        "A man was shot on Friday.",  # shot, nothing after: the dead were shot too
        "Two people were killed, including a man who was shot in the head.",  # one of the dead
        "A man was shot in a shooting that killed him.",  # no clause of its own
    ],
)
def test_no_survivor(body: str) -> None:
    assert (INJURED, 1) not in _counts(f"Title\n{body}")


@pytest.mark.parametrize(
    "text",
    [
        "Pregnant woman shot, unborn baby killed\nBody text.",
        "Title\nOne teen died, while a girl was shot in the leg.",
    ],
)
def test_headline_and_later_clause(text: str) -> None:
    counts = _counts(text)
    assert (INJURED, 1) in counts and (KILLED, 1) in counts


@pytest.mark.parametrize(
    "body",
    [
        # A bare participle is the person's own clause: the later death is theirs.
        "A 9-year-old boy shot early Wednesday during a hunting accident has died.",
        "Mother shot in head by 4-year-old son dies",
        "Police: Girl, 6, who had been shot in head Sunday has died.",
        # The later death names the person again.
        "He was airlifted to Phoenix Children's Hospital, where he later died.",
    ],
)
def test_the_death_is_the_persons_own(body: str) -> None:
    assert (INJURED, 1) not in _counts(f"Title\n{body}")


def test_a_survivor_is_one_of_a_count_of_injured() -> None:
    text = "Title\nThree people were injured. An officer was shot and a man killed."
    assert _counts(text) == [(INJURED, 3), (KILLED, 1)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # One more victim of the shooting told ("also", "second"): care after "shot" is
        # survival.
        (
            "A man died. Another resident, John Roe, 18, was also shot and is being treated.",
            (INJURED, 1),
        ),
        ("A man died. A 17-year-old girl was also shot and is being treated.", (INJURED, 1)),
    ],
)
def test_one_more_victim_in_care_survived(body: str, expected: tuple[FigureKind, int]) -> None:
    assert expected in _counts(f"Title\n{body}")


@pytest.mark.parametrize(
    "body",
    [
        # "another" alone may be the victim of another shooting, days before.
        "Four days after another man was shot, but survived, on that same block.",
        # "also" with no care after: the dead were shot too.
        "Another man was also shot.",
    ],
)
def test_one_more_victim_without_care(body: str) -> None:
    assert (INJURED, 1) not in _counts(f"Title\n{body}")
