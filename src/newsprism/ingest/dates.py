"""Publication dates from metadata values, without dateparser on the common paths.

Metadata dates are machine-written: ISO 8601 (JSON records, Atom, HTML meta), RFC 2822 (RSS),
epoch seconds, or a handful of English layouts. Anything else is ``None``: an unknown date is
not a reason to reject an article.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from email.utils import parsedate_to_datetime

#: Layouts tried after ISO and RFC 2822, in order. Day-first and month-first numeric layouts
#: are ambiguous ("03/04/2025"): they are read by ``_from_numeric`` only where the order is
#: certain.
_LAYOUTS = (
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d %Y",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y%m%d",
)
_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")
#: A numeric date with the year last: "25/03/2025", "3.25.2025", "25-03-2025 14:00".
_YEAR_LAST = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T].*)?$")
#: Plausible publication years for news (older values are data errors, e.g. epoch 0).
_MIN_YEAR, _MAX_YEAR = 1800, 2200
#: Epoch values above this are milliseconds (10**11 s is the year 5138).
_EPOCH_MS_THRESHOLD = 10**11
#: Epoch timestamps before this year are placeholders (0, 1), not publication dates: news
#: metadata with epoch dates postdates the web.
_MIN_EPOCH_YEAR = 1990


def parse_date(value: object) -> dt.date | None:
    """Return the date in ``value`` (a string, a date/datetime, epoch seconds or a
    ``time.struct_time``), or ``None`` when it cannot be read.

    >>> parse_date("2025-03-09T14:00:00Z"), parse_date("Sun, 09 Mar 2025 14:00:00 GMT")
    (datetime.date(2025, 3, 9), datetime.date(2025, 3, 9))
    >>> parse_date("yesterday") is None
    True
    """
    result: dt.date | None
    if isinstance(value, dt.datetime):
        result = value.date()
    elif isinstance(value, dt.date):
        result = value
    elif isinstance(value, time.struct_time):
        result = _from_parts(value.tm_year, value.tm_mon, value.tm_mday)
    elif isinstance(value, bool):
        result = None
    elif isinstance(value, int | float):
        result = _from_epoch(value)
    elif isinstance(value, str):
        result = _from_string(value.strip())
    else:
        result = None
    if result is not None and not _MIN_YEAR <= result.year <= _MAX_YEAR:
        return None
    return result


def _from_string(text: str) -> dt.date | None:
    if not text:
        return None
    if _ISO_PREFIX.match(text):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None
    # ASCII only: ``isdigit`` is also true of superscripts, which ``float`` refuses.
    if text.isascii() and text.isdigit() and len(text) in (10, 13):
        return _from_epoch(float(text))
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    numeric = _YEAR_LAST.match(text)
    if numeric:
        return _from_numeric(int(numeric[1]), int(numeric[3]), int(numeric[4]))
    cleaned = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text)
    for layout in _LAYOUTS:
        try:
            return dt.datetime.strptime(cleaned, layout).date()
        except ValueError:
            continue
    return None


def _from_numeric(first: int, second: int, year: int) -> dt.date | None:
    """The date of a day-first or month-first numeric date, where the order is certain: one
    part above 12 must be the day ("25/03/2025", "03/25/2025"), or both parts are equal
    ("04/04/2025"). "03/04/2025" is 3 April in Europe and 4 March in the US: ``None``."""
    if first > 12 >= second:
        return _from_parts(year, second, first)
    if second > 12 >= first or first == second:
        return _from_parts(year, first, second)
    return None


def _from_epoch(value: float) -> dt.date | None:
    try:
        seconds = float(value)  # an int of 400 digits overflows a float
    except OverflowError:
        return None
    if seconds > _EPOCH_MS_THRESHOLD:
        seconds /= 1000
    try:
        day = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    return day if day.year >= _MIN_EPOCH_YEAR else None


def _from_parts(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
