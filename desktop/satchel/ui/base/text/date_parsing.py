"""Read a date the way people type it: 2026-12-20, 20.12.2026, 12/20/2026 in the US,
20 Dec 2026, 20 декабря 2026.

The ISO form is always understood; dotted dates are always day first (no language writes
month.day); slashes and dashes follow the user's locale (month first only where the locale
writes it so); a month written as a word is read in the user's language and in English.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale

EARLIEST_YEAR = 1900
LATEST_YEAR = 2199

_NUMERIC = re.compile(r"^(\d{1,4})\s*([./\-\s])\s*(\d{1,2})\s*[./\-\s]\s*(\d{1,4})\.?$")
_WORD_FORMATS = ("d MMMM yyyy", "d MMM yyyy", "d MMMM yy", "d MMM yy", "MMMM d yyyy", "MMM d yyyy")


def _full_year(digits: str, today: dt.date) -> int:
    year = int(digits)
    if len(digits) > 2:
        return year
    # Two digits: the nearest century that keeps the date less than 20 years ahead.
    century = today.year // 100 * 100
    return century + year if century + year <= today.year + 20 else century - 100 + year


def _month_first(locale: QLocale) -> bool:
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat).lstrip()
    return pattern.startswith("M")


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric(text: str, locale: QLocale, today: dt.date) -> dt.date | None:
    match = _NUMERIC.match(text)
    if match is None:
        return None
    first, separator, middle, last = match.groups()
    if len(first) > 2:  # year first: 2026-12-20, 2026.12.20, 2026/12/20
        return _make(int(first), int(middle), int(last)) if len(last) <= 2 else None
    if len(last) not in (2, 4):
        return None
    year = _full_year(last, today)
    if separator != "." and _month_first(locale):
        return _make(year, int(first), int(middle))
    return _make(year, int(middle), int(first))


def _worded(text: str, locale: QLocale) -> dt.date | None:
    # Russian and Ukrainian long dates end with an abbreviated "year" (g. or r. in Cyrillic).
    cleaned = re.sub(r"[,]|\s+[\u0433\u0440]\.?$", " ", text)
    cleaned = re.sub(r"\s+", " ", cleaned).strip().rstrip(".")
    for reader in (locale, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)):
        for pattern in _WORD_FORMATS:
            for candidate in (cleaned, cleaned.replace(".", "")):
                qdate = reader.toDate(candidate, pattern)
                if qdate.isValid():
                    return _make(qdate.year(), qdate.month(), qdate.day())
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            qdate = reader.toDate(text.strip(), kind)
            if qdate.isValid():
                return _make(qdate.year(), qdate.month(), qdate.day())
    return None


def parse_typed_date(
    text: str, locale: QLocale | None = None, today: dt.date | None = None
) -> dt.date | None:
    """The date in `text`, or None when it does not read as one (empty text included)."""
    text = text.strip()
    if not text:
        return None
    locale = locale or QLocale()
    today = today or dt.date.today()
    return _numeric(text, locale, today) or _worded(text, locale)


def typing_example(locale: QLocale | None = None) -> str:
    """How a date can be typed in this locale, with a four-digit year, e.g. "20.12.2026"."""
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(2026, 12, 20), pattern)
