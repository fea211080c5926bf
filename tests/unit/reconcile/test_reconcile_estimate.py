from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newsprism.model.figures import AttributionKind, Qualifier
from newsprism.reconcile.estimate import estimate
from newsprism.reconcile.origins import assign_origins, build_origins

NAMED = AttributionKind.NAMED


def run(figures, dates=None):
    keys = assign_origins(figures, {})
    return estimate(figures, build_origins(figures, keys), keys, dates or {})


def test_estimate_prefers_named_over_more_articles_unattributed(make_figure) -> None:
    figures = [
        make_figure("a1", value=900),
        make_figure("a2", value=900),
        make_figure("a3", value=1200, attribution=NAMED, source="Ministry of Health"),
    ]
    result = run(figures)
    assert result.best == 1200
    assert "Ministry of Health" in result.rule


def test_estimate_takes_the_latest_dated_figure_of_the_origin(make_figure) -> None:
    early = make_figure("a1", value=340, attribution=NAMED, source="SOHR")
    late = make_figure("a2", value=1500, attribution=NAMED, source="SOHR")
    result = run(
        [early, late], {early.figure_id: dt.date(2025, 3, 7), late.figure_id: dt.date(2025, 3, 14)}
    )
    assert (result.low, result.best, result.high) == (1500, 1500, 1500)
    assert result.best_figure_id == late.figure_id


def test_magnitude_word_never_sets_best_when_a_number_exists(make_figure) -> None:
    figures = [
        make_figure("a1", low=2000, qualifier=Qualifier.THOUSANDS, attribution=NAMED, source="HRW"),
        make_figure("a2", value=600, low=600, qualifier=Qualifier.AT_LEAST),
    ]
    result = run(figures)
    assert result.best == 600
    assert "magnitude words bound but do not set the best" in result.rule


def test_only_magnitude_words_give_their_bound(make_figure) -> None:
    result = run([make_figure("a1", low=200, qualifier=Qualifier.HUNDREDS)])
    assert (result.low, result.best, result.high) == (200, 200, 200)
    assert "only magnitude words" in result.rule


def test_low_and_high_come_from_named_origins_and_bracket_best(make_figure) -> None:
    figures = [
        make_figure("a1", value=1383, attribution=NAMED, source="SOHR"),
        make_figure(
            "a2",
            value=1000,
            low=1001,
            qualifier=Qualifier.MORE_THAN,
            attribution=NAMED,
            source="SNHR",
        ),
        make_figure("a3", value=1500, attribution=NAMED, source="SNHR", tag="later"),
        make_figure("a4", value=5000),
    ]
    result = run(figures)
    assert result.low is not None and result.best is not None and result.high is not None
    assert result.low <= result.best <= result.high
    assert result.high == 1500  # the unattributed 5,000 is shown but does not set the high
    assert "nothing averaged" in result.rule


def _headlined(figure):
    return dataclasses.replace(figure, in_headline=True)


def test_headline_total_outranks_a_named_part_of_the_story(make_figure) -> None:
    # "Two killed" in the headline and the body; police name one of the dead, in two
    # articles (so the one is stated more widely than the two: no wider report).
    figures = [
        _headlined(make_figure("a1", value=2, tag="headline")),
        make_figure("a1", value=2, sentence_index=2),
        make_figure("a1", value=1, attribution=NAMED, source="police", sentence_index=3),
        make_figure("a2", value=1, attribution=NAMED, source="police"),
    ]
    result = run(figures)
    assert result.best == 2
    assert "headline" in result.rule
    assert "police" in result.rule
    assert result.low is not None and result.low <= 2 <= (result.high or 0)


def test_headline_total_needs_no_more_than_the_named_figure_is_stated(make_figure) -> None:
    # The named figure is stated three times, the headline figure once: the named one stays.
    figures = [
        _headlined(make_figure("a1", value=2, tag="headline")),
        *(
            make_figure(f"a{k}", value=1, attribution=NAMED, source="police", sentence_index=k)
            for k in range(2, 5)
        ),
    ]
    assert run(figures).best == 1


