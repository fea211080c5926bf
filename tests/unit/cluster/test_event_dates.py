"""A follow-up that names the day of its event is dated by that day, not by its publication."""

from __future__ import annotations

import datetime as dt

from newsprism.cluster.evidence import closest_days, event_dates, prepare_batch, score_parts
from newsprism.cluster.similarity import ScoreParams


def test_event_dates_are_the_publication_and_the_days_named(make_article) -> None:
    article = make_article(
        "A man was charged on Friday in the Oct. 5 shooting in Berclair.",
        title="Suspect arrested",
        published=dt.date(2015, 3, 28),
    )
    friday = dt.date(2015, 3, 27)
    assert event_dates(article) == {dt.date(2015, 3, 28), dt.date(2014, 10, 5), friday}
    assert event_dates(make_article("no date", published=None)) == frozenset()


def test_a_follow_up_naming_the_day_pays_no_time_penalty(make_article, bag_embedder) -> None:
    first = make_article(
        "Two people died and two were hurt in a shooting in Berclair, police said.",
        title="Two dead, two hurt after Berclair shooting",
        published=dt.date(2014, 10, 5),
    )
    named = make_article(
        "Police arrested a man in the Oct. 5 shooting in Berclair that killed two people.",
        title="Suspect arrested for Berclair shooting",
        published=dt.date(2015, 3, 28),
    )
    unnamed = make_article(
        "Police arrested a man in the shooting in Berclair that killed two people.",
        title="Suspect arrested in Berclair killing",
        published=dt.date(2015, 3, 28),
    )
    batch = prepare_batch((first, named, unnamed), bag_embedder, None)
    pairs = [(0, 1), (0, 2)]
    assert closest_days(batch, pairs) == [0, 174]
    time = score_parts(batch, pairs, ScoreParams()).time
    assert time[0] == 0.0
    assert time[1] > 0.5  # 174 days apart, bridged or not
