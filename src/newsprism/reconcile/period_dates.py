"""When a figure was true, read from its period phrase ("as of March 9", "per 9 Maret", "as of
Tuesday"), anchored on the article's publication date.

Only explicit calendar dates and weekday names are read; anything else ("48 hours", "two days")
says how long, not when, and gives no date. Month and weekday names are data per language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

MONTHS: Mapping[str, int] = {
    # en
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # id
    "januari": 1, "februari": 2, "maret": 3, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
    "oktober": 10, "desember": 12, "agu": 8, "okt": 10, "des": 12,
    # fr
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12,
    # de
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "dezember": 12,
    # es
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # tr
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # ar
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip

WEEKDAYS: Mapping[str, int] = {
    # en
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
    # id
    # "minggu" (Sunday) is left out: it also means "week" ("dua minggu", two weeks).
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5,
    # fr
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
    # de
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
    # es
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
    # tr ("pazar", Sunday, is left out: it also means market)
    "pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5,
    # ar
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
    "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}  # fmt: skip

#: Days before the publication date that a word names ("yesterday"). French "hier" is left
#: out: it is German for "here".
DAYS_BEFORE: Mapping[str, int] = {
    "yesterday": 1, "kemarin": 1, "gestern": 1, "vorgestern": 2, "ayer": 1, "anteayer": 2,
    "dün": 1, "أمس": 1, "امس": 1,
}  # fmt: skip

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NAME = r"([^\W\d_]+)\.?"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+{_NAME}(?:\s+(\d{{4}}))?", re.UNICODE)
_MONTH_DAY = re.compile(
    rf"\b{_NAME}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.UNICODE
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _calendar(year: str | None, month: int, day: int, published: dt.date | None) -> dt.date | None:
    if year:
        return _date(int(year), month, day)
    if published is None:
        return None
    found = _date(published.year, month, day)
    # "as of December 30" in a January article means last year.
    if found is not None and found > published:
        found = _date(published.year - 1, month, day)
    return found


def period_date(period: str | None, published: dt.date | None) -> dt.date | None:
    """The date a period phrase names, or ``None``.

    >>> period_date("as of March 9", dt.date(2025, 3, 11))
    datetime.date(2025, 3, 9)
    >>> period_date("per 9 Maret 2025", None)
    datetime.date(2025, 3, 9)
    >>> period_date("as of Tuesday", dt.date(2025, 3, 13))
    datetime.date(2025, 3, 11)
    >>> period_date("am Samstag", dt.date(2020, 8, 10))
    datetime.date(2020, 8, 8)
    >>> period_date("dün", dt.date(2023, 6, 4))
    datetime.date(2023, 6, 3)
    >>> period_date("48 hours", dt.date(2025, 3, 13)) is None
    True
    """
    if not period:
        return None
    if (iso := _ISO.search(period)) is not None:
        return _date(int(iso[1]), int(iso[2]), int(iso[3]))
    lowered = period.lower()
    for match in _DAY_MONTH.finditer(lowered):
        if (month := MONTHS.get(match[2])) is not None:
            return _calendar(match[3], month, int(match[1]), published)
    for match in _MONTH_DAY.finditer(lowered):
        if (month := MONTHS.get(match[1])) is not None:
            return _calendar(match[3], month, int(match[2]), published)
    if published is not None:
        words = _WORD.findall(lowered)
        for word in words:
            if (weekday := WEEKDAYS.get(word)) is not None:
                return published - dt.timedelta(days=(published.weekday() - weekday) % 7)
        for word in words:
            if (days := DAYS_BEFORE.get(word)) is not None:
                return published - dt.timedelta(days=days)
    return None
