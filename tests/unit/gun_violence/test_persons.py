"""One person and what happened to them: a count of one without a number ("The man died at
the hospital"), and the phrasings that must not count (negation, intent, lists)."""

from __future__ import annotations

import pytest

from newsprism.extract.gun_violence.person_cues import load_persons
from newsprism.model.figures import FigureKind, Qualifier
from support import gv_figures_of

KILLED, INJURED = FigureKind.KILLED, FigureKind.INJURED


def _counts(text: str) -> list[tuple[FigureKind, int | None]]:
    return [(f.kind, f.quantity.value) for f in gv_figures_of(text)]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Xzavier Robinson, 19, of Akron, was shot dead on Sunday.", KILLED),
        ("The man died at the hospital.", KILLED),
        ("The child was taken to Bay Medical Center where she later died.", KILLED),
        ("Terrell Skinner, 26, was pronounced dead at the scene.", KILLED),
        ("A 6-year-old accidentally shot and killed his 13-year-old brother.", KILLED),
        ("The 7-year-old was fatally shot Saturday night.", KILLED),
        ("The suspect died from an apparent self-inflicted gunshot wound.", KILLED),
        ("The man was shot and later died.", KILLED),
        ("Police said the victim's mother was wounded.", INJURED),
        ("He was taken to the hospital, where he was pronounced dead.", KILLED),
        ("She was rushed to a hospital, and the girl later died.", KILLED),
        ("Officers shot and killed the suspect.", KILLED),
        ("Brandon-Lucket, of the 1800 block of Fairfield Avenue, was pronounced dead.", KILLED),
        ("He was taken to hospital with non-life-threatening injuries.", INJURED),
        ("The officer was critically injured.", INJURED),
        ("She remains in critical condition.", INJURED),
    ],
)
def test_one_person_counts_one(body: str, kind: FigureKind) -> None:
    figures = gv_figures_of(f"Title\n{body}")
    assert [(f.kind, f.quantity.value) for f in figures] == [(kind, 1)]
    assert figures[0].quantity.qualifier is Qualifier.EXACT
    assert not figures[0].in_headline


@pytest.mark.parametrize(
    "body",
    [
        "No one was injured.",
        "Nobody was hurt.",
        "The officer was not injured.",
        "He wasn't hurt.",
        "He could have died.",
        "He threatened to kill his wife.",
        "He was charged with attempted murder of his girlfriend.",
        "If the man dies, the charges will be upgraded.",
        "The man was shot in the leg.",  # shot: killed or wounded, the text does not say
        "The victims were taken to hospital.",  # plural: counted by numbers only
        "Smith and Jones died at the scene.",  # two people: no count of one
        "Police said Lisa Downs, 57, and Donald Johnson, 23, were wounded.",
        "The man suffered a gunshot wound.",  # the wounds of the dead are worded alike
        "Many died.",
        "The crash happened near Dead River Road, police said.",
    ],
)
def test_no_count_without_a_stated_event(body: str) -> None:
    assert _counts(f"Title\n{body}") == []


def test_the_agent_is_not_counted_the_object_is() -> None:
    assert _counts("Title\nHe killed his wife.") == [(KILLED, 1)]


def test_a_number_in_the_sentence_or_article_outranks_the_person() -> None:
    # Same sentence: the number counts everyone.
    assert _counts("Title\nTwo men were killed; the man died at the scene.") == [(KILLED, 2)]
    # Same article: the named victim is one of those counted.
    text = "Title\nTwo men were killed on Sunday. The man died at the scene."
    assert _counts(text) == [(KILLED, 2)]
    text = "Title\nFour people were shot. Lisa Downs was wounded."
    assert _counts(text) == [(FigureKind.CASUALTIES, 4)]


def test_a_person_beside_another_kind_is_kept() -> None:
    text = "Title\nTwo people were shot on Sunday. The man died at the hospital."
    assert _counts(text) == [(FigureKind.CASUALTIES, 2), (KILLED, 1)]


def test_headline_lines_further_down_are_not_read() -> None:
    text = "Title\n\nPolice are investigating.\n\nJohn Smith was killed"
    assert _counts(text) == []


