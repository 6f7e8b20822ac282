"""Dates and times in the user's language, with the month as a word.

"5 Dec 2026" rather than 12/5/26: a case file is read by people from many countries, and a
month name cannot be mistaken for a day.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

DATE_FORMAT = "d MMM yyyy"


def format_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone().date()
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, DATE_FORMAT)


def format_moment(value: dt.datetime) -> str:
    local = value.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, f"{DATE_FORMAT}, HH:mm")
