"""Cases: the one place per person helped, with its people, notes and checklists."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, selectinload

from satchel.errors import InvalidInputError
from satchel.services.checklists.case_checklists import checklist_view
from satchel.services.core.indexing import index_case
from satchel.services.core.records import (
    KEEP,
    Keep,
    choice,
    clean_text,
    parse_date,
    require,
    utc_now,
)
from satchel.services.core.session import VaultSession
from satchel.services.core.tags import resolve_tags
from satchel.services.notebook.notes import note_summary
from satchel.services.notebook.record_changes import (
    delete_record,
    finish_create,
    finish_update,
)
from satchel.services.notebook.views import CaseDetail, CaseSummary, MemberView
from satchel.store.enums import CaseStatus, ItemState, Priority
from satchel.store.models import Case, CaseMember, Checklist, ChecklistItem, Note, Tag
from satchel.store.types import fold_key

CASE_STATUSES = tuple(s.value for s in CaseStatus)
PRIORITIES = tuple(p.value for p in Priority)
MAX_TITLE = 200
MAX_TEXT = 20_000


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    tag: str | None = None
    due_before: dt.date | None = None


def create_case(
    vs: VaultSession,
    *,
    title: str,
    status: str = "open",
    priority: str = "normal",
    tags: Iterable[str] = (),
    summary: str = "",
    next_action: str = "",
    due_date: str | dt.date | None = None,
) -> uuid.UUID:
    now = utc_now()
    case = Case(
        title=clean_text(title, "case title", max_length=MAX_TITLE, required=True),
        status=choice(status, "status", CASE_STATUSES),
        priority=choice(priority, "priority", PRIORITIES),
        summary=clean_text(summary, "summary", max_length=MAX_TEXT),
        next_action=clean_text(next_action, "next action", max_length=MAX_TITLE),
        due_date=parse_date(due_date, "due date"),
        opened_at=now,
        updated_at=now,
    )
    with vs.transaction() as session:
        case.tags = resolve_tags(session, tags)
        session.add(case)
        return finish_create(session, "case", case, index_case)


def update_case(
    vs: VaultSession,
    case_id: uuid.UUID | str,
    *,
    title: str | None = None,
    status: str | None = None,
    priority: str | None = None,
    tags: Iterable[str] | None = None,
    summary: str | None = None,
    next_action: str | None = None,
    due_date: str | dt.date | Keep | None = KEEP,
) -> None:
    """Change the given fields; `due_date=None` clears it, leaving it out keeps it."""
    with vs.transaction() as session:
        case = require(session, Case, case_id, "case")
        changed = []
        if title is not None:
            case.title = clean_text(title, "case title", max_length=MAX_TITLE, required=True)
            changed.append("title")
        if status is not None:
            case.status = choice(status, "status", CASE_STATUSES)
            changed.append("status")
        if priority is not None:
            case.priority = choice(priority, "priority", PRIORITIES)
            changed.append("priority")
        if summary is not None:
            case.summary = clean_text(summary, "summary", max_length=MAX_TEXT)
            changed.append("summary")
        if next_action is not None:
            case.next_action = clean_text(next_action, "next action", max_length=MAX_TITLE)
            changed.append("next action")
        if not isinstance(due_date, Keep):
            case.due_date = parse_date(due_date, "due date")
            changed.append("due date")
        if tags is not None:
            case.tags = resolve_tags(session, tags)
            changed.append("tags")
        finish_update(session, "case", case, changed, index_case, tags_given=tags is not None)


def delete_case(vs: VaultSession, case_id: uuid.UUID | str, *, keep: bool = True) -> None:
    """Delete a case with its notes, checklists and attachments; its people stay.

    It goes to Recently deleted unless `keep` is False (then it is purged at once).
    """
    with vs.transaction() as session:
        case = require(session, Case, case_id, "case")
        within = [("note", note.id) for note in case.notes] + [
            ("checklist_item", item.id) for checklist in case.checklists for item in checklist.items
        ]
        delete_record(session, "case", case, case.title, keep=keep, indexed_within=within)


def _filtered(query: Select[Case], where: CaseFilter) -> Select[Case]:
    if where.status:
        query = query.where(Case.status == choice(where.status, "status", CASE_STATUSES))
    if where.tag:
        tag_key = fold_key(where.tag.strip().lstrip("#"))  # stored without its "#"
        query = query.where(Case.tags.any(Tag.name_key == tag_key))
    if where.due_before:
        query = query.where(Case.due_date.is_not(None), Case.due_date <= where.due_before)
    return query


def count_cases(vs: VaultSession, where: CaseFilter | None = None) -> int:
    with vs.reading() as session:
        query = _filtered(select(Case), where or CaseFilter())
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def list_cases(
    vs: VaultSession,
    where: CaseFilter | None = None,
    *,
    sort: str = "updated",
    descending: bool = True,
    offset: int = 0,
    limit: int = 500,
    from_end: bool = False,
) -> list[CaseSummary]:
    """One page of cases; lists page through large vaults instead of loading them all.

    With `from_end`, `offset` counts from the last case: the same order walked backwards
    (the rows come back in list order), so the end of 100,000 cases is a short read
    along the index, not a walk past every row before it.
    """
    columns = {
        "updated": Case.updated_at,
        "opened": Case.opened_at,
        "title": func.lower(Case.title),
        "due": Case.due_date,
        "priority": sql_case({p: rank for rank, p in enumerate(PRIORITIES)}, value=Case.priority),
        "status": sql_case({s: rank for rank, s in enumerate(CASE_STATUSES)}, value=Case.status),
    }
    if sort not in columns:
        raise InvalidInputError(f'Cannot sort by "{sort}"; choose one of: {", ".join(columns)}.')
    order = columns[sort]
    with vs.reading() as session:
        query = _filtered(select(Case), where or CaseFilter()).options(selectinload(Case.tags))
        backwards = descending != from_end
        query = query.order_by(
            order.desc() if backwards else order.asc(),
            Case.id.desc() if from_end else Case.id.asc(),
        )
        rows = list(session.scalars(query.offset(offset).limit(limit)))
        if from_end:
            rows.reverse()
        progress = case_progress(session, [case.id for case in rows])
        return [case_summary(case, progress.get(case.id, (0, 0))) for case in rows]


def case_progress(
    session: Session, case_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, tuple[int, int]]:
    """(done, counted) per case over all its checklists; counted leaves out "not needed".

    One grouped query over just the given cases (a page), through the checklists.case_id
    index: its cost follows the page's items, not the size of the vault, however the page
    was sorted.
    """
    ids = list(case_ids)
    if not ids:
        return {}
    done = func.sum(sql_case((ChecklistItem.state == ItemState.DONE.value, 1), else_=0))
    counted = func.sum(sql_case((ChecklistItem.state != ItemState.NOT_NEEDED.value, 1), else_=0))
    query = (
        select(Checklist.case_id, done, counted)
        .join(ChecklistItem, ChecklistItem.checklist_id == Checklist.id)
        .where(Checklist.case_id.in_(ids))
        .group_by(Checklist.case_id)
    )
    return {case_id: (int(d or 0), int(c or 0)) for case_id, d, c in session.execute(query)}


def case_summary(case: Case, progress: tuple[int, int] = (0, 0)) -> CaseSummary:
    return CaseSummary(
        id=case.id,
        title=case.title,
        status=case.status,
        priority=case.priority,
        tags=tuple(sorted(tag.name for tag in case.tags)),
        next_action=case.next_action,
        due_date=case.due_date,
        opened_at=case.opened_at,
        updated_at=case.updated_at,
        progress=progress,
    )


def get_case(vs: VaultSession, case_id: uuid.UUID | str) -> CaseDetail:
    with vs.reading() as session:
        case = require(session, Case, case_id, "case")
        return _detail(session, case)


def _detail(session: Session, case: Case) -> CaseDetail:
    members = session.scalars(
        select(CaseMember)
        .where(CaseMember.case_id == case.id)
        .options(selectinload(CaseMember.person))
    )
    notes = session.scalars(
        select(Note)
        .where(Note.case_id == case.id)
        .order_by(Note.pinned.desc(), Note.updated_at.desc())
        .options(selectinload(Note.tags))
    )
    checklists = session.scalars(
        select(Checklist)
        .where(Checklist.case_id == case.id)
        .order_by(Checklist.created_at)
        .options(selectinload(Checklist.items))
    )
    views = tuple(checklist_view(c) for c in checklists)
    summary = case_summary(
        case,
        (sum(v.progress[0] for v in views), sum(v.progress[1] for v in views)),
    )
    return CaseDetail(
        **vars(summary),
        summary=case.summary,
        people=tuple(
            sorted(
                (
                    MemberView(m.person_id, m.person.pseudonym, m.person.role, m.role_in_case)
                    for m in members
                ),
                key=lambda m: m.pseudonym.casefold(),
            )
        ),
        notes=tuple(note_summary(note) for note in notes),
        checklists=views,
    )
