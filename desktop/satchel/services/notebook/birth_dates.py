"""A date of birth is a date: stored as ISO (1987-03-14), typed any way people write it.

The window's date field sends ISO already; the command line and older vaults hold free text
("14.03.1987", "14 March 1987"). `as_iso` reads the common written forms without Qt, and
`convert_birth_dates` turns the stored ones that read as a date into ISO once per vault, at
unlock. Text that is not a date ("about 1990", "03/04/1987", where day and month cannot be
told apart) is left exactly as it was and shown as it is.
"""
# ruff: noqa: RUF001  (Cyrillic month names are the point here, not a confusable)

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select

from satchel.errors import TamperedError
from satchel.services.core import activity
from satchel.services.core.session import VaultSession
from satchel.store.enums import IdentityField
from satchel.store.models import PersonIdentityField, VaultSetting

FIELD = IdentityField.BIRTH_DATE.value
CONVERTED_SETTING = "birth_dates_iso"  # present once the stored dates were converted
EARLIEST_YEAR = 1900

_MONTHS = {
    # English, German, Russian and Ukrainian month names (genitive and nominative) and
    # their usual abbreviations, folded to lower case.
    **dict.fromkeys(("january", "jan", "januar", "jän", "января", "январь", "янв"), 1),
    **dict.fromkeys(("січня", "січень", "січ"), 1),
    **dict.fromkeys(("february", "feb", "februar", "февраля", "февраль", "фев"), 2),
    **dict.fromkeys(("лютого", "лютий", "лют"), 2),
    **dict.fromkeys(("march", "mar", "märz", "mär", "марта", "март", "мар"), 3),
    **dict.fromkeys(("березня", "березень", "бер"), 3),
    **dict.fromkeys(("april", "apr", "апреля", "апрель", "апр"), 4),
    **dict.fromkeys(("квітня", "квітень", "кві", "квіт"), 4),
    **dict.fromkeys(("may", "mai", "мая", "май"), 5),
    **dict.fromkeys(("травня", "травень", "тра", "трав"), 5),
    **dict.fromkeys(("june", "jun", "juni", "июня", "июнь", "июн"), 6),
    **dict.fromkeys(("червня", "червень", "чер", "черв"), 6),
    **dict.fromkeys(("july", "jul", "juli", "июля", "июль", "июл"), 7),
    **dict.fromkeys(("липня", "липень", "лип"), 7),
    **dict.fromkeys(("august", "aug", "августа", "август", "авг"), 8),
    **dict.fromkeys(("серпня", "серпень", "сер", "серп"), 8),
    **dict.fromkeys(("september", "sep", "sept", "сентября", "сентябрь", "сен", "сент"), 9),
    **dict.fromkeys(("вересня", "вересень", "вер"), 9),
    **dict.fromkeys(("october", "oct", "oktober", "okt", "октября", "октябрь", "окт"), 10),
    **dict.fromkeys(("жовтня", "жовтень", "жов", "жовт"), 10),
    **dict.fromkeys(("november", "nov", "ноября", "ноябрь", "ноя"), 11),
    **dict.fromkeys(("листопада", "листопад", "лис", "лист"), 11),
    **dict.fromkeys(("december", "dec", "dezember", "dez", "декабря", "декабрь", "дек"), 12),
    **dict.fromkeys(("грудня", "грудень", "гру", "груд"), 12),
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$|^(\d{4})(\d{2})(\d{2})$")  # vCard: 19870314
_NUMERIC = re.compile(r"^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})\.?$")
_WORDED = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})(?:\s*(?:г|р)\.?)?$")
_WORDED_MONTH_FIRST = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


def _date(year: int, month: int, day: int, today: dt.date) -> dt.date | None:
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found if year >= EARLIEST_YEAR and found <= today else None


def _year(digits: str, today: dt.date) -> int:
    """Two digits: the century that puts the birth in the past."""
    year = int(digits)
    if len(digits) == 4:
        return year
    return 2000 + year if 2000 + year <= today.year else 1900 + year


def read_birth_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date `text` names, or None when it does not name one day for sure."""
    text = " ".join(text.split()).casefold()
    today = today or dt.date.today()
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups() if part is not None)
        return _date(year, month, day, today)
    if match := _NUMERIC.match(text):
        return _numeric(match, today)
    return _worded(text, today)


def _numeric(match: re.Match[str], today: dt.date) -> dt.date | None:
    first, separator, second, year = int(match[1]), match[2], int(match[3]), match[4]
    full = _year(year, today)
    if separator == "." or first > 12 >= second:  # dotted dates are day first everywhere
        return _date(full, second, first, today)
    if second > 12 >= first:
        return _date(full, first, second, today)
    return None  # 03/04/1987: March or April? left as written


def _worded(text: str, today: dt.date) -> dt.date | None:
    day, month, year = "", "", ""
    if match := _WORDED.match(text):
        day, month, year = match[1], match[2], match[3]
    elif match := _WORDED_MONTH_FIRST.match(text):
        month, day, year = match[1], match[2], match[3]
    number = _MONTHS.get(month)
    return _date(int(year), number, int(day), today) if number else None


def as_iso(text: str) -> str:
    """ISO for a date of birth that reads as one; any other text unchanged."""
    found = read_birth_date(text)
    return found.isoformat() if found else text


def convert_birth_dates(vs: VaultSession) -> int:
    """Once per vault: stored dates of birth that read as a date become ISO (each logged as
    an identity change of that person). Returns how many were converted."""
    with vs.reading() as session:
        if session.get(VaultSetting, CONVERTED_SETTING) is not None:
            return 0
        stored = select(PersonIdentityField.person_id).where(PersonIdentityField.field == FIELD)
        if session.scalar(stored.limit(1)) is None:
            return 0  # nothing stored: nothing to write, not even the mark
    converted = 0
    with vs.transaction() as session:
        rows = session.scalars(
            select(PersonIdentityField).where(PersonIdentityField.field == FIELD)
        )
        for row in rows:
            try:
                text = vs.sealer.open(row.person_id, FIELD, row.sealed)
            except TamperedError:
                continue  # said when the person's identity is revealed; unlock goes on
            found = read_birth_date(text)
            if found is not None and found.isoformat() != text:
                row.sealed = vs.sealer.seal(row.person_id, FIELD, found.isoformat())
                activity.record(session, "changed", "identity", row.person_id, FIELD)
                converted += 1
        session.add(VaultSetting(key=CONVERTED_SETTING, value="true"))
    return converted
