"""Rules for local incident reporting: counts of people shot, killed and wounded as news states
them, and the numbers beside them that are not counts (ages, addresses, totals, phone numbers)."""

from __future__ import annotations

import pytest

from newsprism.model.figures import FigureKind
from support import gv_figures_of

KILLED, INJURED, SHOT = FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES


def _counts(text: str) -> list[tuple[FigureKind, int | None]]:
    return [(f.kind, f.quantity.value) for f in gv_figures_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A kind word after the number, in its own clause, outranks one before a conjunction.
        ("Title\nPolice said one dead and six injured.", [(KILLED, 1), (INJURED, 6)]),
        ("Title\nFive people were shot, two of them fatally.", [(SHOT, 5), (KILLED, 2)]),
        # Death phrasing of shootings.
        ("Title\nTwo men were shot to death on Sunday.", [(KILLED, 2)]),
        ("Title\nPolice said a 2-year-old boy dies after the shooting.", [(KILLED, 1)]),
        ("Title\nThree people were gunned down at the party.", [(KILLED, 3)]),
        # The longest phrase before the number: "fatal shooting of", not "shooting".
        ("Title\nHe was charged in the fatal shooting of a 7-year-old girl.", [(KILLED, 1)]),
        ("Title\nHe was charged in the shooting death of a student.", [(KILLED, 1)]),
        # People shot who die in the same clause are killed.
        ("Title\nA man was shot several times and died at a hospital.", [(KILLED, 1)]),
        ("Title\nA boy shot during a hunting trip has died.", [(KILLED, 1)]),
        ("Title\nFour people were shot and one died.", [(SHOT, 4), (KILLED, 1)]),
        # Who kills or shoots himself is a victim too.
        ("Title\nPolice said a 3-year-old boy fatally shot himself.", [(KILLED, 1)]),
        # One person in words.
        ("Title\nA man was shot and killed on Monday.", [(KILLED, 1)]),
        ("Title\nA 21-year-old man was shot Sunday.", [(SHOT, 1)]),
        # A list of single people counts them all.
        ("Title\nPolice said a man and a woman were shot.", [(SHOT, 2)]),
        ("Title\nA man, a woman and a boy were killed.", [(KILLED, 3)]),
        # People described by age, or a relative linked by a possessive, join the list.
        (
            "Title\nPolice say a 51-year-old woman and her 6-year-old granddaughter both died.",
            [(KILLED, 2)],
        ),
        ("Title\nA man and his son were wounded.", [(INJURED, 2)]),
        ("Title\nA 16-year-old boy and 20-year-old woman were slain.", [(KILLED, 2)]),
        # A plural after the possessive is no single person: the list stops there.
        ("Title\nA man and his people were hurt.", []),
        ("Title\nA 15-year-old boy and a 16-year-old girl were shot.", [(SHOT, 2)]),
        # Not a person ("his neighbor's dog"); not a list after a colon, which names the
        # people a number before it counted (its first person stays one, as before).
        ("Title\nA 40-year-old man and his neighbor's dog were hurt.", [(INJURED, 1)]),
        (
            "Title\nFour people were found dead: a 41-year-old woman and a 45-year-old man.",
            [(KILLED, 4), (KILLED, 1)],
        ),
        # People named after "including" are a part of the count before, which reads its kind
        # past them; a number after "including" stays a figure of its own.
        ("Title\nPolice say three people, including an infant, were slain.", [(KILLED, 3)]),
        (
            "Title\nTwo were killed and eight others, including a girl, were wounded.",
            [(KILLED, 2), (INJURED, 8)],
        ),
        (
            "Title\nThree people, including two children, were injured.",
            [(INJURED, 3), (INJURED, 2)],
        ),
        # "N others shot" beside the dead are the wounded.
        ("Title\nOne man was killed and 11 others shot.", [(KILLED, 1), (INJURED, 11)]),
        ("Title\nFive other people were shot.", [(SHOT, 5)]),
    ],
)
def test_incident_counts(text: str, expected: list[tuple[FigureKind, int]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police Say 4 Dead After Shooting\n\nBody text follows.", [(KILLED, 4)]),
        ("Teen killed in Lexington shooting\n\nBody text follows.", [(KILLED, 1)]),
        ("Boy, 3, dies after shooting himself\n\nBody text follows.", [(KILLED, 1)]),
        ("Man shot near park\n\nBody text follows.", [(SHOT, 1)]),
        ("Tulsa mother dies after shooting\n\nBody text follows.", [(KILLED, 1)]),
        # An age opening a headline or its clause is one person.
        ("15-year-old shot to death in Rialto\n\nBody text follows.", [(KILLED, 1)]),
        ("10-Year-Old Girl Dies After Being Shot\n\nBody text follows.", [(KILLED, 1)]),
        ("Police: 2-year-old dies after shooting\n\nBody text follows.", [(KILLED, 1)]),
        ("16-Year-Old Girl, Man Shot to Death in Car\n\nBody text.", [(KILLED, 2)]),
        # A casualty phrase before bare nouns opens them too, and a list counts them all.
        ("Suspected in Deaths of Woman, Granddaughter\n\nBody text.", [(KILLED, 2)]),
        ("Husband kills wife and stepdaughter\n\nBody text.", [(KILLED, 2)]),
        ("Jury convicts man in death of officer\n\nBody text.", [(KILLED, 1)]),
        # A list of bare nouns counts each person; a noun after a noun is the same person.
        ("Man, baby found dead inside home\n\nBody text follows.", [(KILLED, 2)]),
        ("Mother, Teen Daughter Found Dead\n\nBody text follows.", [(KILLED, 2)]),
        # Each clause of a headline may open with one.
        ("Man killed, boy injured in drive-by\n\nBody text.", [(KILLED, 1), (INJURED, 1)]),
        ("Woman killed, daughter and brother wounded\n\nBody.", [(KILLED, 1), (INJURED, 2)]),
    ],
)
def test_headlines_in_title_case_and_without_articles(
    text: str, expected: list[tuple[FigureKind, int]]
) -> None:
    figures = gv_figures_of(text)
    assert [(f.kind, f.quantity.value) for f in figures] == expected
    assert all(f.in_headline for f in figures)


