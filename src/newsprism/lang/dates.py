"""Calendar dates written out in a text ("Oct. 5", "5 octobre 2014", "6 Şubat'ta", "٤ آب ٢٠٢٠"),
read against the article's publication date (``resources/<iso>/dates.toml``).

Story clustering dates the event a later report looks back on with them: a report of an arrest
months after a shooting names "the Oct. 5 shooting", and that date, not the report's own, is
the one to compare with the first reports. Only day and month together make a date (a month
alone, "last March", says too little). A date without a year is the latest such day on or
before the publication date; dates after publication (a trial set for next month) or more
than ``MAX_DAYS_BACK`` before it are left out. A day of the week ("on Saturday", "samedi",
"يوم الجمعة") is the latest such day on or before publication, that day included.

A pack lists its months in calendar order, each with its forms (matched folded: case, accents,
Arabic letter variants), the orders it writes (``day-month``: "5 October", "5. Oktober", "5 de
octubre"; ``month-day``: "October 5", read only with the month capitalised, so "may 5" and
"march 20 miles" are no dates), the words allowed between day, month and year ("de", "من")
and its weekdays, Monday first (``weekday_capitals``: read only capitalised, where the word has
a lower-case sense, Indonesian "minggu" = week; ``weekday_glued``: German "Samstagabend").
Its ``[[examples]]`` are run by the tests. A file with an unknown key is an error.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsprism.lang.places import fold

#: Oldest date read, in days before publication: an event's reports (arrests, trials, the
#: anniversary) come within about two years.
MAX_DAYS_BACK = 800
#: Days after publication still read as past (time zones: a report dated the 4th names "the
#: 5th" where it happened).
DAYS_AHEAD = 1

_ORDERS = frozenset({"day-month", "month-day"})
_CALENDAR_KEYS = frozenset(
    {"months", "orders", "joiners", "weekdays", "weekday_capitals", "weekday_glued"}
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DAY = r"(?<![\d.,])(3[01]|[12]\d|0?[1-9])"
_YEAR = r"((?:19|20)\d\d)(?!\d)"
_DAY_SUFFIX = r"(?:\.|er|st|nd|rd|th)?"


class DatePackError(ValueError):
    """A ``dates.toml`` file that does not follow its schema."""


@dataclass(frozen=True, slots=True)
class DateExample:
    """A sentence of a pack and the dates it must give."""

    text: str
    published: dt.date
    dates: tuple[dt.date, ...]


@dataclass(frozen=True, slots=True)
class DateReader:
    """One language's patterns of written dates (see the module docstring)."""

    day_month: re.Pattern[str] | None
    month_day: re.Pattern[str] | None
    month_of: dict[str, int]
    examples: tuple[DateExample, ...] = ()
    weekdays: re.Pattern[str] | None = None
    weekday_of: dict[str, int] | None = None
    weekday_capitals: bool = False

    def read(self, text: str, published: dt.date) -> frozenset[dt.date]:
        """The dates ``text`` names, read against ``published``."""
        digits = text.translate(_DIGITS)
        found: set[dt.date] = set()
        folded = fold(digits)
        if self.day_month is not None:
            for m in self.day_month.finditer(folded):
                found |= _resolve(m.group(1), m.group(2), m.group(3), published, self.month_of)
        if self.month_day is not None:
            for m in self.month_day.finditer(digits):
                if m.group(1)[:1].isupper():
                    found |= _resolve(
                        m.group(2), fold(m.group(1)), m.group(3), published, self.month_of
                    )
        found |= self._weekdays(digits if self.weekday_capitals else folded, published)
        return frozenset(found)

    def _weekdays(self, text: str, published: dt.date) -> set[dt.date]:
        """The latest day on or before ``published`` of each weekday ``text`` names (``text``
        folded unless the pack reads weekdays only capitalised)."""
        if self.weekdays is None or self.weekday_of is None:
            return set()
        found: set[dt.date] = set()
        for m in self.weekdays.finditer(text):
            if self.weekday_capitals and not m.group(1)[:1].isupper():
                continue
            weekday = self.weekday_of.get(" ".join(fold(m.group(1)).split()))
            if weekday is not None:
                back = (published.weekday() - weekday) % 7
                found.add(published - dt.timedelta(days=back))
        return found


