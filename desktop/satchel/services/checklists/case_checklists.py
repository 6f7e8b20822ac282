"""Checklists on a case: which documents exist, where the originals are, what expires."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from satchel.services.core import activity
from satchel.services.core.indexing import index_checklist_item, unindex
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
from satchel.services.notebook.views import ChecklistItemView, ChecklistView
from satchel.services.templates.shipped import (
    LANGUAGES,
    TemplateItem,
    newest_template,
    stored_template,
)
from satchel.store.enums import ItemState
from satchel.store.models import Case, Checklist, ChecklistItem, ChecklistTemplate

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
    vs: VaultSession,
    case_id: uuid.UUID | str,
    template_key: str,
    *,
    lang: str = "en",
    template_folder: Path | None = None,
) -> uuid.UUID:
    """A checklist made from the newest version of a template, in the chosen language.

    `template_folder` replaces the shipped templates folder (for tests and packagers).
    """
    now = utc_now()
    with vs.transaction() as session:
        case = require(session, Case, case_id, "case")
        template = stored_template(
            session,
            template_key.strip(),
            choice(lang, "language", LANGUAGES),
            folder=template_folder,
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
            _fresh_item(item, position, now) for position, item in enumerate(template.items)
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


# --- Newer template versions -------------------------------------------------------------


def _checklist_language(session: Session, checklist: Checklist) -> str:
    """The language a checklist was made in: its title (or items) matched to its template."""
    row = session.scalars(
        select(ChecklistTemplate).where(
            ChecklistTemplate.template_key == checklist.template_key,
            ChecklistTemplate.version == checklist.template_version,
        )
    ).first()
    if row is None:
        return "en"
    try:
        document = json.loads(row.definition)
        titles = document.get("title", {})
        item_titles = {str(i["id"]): i.get("title", {}) for i in document.get("items", ())}
    except (ValueError, TypeError, KeyError, AttributeError):
        return "en"
    if not isinstance(titles, dict):
        return "en"
    for lang in LANGUAGES:
        if titles.get(lang) == checklist.title:
            return lang
    for lang in LANGUAGES:
        if any(
            isinstance(item_titles.get(i.item_key), dict)
            and item_titles[i.item_key].get(lang) == i.title
            for i in checklist.items
        ):
            return lang
    return "en"


def _fresh_item(item: TemplateItem, position: int, now: dt.datetime) -> ChecklistItem:
    """A template item as a checklist row, still to do."""
    return ChecklistItem(
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


def _new_items(
    session: Session, checklist: Checklist, lang: str | None, folder: Path | None, *, store: bool
) -> tuple[int, list[TemplateItem]]:
    lang = choice(lang, "language", LANGUAGES) if lang else _checklist_language(session, checklist)
    template = newest_template(session, checklist.template_key, lang, folder=folder, store=store)
    if template.version <= checklist.template_version:
        return checklist.template_version, []
    have = {item.item_key for item in checklist.items}
    return template.version, [item for item in template.items if item.key not in have]


def template_update(
    vs: VaultSession,
    checklist_id: uuid.UUID | str,
    *,
    lang: str | None = None,
    template_folder: Path | None = None,
) -> list[TemplateItem]:
    """Items that newer versions of the checklist's template added, by item id; changes nothing.

    The items come in the checklist's own language unless `lang` says otherwise.
    """
    with vs.reading() as session:
        checklist = require(session, Checklist, checklist_id, "checklist")
        return _new_items(session, checklist, lang, template_folder, store=False)[1]


def apply_template_update(
    vs: VaultSession,
    checklist_id: uuid.UUID | str,
    *,
    lang: str | None = None,
    template_folder: Path | None = None,
) -> int:
    """Append the items newer template versions added (to do) and record the new version.

    Existing items, their states, dates and notes are never touched; returns how many were
    added (0 when the checklist is already at the newest version).
    """
    with vs.transaction() as session:
        checklist = require(session, Checklist, checklist_id, "checklist")
        version, added = _new_items(session, checklist, lang, template_folder, store=True)
        if version == checklist.template_version:
            return 0
        now = utc_now()
        position = max((item.position for item in checklist.items), default=-1) + 1
        rows = [_fresh_item(item, position + offset, now) for offset, item in enumerate(added)]
        checklist.items.extend(rows)
        checklist.template_version = version
        checklist.updated_at = now
        session.flush()
        for row in rows:
            index_checklist_item(session, row, checklist.case_id)
        activity.record(
            session,
            "changed",
            "checklist",
            checklist.id,
            f"template version {version}, {len(rows)} new items",
        )
        return len(rows)