@pytest.mark.parametrize(
    "text",
    [
        "Title\nTeen killed in the shooting on Monday, police said.",  # body: no bare single
        "Title\nChannel 4 killed the story.",
        "Shooting on Main Street\n\nPolice are investigating.\n\nMan dies in crash",  # a link
        "Title\nPolice said 15-year-old students were not hurt.",  # an age in body text
    ],
)
def test_bare_singles_only_open_headlines(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "not_values"),
    [
        ("Title\nJones, who was 46, was shot.", {46}),
        ("Title\nThe victim, 26, died at the scene.", {26}),
        ("Title\nThe 14-year-old boy was hurt.", {14}),
        ("Title\nPolice said his daughter, 7, was fatally shot.", {7}),
        ("Title\nAn arrest was made in the fatal shooting of girl, 5.", {5}),
        ("Title\nHe was killed at 2806 Long Lane on Sunday.", {2806}),
        ("Title\nShots rang out in the vicinity of 4501 Southern Parkway, injuring two.", {4501}),
        ("Title\nThe shooting near Club 108 left two injured.", {108}),
        ("Title\nThe shooting at Doubles, 1555 Main St., killed one.", {1555}),
        ("Title\nIt was the 5 of 11 shootings that left people wounded.", {11}),
        ("Title\nTwo men, ages 17 and 19 years old, were found shot and killed.", {17, 19}),
        ("Title\nPolice say a 25 y/o man and a 43 y/o man were shot.", {25, 43}),
        ("Title\nShe called 911 after the shooting that killed two.", {911}),
        ("Title\nIn the winter of '96 three people were killed.", {96}),
        ("Title\nThe man was shot on Hwy. 550 late Sunday.", {550}),
    ],
)
def test_hard_negatives(text: str, not_values: set[int]) -> None:
    values = {f.quantity.value for f in gv_figures_of(text)}
    assert values.isdisjoint(not_values), values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\nPolice: 150 Killed In Attack.", [(KILLED, 150)]),
        ("Title\nReport: 300 Migrants Feared Dead.", [(KILLED, 300)]),
    ],
)
def test_house_numbers_do_not_hide_title_case_counts(
    text: str, expected: list[tuple[FigureKind, int]]
) -> None:
    assert _counts(text) == expected
