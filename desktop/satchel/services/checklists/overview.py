"""Every checklist of every case with its progress, one page at a time, for the Checklists list.

Counted in SQL (one grouped query per page), so a vault with thousands of checklists never
loads their items into Python.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import case as sql_case
from sqlalchemy import func, select

from satchel.errors import InvalidInputError
from satchel.services.core.session import VaultSession
from satchel.store.enums import ItemState
from satchel.store.models import Case, Checklist, ChecklistItem

OPEN_STATES = (ItemState.TODO.value, ItemState.IN_PROGRESS.value)


@dataclass(frozen=True)
class ChecklistOverview:
    id: uuid.UUID
    case_id: uuid.UUID
    case_title: str
    title: str
    done: int
    counted: int  # items that are needed at all (not "not needed")
    next_due: dt.date | None  # the earliest date among items still open
    overdue: int  # open items whose date has passed


def count_checklists(vs: VaultSession) -> int:
    with vs.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Checklist)) or 0)


def list_all_checklists(
    vs: VaultSession, offset: int = 0, limit: int = 200, *, today: dt.date | None = None
) -> list[ChecklistOverview]:
    """Checklists ordered by case title, then by when they were added."""
    if offset < 0 or limit < 0:
        raise InvalidInputError("The page offset and limit cannot be negative.")
    day = today or dt.date.today()
    state = ChecklistItem.state
    is_open = state.in_(OPEN_STATES)
    query = (
        select(
            Checklist.id,
            Case.id,
            Case.title,
            Checklist.title,
            func.coalesce(func.sum(sql_case((state == ItemState.DONE.value, 1), else_=0)), 0),
            func.coalesce(
                func.sum(
                    sql_case(
                        (ChecklistItem.id.is_not(None) & (state != ItemState.NOT_NEEDED.value), 1),
                        else_=0,
                    )
                ),
                0,
            ),
            func.min(sql_case((is_open, ChecklistItem.due_date), else_=None)),
            func.coalesce(
                func.sum(sql_case((is_open & (ChecklistItem.due_date < day), 1), else_=0)), 0
            ),
        )
        .join(Case, Checklist.case_id == Case.id)
        .outerjoin(ChecklistItem, ChecklistItem.checklist_id == Checklist.id)
        .group_by(Checklist.id, Case.id, Case.title, Checklist.title, Checklist.created_at)
        .order_by(func.lower(Case.title), Case.id, Checklist.created_at, Checklist.id)
        .offset(offset)
        .limit(limit)
    )
    with vs.reading() as session:
        rows = session.execute(query).all()
    return [
        ChecklistOverview(
            id=checklist_id,
            case_id=case_id,
            case_title=case_title,
            title=title,
            done=int(done),
            counted=int(counted),
            next_due=_as_date(next_due),
            overdue=int(overdue),
        )
        for checklist_id, case_id, case_title, title, done, counted, next_due, overdue in rows
    ]


def _as_date(value: object) -> dt.date | None:
    """min() over a CASE loses the column type in SQLite: dates come back as text."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def case_titles(vs: VaultSession, case_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Titles of these cases (pseudonym-based by design), for labels such as search results."""
    wanted = list(dict.fromkeys(case_ids))
    if not wanted:
        return {}
    with vs.reading() as session:
        rows = session.execute(select(Case.id, Case.title).where(Case.id.in_(wanted))).all()
    return {case_id: title for case_id, title in rows}
