"""Tests for lang.dates: calendar dates written out, in every language pack."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.lang.dates import (
    DAYS_AHEAD,
    MAX_DAYS_BACK,
    DatePackError,
    date_reader,
    mentioned_dates,
    parse_date_pack,
)

PACKS = sorted(
    p.name
    for p in (resources.files("newsprism.lang") / "resources").iterdir()
    if p.is_dir() and (p / "dates.toml").is_file()
)


def test_every_language_pack_reads_dates() -> None:
    assert set(PACKS) >= {"ar", "de", "en", "es", "fr", "id", "tr"}


@pytest.mark.parametrize("lang", PACKS)
def test_pack_examples(lang: str) -> None:
    reader = date_reader(lang)
    assert reader is not None
    assert reader.examples, f"{lang}/dates.toml has no [[examples]]"
    for example in reader.examples:
        got = sorted(reader.read(example.text, example.published))
        assert got == sorted(example.dates), example.text


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        # no year: the latest such day on or before publication
        ("en", "after the Dec. 28 shooting", "2015-01-03", ["2014-12-28"]),
        ("en", "charged in the October 5th shooting", "2015-03-28", ["2014-10-05"]),
        ("de", "Am 6. Februar bebte die Erde", "2023-02-20", ["2023-02-06"]),
        ("es", "el 1 de mayo", "2024-05-03", ["2024-05-01"]),
        ("fr", "le 1er mars", "2024-03-02", ["2024-03-01"]),
        ("ar", "في 6 شباط", "2023-02-08", ["2023-02-06"]),
        # a day after publication is read as past (time zones), later ones are not
        ("en", "on Oct. 5", "2014-10-04", ["2014-10-05"]),
        ("en", "the trial is set for June 10, 2016", "2015-08-02", []),
        # too long ago, impossible days, a time or a month alone
        ("en", "since January 3, 2001", "2015-01-03", []),
        ("en", "on Feb. 30", "2015-03-01", []),
        ("en", "at 10:30 in July", "2015-08-01", []),
        # days of the week: the latest on or before publication (a Monday here)
        ("en", "the shooting on Saturday night", "2014-10-06", ["2014-10-04"]),
        ("en", "the Monday meeting", "2014-10-06", ["2014-10-06"]),
        ("en", "a sunday school", "2014-10-06", []),  # read only capitalised in English
        ("id", "Minggu malam; minggu lalu", "2025-03-31", ["2025-03-30"]),
        ("de", "am Samstagabend", "2025-03-31", ["2025-03-29"]),
        ("fr", "dans la nuit de samedi à dimanche", "2025-03-31", ["2025-03-29", "2025-03-30"]),
    ],
)
def test_dates_read_against_publication(
    lang: str, text: str, published: str, expected: list[str]
) -> None:
    got = mentioned_dates(text, lang, dt.date.fromisoformat(published))
    assert sorted(got) == [dt.date.fromisoformat(d) for d in expected]


def test_no_dates_without_a_publication_date_or_a_pack() -> None:
    assert mentioned_dates("on Oct. 5, 2014", "en", None) == frozenset()
    assert mentioned_dates("on Oct. 5, 2014", "xx", dt.date(2015, 1, 1)) == frozenset()
    assert mentioned_dates("on Oct. 5, 2014", "../en", dt.date(2015, 1, 1)) == frozenset()


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=200),
    lang=st.sampled_from(PACKS),
    published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
)
def test_dates_read_from_any_text_lie_in_the_window(
    text: str, lang: str, published: dt.date
) -> None:
    for date in mentioned_dates(text, lang, published):
        assert published - dt.timedelta(days=MAX_DAYS_BACK) <= date
        assert date <= published + dt.timedelta(days=DAYS_AHEAD)


@settings(max_examples=200, deadline=None)
@given(
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    back=st.integers(0, 700),
    lang=st.sampled_from(PACKS),
)
def test_a_written_date_with_its_year_is_read_back(
    day: int, month: int, back: int, lang: str
) -> None:
    reader = date_reader(lang)
    assert reader is not None
    date = dt.date(2015, month, day)
    forms = {fold_key: n for fold_key, n in reader.month_of.items() if n == month}
    name = next(iter(forms))
    published = date + dt.timedelta(days=back)
    assert date in reader.read(f"x {day} {name} {date.year} x", published)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"calendar": {"months": [["a"]] * 11}}, "12 months"),
        ({"calendar": {"months": [["a"]] * 12, "order": ["day-month"]}}, "unknown key"),
        ({"calendar": {"months": [["a"]] * 12, "orders": ["year-day"]}}, "orders"),
        ({"calender": {}}, "unknown key"),
        ({"calendar": {"months": [["a"]] * 12, "weekdays": [["b"]] * 5}}, "7 days"),
    ],
)
def test_a_malformed_pack_is_refused(data: dict[str, object], message: str) -> None:
    with pytest.raises(DatePackError, match=message):
        parse_date_pack(data, "xx/dates.toml")
