"""When a template's advice was last checked against its sources, and when that is too old.

Rules for people change faster than software ships, so every template says the day someone
last checked it (`last_reviewed` at the top of the file), each source the day it was read,
and an item may carry its own date when it was checked apart from the rest. A template whose
review is more than six months old tells the user, prominently, to check the current rules.
A user's own template without a top-level date counts from its newest source or item date.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from satchel.errors import NotFoundError
from satchel.services.core.session import VaultSession
from satchel.store.models import Checklist, ChecklistTemplate

STALE_AFTER_MONTHS = 6
SOURCE_WINDOW_DAYS = 365  # a template needs a source read within a year of its review


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _dates(entries: Any) -> list[dt.date]:
    if not isinstance(entries, list):
        return []
    days = (_day(e.get("last_reviewed")) for e in entries if isinstance(e, Mapping))
    return [day for day in days if day is not None]


def review_date(document: Mapping[str, Any]) -> dt.date | None:
    """The template's own review date, else the newest date of its sources and items."""
    own = _day(document.get("last_reviewed")) if document.get("last_reviewed") else None
    if own is not None:
        return own
    dated = _dates(document.get("sources")) + _dates(document.get("items"))
    return max(dated) if dated else None


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (the month's last day if it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover - day 28 exists in every month


def is_stale(reviewed: dt.date | None, today: dt.date | None = None) -> bool:
    """True when the review is older than six months, or the template was never reviewed."""
    if reviewed is None:
        return True
    today = today or dt.date.today()
    return reviewed < months_before(today, STALE_AFTER_MONTHS)


def review_problems(document: Mapping[str, Any], today: dt.date) -> list[str]:
    """What makes a shipped template's review dates dishonest, in words (empty when none).

    A date in the future cannot be a day someone checked anything; a review with no source
    read in the year before it has nothing to stand on.
    """
    problems = []
    reviewed = _day(document.get("last_reviewed")) if document.get("last_reviewed") else None
    if reviewed is None:
        problems.append("has no last_reviewed date of its own")
    elif reviewed > today:
        problems.append(f"last_reviewed {reviewed} is later than today ({today})")
    for where, entries in (("sources", document.get("sources")), ("items", document.get("items"))):
        for number, entry in enumerate(entries or [], start=1):
            day = _day(entry.get("last_reviewed")) if entry.get("last_reviewed") else None
            if day is not None and day > today:
                problems.append(f"{where}[{number}].last_reviewed {day} is later than today")
            if day is not None and reviewed is not None and day > reviewed:
                problems.append(f"{where}[{number}].last_reviewed {day} is after the review")
    sources = _dates(document.get("sources"))
    if reviewed is not None:
        window = reviewed - dt.timedelta(days=SOURCE_WINDOW_DAYS)
        if not any(day >= window for day in sources):
            problems.append(f"no source was reviewed in the year before {reviewed}")
    return problems


@dataclass(frozen=True)
class ChecklistReview:
    """How current the advice in one checklist is: its template version's review date."""

    reviewed_on: dt.date | None
    stale: bool


def checklist_review(
    vs: VaultSession, checklist_id: uuid.UUID, today: dt.date | None = None
) -> ChecklistReview:
    """The review date of the template version a checklist was made from."""
    with vs.reading() as session:
        checklist = session.get(Checklist, checklist_id)
        if checklist is None:
            raise NotFoundError("checklist", str(checklist_id))
        definition = session.scalars(
            select(ChecklistTemplate.definition).where(
                ChecklistTemplate.template_key == checklist.template_key,
                ChecklistTemplate.version == checklist.template_version,
            )
        ).first()
    document = json.loads(definition) if definition else {}
    reviewed = review_date(document) if isinstance(document, dict) else None
    return ChecklistReview(reviewed, is_stale(reviewed, today))
