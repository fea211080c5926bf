"""parse_date: metadata dates without dateparser."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.ingest.dates import parse_date

_DAY = dt.date(2025, 3, 9)


@pytest.mark.parametrize(
    "value",
    [
        "2025-03-09",
        "2025-03-09T14:00:00+02:00",
        "2025-03-09 14:00",
        "Sun, 09 Mar 2025 14:00:00 GMT",
        "March 9, 2025",
        "9 March 2025",
        "Mar 9th, 2025",
        "2025/03/09",
        "20250309",
        dt.datetime(2025, 3, 9, 12, 0),
        _DAY,
        time.struct_time((2025, 3, 9, 0, 0, 0, 6, 68, 0)),
        1741521600,
        "1741521600",
        1741521600000,
    ],
)
def test_parse_date_reads_common_formats(value: object) -> None:
    assert parse_date(value) == _DAY


@pytest.mark.parametrize(
    "value",
    [
        *("", "yesterday", "2025-13-45", None, True, [], "03/04/2025", "31/02/2025"),
        *("13/13/2025", 0, float("inf"), float("nan"), 1e308),
        # issue #12: a 400-digit epoch overflowed a float; superscripts passed isdigit()
        10**400,
        "\u00b2" * 10,
    ],
)
def test_parse_date_returns_none_for_unreadable(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("25/03/2025", dt.date(2025, 3, 25)),
        ("03/25/2025", dt.date(2025, 3, 25)),
        ("25.03.2025 14:00", dt.date(2025, 3, 25)),
        ("12-31-2024T10:00", dt.date(2024, 12, 31)),
        ("04/04/2025", dt.date(2025, 4, 4)),
    ],
)
def test_parse_date_reads_numeric_dates_whose_order_is_certain(
    value: str, expected: dt.date
) -> None:
    assert parse_date(value) == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_numeric_dates_are_read_in_either_order_or_not_at_all(day: dt.date) -> None:
    day_first = parse_date(f"{day.day:02d}/{day.month:02d}/{day.year}")
    month_first = parse_date(f"{day.month:02d}/{day.day:02d}/{day.year}")
    if day.day > 12 or day.day == day.month:
        assert day_first == month_first == day
    else:
        # "03/04/2025" is 3 April or 4 March: never guessed.
        assert day_first is None and month_first is None