@pytest.mark.parametrize("named_in_headline", [True, False])
def test_headline_total_only_when_no_headline_states_the_best(
    make_figure, named_in_headline: bool
) -> None:
    # The named one is stated by two articles, the two by one: no wider report.
    named = make_figure("a2", value=1, attribution=NAMED, source="police")
    figures = [
        _headlined(make_figure("a1", value=2, tag="headline")),
        make_figure("a1", value=2, sentence_index=2),
        _headlined(named) if named_in_headline else named,
        make_figure("a3", value=1, attribution=NAMED, source="police"),
    ]
    assert run(figures).best == (1 if named_in_headline else 2)


def test_a_larger_figure_stated_by_more_articles_outweighs_the_best_attributed(
    make_figure,
) -> None:
    # Police name one wounded victim; three articles report three wounded.
    figures = [
        make_figure("a1", value=1, attribution=NAMED, source="police"),
        make_figure("a1", value=3, sentence_index=2),
        make_figure("a2", value=3),
        make_figure("a3", value=3),
    ]
    result = run(figures)
    assert result.best == 3
    assert "stated alike by more articles (3 against 1)" in result.rule
    assert "police" in result.rule
    assert result.low is not None and result.low <= 3 <= (result.high or 0)


@pytest.mark.parametrize(
    ("other", "articles"),
    [
        (3, 1),  # larger, but stated by no more articles than the named figure
        (1, 3),  # stated by more articles, but smaller: victims named one by one
    ],
)
def test_a_wider_report_must_be_both_larger_and_more_widely_stated(
    make_figure, other: int, articles: int
) -> None:
    figures = [
        make_figure("a1", value=2, attribution=NAMED, source="police"),
        *(make_figure(f"b{k}", value=other) for k in range(articles)),
    ]
    result = run(figures)
    assert result.best == 2
    assert "more articles" not in result.rule


def test_headline_total_never_replaces_a_larger_more_widely_stated_figure(make_figure) -> None:
    # "16 injured" in one early headline; three articles, one quoting the mayor, say 17.
    figures = [
        _headlined(make_figure("a1", value=16, tag="headline")),
        make_figure("a1", value=16, sentence_index=2),
        make_figure("a2", value=17, attribution=NAMED, source="mayor"),
        make_figure("a3", value=17),
        make_figure("a4", value=17),
    ]
    result = run(figures)
    assert result.best == 17
    assert "headline" not in result.rule


def test_one_is_a_part_of_a_larger_count_stated_by_as_many_articles(make_figure) -> None:
    # Police name one of the dead in each of two articles; both articles say two were killed.
    figures = [
        make_figure("a1", value=1, attribution=NAMED, source="police"),
        make_figure("a2", value=1, attribution=NAMED, source="police"),
        make_figure("a1", value=2, sentence_index=2),
        make_figure("a2", value=2, sentence_index=2),
    ]
    result = run(figures)
    assert result.best == 2
    assert "a count of one person is a part" in result.rule
    assert "police" in result.rule


def test_one_is_a_part_of_an_exact_count_repeated_in_its_one_article(make_figure) -> None:
    # One article: "Two people were killed ... The two men who were killed ..."; police name one.
    figures = [
        make_figure("a1", value=1, attribution=NAMED, source="police"),
        make_figure("a1", value=2, sentence_index=2),
        make_figure("a1", value=2, sentence_index=5),
    ]
    assert run(figures).best == 2


@pytest.mark.parametrize(
    ("named", "others"),
    [
        # a larger number stated once: it may misread an age or a date
        (1, [(19, Qualifier.EXACT, 1)]),
        # a bound repeated in one article counts another event ("at least 265 were shot")
        (1, [(265, Qualifier.AT_LEAST, 2)]),
        # the rule is about a count of one: two named victims against three stays two
        (2, [(3, Qualifier.EXACT, 2)]),
    ],
)
def test_one_is_a_part_needs_a_repeated_count(
    make_figure, named: int, others: list[tuple[int, Qualifier, int]]
) -> None:
    figures = [make_figure("a1", value=named, attribution=NAMED, source="police")]
    for value, qualifier, times in others:
        low = value if qualifier is Qualifier.AT_LEAST else None
        figures += [
            make_figure("a2", value=value, low=low, qualifier=qualifier, sentence_index=k)
            for k in range(times)
        ]
    assert run(figures).best == named


