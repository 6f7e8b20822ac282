"""What is due, across every case: dated checklist items still open, and case deadlines.

Done and not-needed items never show, and neither does anything of a closed case: closing
a case settles its reminders.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Row, literal, select, union_all
from sqlalchemy import case as sql_case

from satchel.errors import InvalidInputError
from satchel.services.core.session import VaultSession
from satchel.store.enums import CaseStatus, ItemState
from satchel.store.models import Case, Checklist, ChecklistItem

DueKind = Literal["checklist_item", "case"]
OPEN_ITEM_STATES = (ItemState.TODO.value, ItemState.IN_PROGRESS.value)
EXPIRING_DAYS = 30


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    id: uuid.UUID  # the checklist item's id, or the case's for a case deadline
    case_id: uuid.UUID
    case_title: str
    title: str  # the item's title; for a case, its next action or else its title
    due_date: dt.date
    days_left: int  # negative once the date has passed
    overdue: bool
    state: str  # the item's state, or the case's status


def due_items(
    vs: VaultSession,
    *,
    within_days: int | None = None,
    today: dt.date | None = None,
    offset: int = 0,
    limit: int = 500,
) -> list[DueItem]:
    """Everything with a due date, soonest first (then by title); overdue ones included.

    `within_days` keeps what falls due by today + within_days (overdue items too).
    """
    if within_days is not None and within_days < 0:
        raise InvalidInputError(f"Cannot look {within_days} days ahead; give 0 or more.")
    if offset < 0 or limit < 0:
        raise InvalidInputError("The page offset and limit cannot be negative.")
    day = today or dt.date.today()
    items = (
        select(
            literal("checklist_item").label("kind"),
            ChecklistItem.id.label("id"),
            Case.id.label("case_id"),
            Case.title.label("case_title"),
            ChecklistItem.title.label("title"),
            ChecklistItem.due_date.label("due_date"),
            ChecklistItem.state.label("state"),
        )
        .join(Checklist, ChecklistItem.checklist_id == Checklist.id)
        .join(Case, Checklist.case_id == Case.id)
        .where(
            ChecklistItem.due_date.is_not(None),
            ChecklistItem.state.in_(OPEN_ITEM_STATES),
            Case.status != CaseStatus.CLOSED.value,
        )
    )
    cases = select(
        literal("case").label("kind"),
        Case.id.label("id"),
        Case.id.label("case_id"),
        Case.title.label("case_title"),
        sql_case((Case.next_action != "", Case.next_action), else_=Case.title).label("title"),
        Case.due_date.label("due_date"),
        Case.status.label("state"),
    ).where(Case.due_date.is_not(None), Case.status != CaseStatus.CLOSED.value)
    if within_days is not None:
        horizon = day + dt.timedelta(days=within_days)
        items = items.where(ChecklistItem.due_date <= horizon)
        cases = cases.where(Case.due_date <= horizon)
    both = union_all(items, cases).subquery()
    query = (
        select(both)
        .order_by(both.c.due_date, both.c.title, both.c.kind, both.c.id)
        .offset(offset)
        .limit(limit)
    )
    with vs.reading() as session:
        rows = session.execute(query).all()
    return [_item(row, day) for row in rows]


def _item(row: Row[Any], today: dt.date) -> DueItem:
    values: tuple[Any, ...] = tuple(row)
    kind, ident, case_id, case_title, title, due, state = values
    days = (due - today).days
    return DueItem(
        kind=kind,
        id=ident,
        case_id=case_id,
        case_title=case_title,
        title=title or case_title,
        due_date=due,
        days_left=days,
        overdue=days < 0,
        state=state,
    )


def expiring_soon(
    vs: VaultSession, days: int = EXPIRING_DAYS, today: dt.date | None = None
) -> list[DueItem]:
    """What falls due within `days` of today, overdue items first."""
    return due_items(vs, within_days=days, today=today)