def test_person_cues_are_english_data_of_the_domain_pack() -> None:
    assert load_persons("en")
    assert load_persons("id") == load_persons("en")  # the domain pack covers English only


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The next sentence opens with the death of the same person: not injured.
        ("The victim was transported to a hospital. The victim later died.", [(KILLED, 1)]),
        ("The man was taken to the hospital. He died Tuesday.", [(KILLED, 1)]),
        ("A 17-year-old was wounded. He was later pronounced dead.", [(KILLED, 1)]),
        # Another person, or a death that does not open the next sentence: both kept.
        ("The man was wounded. His wife died.", [(INJURED, 1), (KILLED, 1)]),
        ("The man was wounded. The woman died.", [(INJURED, 1), (KILLED, 1)]),
        (
            "The man was wounded. Police said later that the woman died.",
            [(INJURED, 1), (KILLED, 1)],
        ),
        # Two sentences on: not the next one.
        (
            "The boy was hospitalized. Police are investigating. He died.",
            [(INJURED, 1), (KILLED, 1)],
        ),
    ],
)
def test_a_death_in_the_next_sentence_supersedes_the_injury(
    body: str, expected: list[tuple[FigureKind, int]]
) -> None:
    assert _counts(f"Title\n{body}") == expected


@pytest.mark.parametrize(
    "body",
    [
        # Care or survival after "was shot", with no death in the sentence: injured.
        "Elijah Roberts, 18, was also shot and is being treated at St. Mary's.",
        "Authorities said Jonquezz Newbill, 2, was also shot and taken to Children's Hospital.",
        "Her mother was shot but survived.",
        "The woman was shot in the arm and is expected to survive.",
    ],
)
def test_shot_then_cared_for_is_injured(body: str) -> None:
    assert _counts(f"Title\n{body}") == [(INJURED, 1)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A death after "was shot" outranks the care before it.
        ("The man was shot and taken to the hospital, where he died.", [(KILLED, 1)]),
        # "was shot" alone, or a doubt before the care: no figure.
        ("The man was shot in the head.", []),
        ("The man was shot and could have been taken to a hospital.", []),
        # The care is of a pronoun naming again a person the sentence found dead.
        ("Brown died shortly after he was taken to a hospital.", [(KILLED, 1)]),
        ("Anna Sanchez died in Spokane, where she had been airlifted.", [(KILLED, 1)]),
    ],
)
def test_shot_care_and_death(body: str, expected: list[tuple[FigureKind, int]]) -> None:
    assert _counts(f"Title\n{body}") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "and" after what happened to someone joins clauses, not people.
        (
            "An 8-year-old girl has died and her father is listed in critical condition.",
            [(KILLED, 1), (INJURED, 1)],
        ),
        (
            "Lusk was killed and Letara Jones was rushed to the hospital.",
            [(KILLED, 1), (INJURED, 1)],
        ),
        # "another" after a clause about one, with its auxiliary left out.
        ("One teen is dead, and another seriously injured.", [(KILLED, 1), (INJURED, 1)]),
        ("One man was killed and another wounded.", [(KILLED, 1), (INJURED, 1)]),
        # Hard negatives: a list of people, "another" of something else, a month.
        ("Smith and his wife died.", []),
        ("He was charged in another shooting.", []),
        ("A 2-year-old girl was fatally injured Nov. 22.", [(KILLED, 1)]),
    ],
)
def test_one_dead_and_another_wounded(body: str, expected: list[tuple[FigureKind, int]]) -> None:
    assert _counts(f"Title\n{body}") == expected


def test_the_other_of_a_pair_stands_beside_the_count_of_people_shot() -> None:
    text = "Title\nHe shot two of the robbers, killing one of them and wounding the other."
    assert _counts(text) == [(FigureKind.CASUALTIES, 2), (KILLED, 1), (INJURED, 1)]
    text = "Title\nTwo men were shot. One died at the scene. The other is in critical condition."
    assert _counts(text) == [(FigureKind.CASUALTIES, 2), (KILLED, 1), (INJURED, 1)]


def test_a_person_wounded_beside_a_death_stands_beside_the_count_of_people_shot() -> None:
    text = "Title\nTwo people were shot. The girl died and her father is in critical condition."
    assert _counts(text) == [(FigureKind.CASUALTIES, 2), (KILLED, 1), (INJURED, 1)]
    # Still one of a count of the injured: "three people were wounded".
    text = (
        "Title\nThree people were wounded. The girl died and her father is in critical condition."
    )
    assert _counts(text) == [(INJURED, 3), (KILLED, 1)]
    # Without a death in its sentence, the person wounded is one of the people shot.
    text = "Title\nTwo people were shot. The girl died. Her father is in critical condition."
    assert _counts(text) == [(FigureKind.CASUALTIES, 2), (KILLED, 1)]