@pytest.mark.parametrize(("lead_sentence", "best"), [(2, 2), (3, 2), (4, 1), (9, 1)])
def test_a_headline_one_is_one_of_the_count_its_lead_states(
    make_figure, lead_sentence: int, best: int
) -> None:
    # "Two-Year-Old Child Shot" over "A two year old child and a woman are shot overnight":
    # the lead counts two, and the child is one of them. A two stated further down the body
    # (an age, another shooting) leaves the headline's one as the total.
    figures = [
        _headlined(make_figure("a1", value=1, tag="headline")),
        make_figure("a1", value=2, sentence_index=lead_sentence),
    ]
    result = run(figures)
    assert result.best == best
    assert ("lead counts" in result.rule) is (best == 2)
    assert ("total stated in a headline" in result.rule) is (best == 1)


def test_a_headline_one_stays_when_its_lead_opens_with_the_one_person(make_figure) -> None:
    # "Teen shot to death" over "A teenager was shot ... Hernandez, 17, died": the body's first
    # figure is the one person; the larger number after it is no total of the story.
    figures = [
        _headlined(make_figure("a1", value=1, tag="headline")),
        make_figure("a1", value=1, sentence_index=1),
        make_figure("a1", value=17, sentence_index=3),
    ]
    result = run(figures)
    assert result.best == 1


def test_a_headline_one_is_a_part_only_of_its_own_article_lead(make_figure) -> None:
    # The two opens the body of another article; the headline of the first stays the total.
    figures = [
        _headlined(make_figure("a1", value=1, tag="headline")),
        make_figure("a2", value=2, sentence_index=1),
    ]
    assert run(figures).best == 1


def test_a_headline_count_above_one_is_never_set_aside_as_a_part(make_figure) -> None:
    # "Two shot" over a lead that says three: the rule reads only a headline's one person.
    figures = [
        _headlined(make_figure("a1", value=2, tag="headline")),
        make_figure("a1", value=3, sentence_index=1),
    ]
    assert run(figures).best == 2


def test_a_headline_count_is_the_total_over_the_one_person_its_body_names(make_figure) -> None:
    # "Police: 10-Year-Old Girl, Teen Shot" over "A 10-year-old girl was hit by a stray bullet",
    # repeated, and a later article about the girl: the headline's two counts her.
    figures = [
        _headlined(make_figure("a1", value=2, tag="headline")),
        make_figure("a1", value=1, sentence_index=1),
        make_figure("a1", value=1, sentence_index=2),
        make_figure("a2", value=1, sentence_index=1),
    ]
    result = run(figures)
    assert result.best == 2
    assert "a person that the body under it states" in result.rule


def test_a_headline_count_needs_its_statements_over_a_one_its_body_does_not_state(
    make_figure,
) -> None:
    # The one is stated only by other articles: the headline's two, stated once, does not
    # replace a one stated three times.
    figures = [
        _headlined(make_figure("a1", value=2, tag="headline")),
        make_figure("a1", value=3, sentence_index=7),
        make_figure("a2", value=1, sentence_index=1),
        make_figure("a3", value=1, sentence_index=1),
        make_figure("a4", value=1, sentence_index=1),
    ]
    assert run(figures).best == 1


def test_a_headline_count_needs_its_statements_over_a_best_above_one(make_figure) -> None:
    # The body under the headline states the chosen two; it is not one person, so the
    # headline's three, stated once against two stated thrice, stays aside.
    figures = [
        _headlined(make_figure("a1", value=3, tag="headline")),
        make_figure("a1", value=2, sentence_index=1),
        make_figure("a2", value=2, sentence_index=1),
        make_figure("a3", value=2, sentence_index=1),
    ]
    assert run(figures).best == 2
