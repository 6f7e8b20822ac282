"""Checklists on a case: which documents exist, where the originals are, what expires."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from satchel.services import activity
from satchel.services.indexing import index_checklist_item, unindex
from satchel.services.records import KEEP, Keep, choice, clean_text, parse_date, require, utc_now
from satchel.services.session import VaultSession
from satchel.services.templates import LANGUAGES, stored_template
from satchel.services.views import ChecklistItemView, ChecklistView
from satchel.store.models import Case, Checklist, ChecklistItem, ItemState

ITEM_STATES = tuple(s.value for s in ItemState)
MAX_TEXT = 2_000


def checklist_view(checklist: Checklist) -> ChecklistView:
    return ChecklistView(
        id=checklist.id,
        case_id=checklist.case_id,
        title=checklist.title,
        template_key=checklist.template_key,
        template_version=checklist.template_version,
        items=tuple(
            ChecklistItemView(
                id=i.id,
                item_key=i.item_key,
                position=i.position,
                title=i.title,
                help=i.help,
                category=i.category,
                required=i.required,
                state=i.state,
                due_date=i.due_date,
                original_location=i.original_location,
                note=i.note,
            )
            for i in sorted(checklist.items, key=lambda item: item.position)
        ),
    )


def add_checklist(
    vs: VaultSession, case_id: uuid.UUID | str, template_key: str, *, lang: str = "en"
) -> uuid.UUID:
    """A checklist made from the newest version of a template, in the chosen language."""
    now = utc_now()
    with vs.transaction() as session:
        case = require(session, Case, case_id, "case")
        template = stored_template(
            session, template_key.strip(), choice(lang, "language", LANGUAGES)
        )
        checklist = Checklist(
            case_id=case.id,
            template_key=template.key,
            template_version=template.version,
            title=template.title,
            created_at=now,
            updated_at=now,
        )
        checklist.items = [
            ChecklistItem(
                item_key=item.key,
                position=position,
                title=item.title,
                help=item.help,
                category=item.category,
                required=item.required,
                state="todo",
                original_location="",
                note="",
                updated_at=now,
            )
            for position, item in enumerate(template.items)
        ]
        session.add(checklist)
        session.flush()
        for item in checklist.items:
            index_checklist_item(session, item, case.id)
        case.updated_at = now
        activity.record(session, "created", "checklist", checklist.id, template.key)
        return checklist.id


def set_item(
    vs: VaultSession,
    item_id: uuid.UUID | str,
    *,
    state: str | None = None,
    due_date: str | dt.date | Keep | None = KEEP,
    original_location: str | None = None,
    note: str | None = None,
) -> None:
    """Change an item; `due_date=None` clears the date, leaving it out keeps it."""
    with vs.transaction() as session:
        item = require(session, ChecklistItem, item_id, "checklist item")
        changed = []
        if state is not None:
            item.state = choice(state, "state", ITEM_STATES)
            changed.append("state")
        if not isinstance(due_date, Keep):
            item.due_date = parse_date(due_date, "due date")
            changed.append("due date")
        if original_location is not None:
            item.original_location = clean_text(
                original_location, "original's location", max_length=MAX_TEXT
            )
            changed.append("original")
        if note is not None:
            item.note = clean_text(note, "item note", max_length=MAX_TEXT)
            changed.append("note")
        if changed:
            now = utc_now()
            item.updated_at = now
            checklist = item.checklist
            checklist.updated_at = now
            index_checklist_item(session, item, checklist.case_id)
            activity.record(session, "changed", "checklist_item", item.id, ", ".join(changed))


def get_checklist(vs: VaultSession, checklist_id: uuid.UUID | str) -> ChecklistView:
    with vs.reading() as session:
        return checklist_view(require(session, Checklist, checklist_id, "checklist"))


def list_checklists(vs: VaultSession, case_id: uuid.UUID | str) -> list[ChecklistView]:
    with vs.reading() as session:
        case = require(session, Case, case_id, "case")
        rows = session.scalars(
            select(Checklist)
            .where(Checklist.case_id == case.id)
            .order_by(Checklist.created_at)
            .options(selectinload(Checklist.items))
        )
        return [checklist_view(c) for c in rows]


def delete_checklist(vs: VaultSession, checklist_id: uuid.UUID | str) -> None:
    with vs.transaction() as session:
        checklist = require(session, Checklist, checklist_id, "checklist")
        for item in checklist.items:
            unindex(session, "checklist_item", item.id)
        session.delete(checklist)
        activity.record(session, "deleted", "checklist", checklist.id)
