"""The rows of one deleted record, taken out whole and put back whole.

A case goes with its notes (and their earlier versions), checklists, files, tags and the
people's roles in it; a person with their identity compartment (still sealed), their notes
and the roles they had in cases; a note with its versions and files. The rows are kept as
JSON inside the vault (in `trash_items.payload`), typed so they come back exactly.
"""

from __future__ import annotations

import base64
import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Table, insert, or_, select
from sqlalchemy.orm import Session

from satchel.store.models import (
    Attachment,
    AttachmentBlob,
    Base,
    Case,
    CaseMember,
    Checklist,
    ChecklistItem,
    Note,
    NoteRevision,
    Person,
    PersonIdentityField,
    Tag,
    case_tags,
    note_tags,
    person_tags,
)

Rows = dict[str, list[dict[str, Any]]]


def _t(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)  # every model here is mapped to one table
    return table


# Parents before children: the order rows go back in.
TABLES: tuple[Table, ...] = (
    _t(Tag),
    _t(Case),
    _t(Person),
    _t(PersonIdentityField),
    _t(CaseMember),
    case_tags,
    person_tags,
    _t(Note),
    note_tags,
    _t(NoteRevision),
    _t(Checklist),
    _t(ChecklistItem),
    _t(Attachment),
    _t(AttachmentBlob),
)
BY_NAME = {table.name: table for table in TABLES}


def _select(session: Session, rows: Rows, table: Table, where: ColumnElement[bool]) -> None:
    found = [dict(row._mapping) for row in session.execute(select(table).where(where))]
    known = rows.setdefault(table.name, [])
    keys = {_key(table, row) for row in known}
    known.extend(row for row in found if _key(table, row) not in keys)


def _key(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[column.name] for column in table.primary_key.columns)


def _ids(rows: Rows, table: str, column: str = "id") -> list[uuid.UUID]:
    return [row[column] for row in rows.get(table, [])]


def _notes_and_files(
    session: Session, rows: Rows, extra_files: ColumnElement[bool] | None = None
) -> None:
    """Everything hanging from the notes already collected, then files and tags."""
    note_ids = _ids(rows, "notes")
    _select(session, rows, _t(NoteRevision), NoteRevision.note_id.in_(note_ids))
    _select(session, rows, note_tags, note_tags.c.note_id.in_(note_ids))
    files = Attachment.note_id.in_(note_ids)
    where = files if extra_files is None else or_(files, extra_files)
    _select(session, rows, _t(Attachment), where)
    file_ids = _ids(rows, "attachments")
    _select(session, rows, _t(AttachmentBlob), AttachmentBlob.attachment_id.in_(file_ids))
    tag_ids = {row["tag_id"] for name in ("case_tags", "note_tags", "person_tags")
               for row in rows.get(name, [])}  # fmt: skip
    _select(session, rows, _t(Tag), Tag.id.in_(tag_ids))


def case_rows(session: Session, case_id: uuid.UUID) -> Rows:
    rows: Rows = {}
    _select(session, rows, _t(Case), Case.id == case_id)
    _select(session, rows, case_tags, case_tags.c.case_id == case_id)
    _select(session, rows, _t(CaseMember), CaseMember.case_id == case_id)
    _select(session, rows, _t(Note), Note.case_id == case_id)
    _select(session, rows, _t(Checklist), Checklist.case_id == case_id)
    checklist_ids = _ids(rows, "checklists")
    _select(session, rows, _t(ChecklistItem), ChecklistItem.checklist_id.in_(checklist_ids))
    item_ids = _ids(rows, "checklist_items")
    files = or_(Attachment.case_id == case_id, Attachment.checklist_item_id.in_(item_ids))
    _notes_and_files(session, rows, files)
    return rows


def person_rows(session: Session, person_id: uuid.UUID) -> Rows:
    rows: Rows = {}
    _select(session, rows, _t(Person), Person.id == person_id)
    _select(session, rows, person_tags, person_tags.c.person_id == person_id)
    fields = PersonIdentityField.person_id == person_id
    _select(session, rows, _t(PersonIdentityField), fields)
    _select(session, rows, _t(CaseMember), CaseMember.person_id == person_id)
    _select(session, rows, _t(Note), Note.person_id == person_id)
    _notes_and_files(session, rows)
    return rows


def note_rows(session: Session, note_id: uuid.UUID) -> Rows:
    rows: Rows = {}
    _select(session, rows, _t(Note), Note.id == note_id)
    _notes_and_files(session, rows)
    return rows


def attachment_rows(session: Session, attachment_id: uuid.UUID) -> Rows:
    rows: Rows = {}
    _select(session, rows, _t(Attachment), Attachment.id == attachment_id)
    blob = AttachmentBlob.attachment_id == attachment_id
    _select(session, rows, _t(AttachmentBlob), blob)
    return rows


def insert_rows(session: Session, rows: Rows) -> None:
    """Put rows back, parents first; the caller has already dropped or renamed clashes."""
    for table in TABLES:
        values = rows.get(table.name)
        if values:
            session.execute(insert(table), values)


# JSON with the few types the columns hold ---------------------------------------------------
def _encode(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return {"$uuid": value.hex}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    (tag, text), *_ = value.items()
    if tag == "$uuid":
        return uuid.UUID(text)
    if tag == "$datetime":
        return datetime.fromisoformat(text)
    if tag == "$date":
        return date.fromisoformat(text)
    return base64.b64decode(text)


def dump(rows: Rows) -> bytes:
    plain = {
        name: [{column: _encode(v) for column, v in row.items()} for row in table_rows]
        for name, table_rows in rows.items()
        if table_rows
    }
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def load(payload: bytes) -> Rows:
    plain: dict[str, list[dict[str, Any]]] = json.loads(payload.decode("utf-8"))
    return {
        name: [{column: _decode(v) for column, v in row.items()} for row in table_rows]
        for name, table_rows in plain.items()
        if name in BY_NAME
    }
