"""Records in a bundle's data.json: how vault rows become JSON, and their content hash.

The same renderers serve export and import, so a record rendered from the vault and the
same record read from a bundle (checked by bundle_schema) give the same content hash: that
is how an import tells "unchanged" from "changed" without a sync server.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Mapping
from typing import Any

from satchel.services.sharing.bundle_format import dumps
from satchel.store.models import (
    Attachment,
    Case,
    CaseMember,
    Checklist,
    ChecklistItem,
    Note,
    Person,
)

KINDS = ("people", "cases", "case_members", "notes", "checklists", "checklist_items", "attachments")
HASH_CHARS = 32  # 128 bits of SHA-256: enough to tell two versions apart, half the storage


def iso_time(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat()


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _ref(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def _tags(row: Case | Person | Note) -> list[str]:
    return sorted(tag.name for tag in row.tags)


def render_person(person: Person, identity: Mapping[str, str] | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": str(person.id),
        "pseudonym": person.pseudonym,
        "role": person.role,
        "organisation": person.organisation,
        "contact_method": person.contact_method,
        "notes": person.notes,
        "created_at": iso_time(person.created_at),
        "updated_at": iso_time(person.updated_at),
        "tags": _tags(person),
    }
    if identity is not None:
        record["identity"] = dict(identity)
    return record


def render_case(case: Case) -> dict[str, Any]:
    return {
        "id": str(case.id),
        "title": case.title,
        "summary": case.summary,
        "status": case.status,
        "priority": case.priority,
        "next_action": case.next_action,
        "due_date": _day(case.due_date),
        "opened_at": iso_time(case.opened_at),
        "updated_at": iso_time(case.updated_at),
        "tags": _tags(case),
    }


def render_member(member: CaseMember) -> dict[str, Any]:
    return {
        "case_id": str(member.case_id),
        "person_id": str(member.person_id),
        "role_in_case": member.role_in_case,
        "added_at": iso_time(member.added_at),
    }


def render_note(note: Note) -> dict[str, Any]:
    return {
        "id": str(note.id),
        "case_id": _ref(note.case_id),
        "person_id": _ref(note.person_id),
        "title": note.title,
        "body": note.body,
        "pinned": note.pinned,
        "created_at": iso_time(note.created_at),
        "updated_at": iso_time(note.updated_at),
        "tags": _tags(note),
    }


def render_checklist(checklist: Checklist) -> dict[str, Any]:
    return {
        "id": str(checklist.id),
        "case_id": str(checklist.case_id),
        "template_key": checklist.template_key,
        "template_version": checklist.template_version,
        "title": checklist.title,
        "created_at": iso_time(checklist.created_at),
        "updated_at": iso_time(checklist.updated_at),
    }


def render_item(item: ChecklistItem) -> dict[str, Any]:
    return {
        "id": str(item.id),
        "checklist_id": str(item.checklist_id),
        "item_key": item.item_key,
        "position": item.position,
        "title": item.title,
        "help": item.help,
        "category": item.category,
        "required": item.required,
        "state": item.state,
        "due_date": _day(item.due_date),
        "original_location": item.original_location,
        "note": item.note,
        "updated_at": iso_time(item.updated_at),
    }


def render_attachment(row: Attachment) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "case_id": _ref(row.case_id),
        "note_id": _ref(row.note_id),
        "checklist_item_id": _ref(row.checklist_item_id),
        "filename": row.filename,
        "media_type": row.media_type,
        "size": row.size,
        "sha256": row.sha256,
        "created_at": iso_time(row.created_at),
    }


def content_hash(record: Mapping[str, Any]) -> str:
    """The hash of a record's shared content; sealed identity values are never part of it."""
    shared = {key: value for key, value in record.items() if key != "identity"}
    return hashlib.sha256(dumps(shared)).hexdigest()[:HASH_CHARS]


_TIMES = frozenset({"updated_at"})


def same_content(ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> bool:
    """Equal but for when they were last saved: a checklist touched by an item change, say."""

    def strip(record: Mapping[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in record.items() if k not in _TIMES and k != "identity"}

    return strip(ours) == strip(theirs)