def _resolve(
    day: str, month: str, year: str | None, published: dt.date, month_of: dict[str, int]
) -> set[dt.date]:
    number = month_of.get(" ".join(month.rstrip(".").split()))
    if number is None:
        return set()
    years = [int(year)] if year else [published.year, published.year - 1]
    latest = published + dt.timedelta(days=DAYS_AHEAD)
    for candidate in years:
        try:
            date = dt.date(candidate, number, int(day))
        except ValueError:
            continue
        if date <= latest:
            return {date} if (published - date).days <= MAX_DAYS_BACK else set()
    return set()


def _alternation(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def parse_date_pack(data: dict[str, Any], name: str) -> DateReader:
    """Validate and build the date patterns of one ``dates.toml`` (``name`` is used in errors)."""
    unknown = set(data) - {"calendar", "examples"}
    calendar = data.get("calendar", {})
    unknown |= {f"calendar.{k}" for k in set(calendar) - _CALENDAR_KEYS}
    if unknown:
        raise DatePackError(f"{name}: unknown key(s): {', '.join(sorted(unknown))}")
    months = calendar.get("months", [])
    if len(months) != 12 or not all(isinstance(m, list) and m for m in months):
        raise DatePackError(f"{name}: [calendar] months must list 12 months, each with its forms")
    orders = set(calendar.get("orders", ["day-month"]))
    if not orders or orders - _ORDERS:
        raise DatePackError(f"{name}: [calendar] orders must be among {', '.join(sorted(_ORDERS))}")
    month_of = {fold(form): n for n, forms in enumerate(months, start=1) for form in forms}
    names = _alternation(list(month_of))
    joiners = [fold(j) for j in calendar.get("joiners", [])]
    join = rf"(?:\s+(?:{_alternation(joiners)}))?" if joiners else ""
    after = r"(?![^\W\d_])"  # the month is a whole word ("6 şubat'ta" ends at the apostrophe)
    day_month = re.compile(
        rf"{_DAY}{_DAY_SUFFIX}{join}\s+({names})\.?{after}(?:,?{join}\s+{_YEAR})?"
    )
    raw_names = _alternation([f for forms in months for f in forms])
    month_day = re.compile(
        rf"(?<![^\W\d_])({raw_names})\.?\s+{_DAY}(?:st|nd|rd|th)?(?![\d:])(?:,?\s+{_YEAR})?",
        re.IGNORECASE,
    )
    examples = tuple(
        DateExample(
            text=str(e["text"]),
            published=dt.date.fromisoformat(str(e["published"])),
            dates=tuple(dt.date.fromisoformat(str(d)) for d in e["dates"]),
        )
        for e in data.get("examples", [])
    )
    weekdays = calendar.get("weekdays", [])
    if weekdays and (len(weekdays) != 7 or not all(isinstance(w, list) and w for w in weekdays)):
        raise DatePackError(f"{name}: [calendar] weekdays must list 7 days, Monday first")
    weekday_of = {fold(form): n for n, forms in enumerate(weekdays) for form in forms}
    glued = r"[^\W\d_]*" if calendar.get("weekday_glued", False) else ""
    capitals = bool(calendar.get("weekday_capitals", False))
    weekday_pattern = (
        re.compile(
            rf"(?<![^\W\d_])({_alternation(list(weekday_of))}){glued}(?![^\W\d_])",
            re.IGNORECASE if capitals else 0,
        )
        if weekday_of
        else None
    )
    return DateReader(
        weekdays=weekday_pattern,
        weekday_of=weekday_of or None,
        weekday_capitals=capitals,
        day_month=day_month if "day-month" in orders else None,
        month_day=month_day if "month-day" in orders else None,
        month_of=month_of,
        examples=examples,
    )


@functools.cache
def date_reader(lang: str) -> DateReader | None:
    """The date patterns of ``lang`` (``None`` for a language without ``dates.toml``)."""
    if not re.fullmatch(r"[a-z]{2,3}", lang):
        return None
    path = resources.files("newsprism.lang") / "resources" / lang / "dates.toml"
    if not path.is_file():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return parse_date_pack(data, f"{lang}/dates.toml")


def mentioned_dates(text: str, lang: str, published: dt.date | None) -> frozenset[dt.date]:
    """The calendar dates ``text`` (in language ``lang``) names, on or before ``published``
    (none without a publication date or a date pack for ``lang``)."""
    reader = date_reader(lang)
    if reader is None or published is None:
        return frozenset()
    return reader.read(text, published)
