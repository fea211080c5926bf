"""parse_date: metadata dates without dateparser."""

from __future__ import annotations

import datetime as dt
import time

import pytest

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


@pytest.mark.parametrize("value", ["", "yesterday", "2025-13-45", None, True, [], "03/04/2025", 0])
def test_parse_date_returns_none_for_unreadable(value: object) -> None:
    assert parse_date(value) is None
