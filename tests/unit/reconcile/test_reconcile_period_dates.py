from __future__ import annotations

import datetime as dt

import pytest

from newsprism.reconcile.period_dates import period_date

PUBLISHED = dt.date(2025, 3, 13)  # a Thursday


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("as of 2025-03-09", dt.date(2025, 3, 9)),
        ("as of March 9", dt.date(2025, 3, 9)),
        ("as of March 9th, 2024", dt.date(2024, 3, 9)),
        ("per 9 Maret", dt.date(2025, 3, 9)),
        ("hingga 10 Maret 2025", dt.date(2025, 3, 10)),
        ("as of Tuesday", dt.date(2025, 3, 11)),
        ("sejak Selasa", dt.date(2025, 3, 11)),
        ("as of Thursday", dt.date(2025, 3, 13)),
        ("as of December 30", dt.date(2024, 12, 30)),
        ("48 hours", None),
        ("two days", None),
        ("dua minggu", None),
        ("as of February 30", None),
        (None, None),
    ],
)
def test_period_date_reads_dates_and_weekdays(period: str | None, expected: dt.date | None) -> None:
    assert period_date(period, PUBLISHED) == expected


def test_period_date_needs_a_publication_date_for_partial_dates() -> None:
    assert period_date("as of March 9", None) is None
    assert period_date("as of Tuesday", None) is None


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("am Samstag", dt.date(2020, 8, 8)),
        ("اليوم السبت", dt.date(2020, 8, 8)),
        ("este martes", dt.date(2020, 8, 4)),
        ("Çarşamba günü", dt.date(2020, 8, 5)),
        ("jeudi soir", dt.date(2020, 8, 6)),
        ("dün", dt.date(2020, 8, 9)),
        ("le 5 août", dt.date(2020, 8, 5)),
        ("Pazar", None),  # Sunday, or a market: left out
    ],
)
def test_stated_times_resolve_in_every_language(as_of: str, expected: dt.date | None) -> None:
    # Published on Monday 10 August 2020.
    assert period_date(as_of, dt.date(2020, 8, 10)) == expected
