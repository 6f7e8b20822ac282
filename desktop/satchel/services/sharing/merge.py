"""Writing checked bundle records into the vault: one writer per kind, and the conflict rule.

Merge by id. For each record the vault's current version, the incoming one and the merge
base (bundle_bases) decide:

- not in the vault: added with the same id;
- same content: nothing to do;
- only the sender changed it since the base: the incoming version replaces ours;
- only we changed it since the base: ours stays;
- both changed, or there is no base to tell: a conflict. Both versions are kept. The newer
  (by updated_at) keeps the id and its place, "on top"; the older becomes a copy with a new
  id whose title (or pseudonym) ends in "(conflict YYYY-MM-DD)". Cases, people and notes,
  original and copy, get the tag "import-conflict"; for a checklist item the copy is a new
  item in the same checklist and the case gets the tag; a checklist's own fields (its title)
  take the newer version with the case tagged; an attachment copy is a new attachment.

Identity values arrive in clear inside the decrypted bundle only; they are sealed here with
this vault's sealer, bound to the id of the row that carries them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from satchel.services.core.indexing import (
    index_case,
    index_checklist_item,
    index_note,
    index_person,
)
from satchel.services.core.tags import resolve_tags
from satchel.services.notebook.attachments import safe_filename, sniff_media_type
from satchel.services.notebook.identity import seal_identity
from satchel.store.models import (
    Attachment,
    AttachmentBlob,
    Case,
    CaseMember,
    Checklist,
    ChecklistItem,
    Note,
    NoteRevision,
    Person,
)
from satchel.store.types import fold_key
from satchel.vault.keys.sealing import FieldSealer

CONFLICT_TAG = "import-conflict"
NEW, UNCHANGED, UPDATED, KEPT, CONFLICT = "new", "unchanged", "updated", "kept", "conflict"

Record = dict[str, Any]


def decide(local_hash: str | None, incoming_hash: str, base: str | None) -> str:
    """One of NEW, UNCHANGED, UPDATED, KEPT, CONFLICT (see the module's rule)."""
    if local_hash is None:
        return NEW
    if local_hash == incoming_hash:
        return UNCHANGED
    if base == local_hash:
        return UPDATED
    if base == incoming_hash:
        return KEPT
    return CONFLICT


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _uid(text: str | None) -> uuid.UUID | None:
    return uuid.UUID(text) if text else None


def stamp(record: Mapping[str, Any]) -> str:
    """The time that decides which version is newer."""
    return str(record.get("updated_at") or record.get("created_at") or "")


def marked(text: str, when: str, limit: int) -> str:
    """`text (conflict 2026-03-31)`, shortened so it stays within `limit` characters."""
    suffix = f" (conflict {when[:10]})"
    return text[: max(1, limit - len(suffix))].rstrip() + suffix


def _tags(session: Session, record: Record, conflict: bool) -> list[Any]:
    names = list(record["tags"]) + ([CONFLICT_TAG] if conflict else [])
    return resolve_tags(session, names)


def free_pseudonym(session: Session, wanted: str, own_id: uuid.UUID) -> str:
    """The wanted pseudonym, or the first "wanted (2)", "wanted (3)"… no other person has."""
    candidate, n = wanted, 1
    while session.scalar(
        select(func.count(Person.id)).where(
            Person.pseudonym_key == fold_key(candidate), Person.id != own_id
        )
    ):
        n += 1
        candidate = f"{wanted[:90]} ({n})"
    return candidate


def write_person(
    session: Session, sealer: FieldSealer, row: Person, record: Record, *, conflict: bool = False
) -> Person:
    session.flush()  # earlier renames must be visible to the pseudonym check
    row.pseudonym = free_pseudonym(session, record["pseudonym"], row.id)
    row.role = record["role"]
    row.organisation = record["organisation"]
    row.contact_method = record["contact_method"]
    row.notes = record["notes"]
    row.created_at = _time(record["created_at"])
    row.updated_at = _time(record["updated_at"])
    session.add(row)
    row.tags = _tags(session, record, conflict)
    if record.get("identity"):
        seal_identity(session, sealer, row, record["identity"])
    session.flush()
    index_person(session, row)
    return row


def copy_identity(sealer: FieldSealer, source: Person) -> dict[str, str]:
    """The person's identity values in clear, to be sealed again under another id."""
    return {r.field: sealer.open(source.id, r.field, r.sealed) for r in source.identity_fields}


def write_case(session: Session, row: Case, record: Record, *, conflict: bool = False) -> Case:
    row.title = record["title"]
    row.summary = record["summary"]
    row.status = record["status"]
    row.priority = record["priority"]
    row.next_action = record["next_action"]
    row.due_date = _day(record["due_date"])
    row.opened_at = _time(record["opened_at"])
    row.updated_at = _time(record["updated_at"])
    session.add(row)
    row.tags = _tags(session, record, conflict)
    session.flush()
    index_case(session, row)
    return row


def write_member(session: Session, record: Record) -> bool:
    """Add the link if missing; an existing link keeps its role. True when added."""
    key = (uuid.UUID(record["case_id"]), uuid.UUID(record["person_id"]))
    if session.get(CaseMember, key) is not None:
        return False
    session.add(
        CaseMember(
            case_id=key[0],
            person_id=key[1],
            role_in_case=record["role_in_case"],
            added_at=_time(record["added_at"]),
        )
    )
    return True


def write_note(session: Session, row: Note, record: Record, *, conflict: bool = False) -> Note:
    row.case_id = _uid(record["case_id"])
    row.person_id = _uid(record["person_id"])
    row.title = record["title"]
    row.body = record["body"]
    row.pinned = record["pinned"]
    row.created_at = _time(record["created_at"])
    row.updated_at = _time(record["updated_at"])
    session.add(row)
    row.tags = _tags(session, record, conflict)
    session.flush()
    session.add(
        NoteRevision(note_id=row.id, title=row.title, body=row.body, saved_at=row.updated_at)
    )
    index_note(session, row)
    return row


def write_checklist(session: Session, row: Checklist, record: Record) -> Checklist:
    row.case_id = uuid.UUID(record["case_id"])
    row.template_key = record["template_key"]
    row.template_version = record["template_version"]
    row.title = record["title"]
    row.created_at = _time(record["created_at"])
    row.updated_at = _time(record["updated_at"])
    session.add(row)
    return row


def write_item(session: Session, row: ChecklistItem, record: Record) -> ChecklistItem:
    row.checklist_id = uuid.UUID(record["checklist_id"])
    for name in ("item_key", "position", "title", "help", "category", "required", "state"):
        setattr(row, name, record[name])
    row.original_location = record["original_location"]
    row.note = record["note"]
    row.due_date = _day(record["due_date"])
    row.updated_at = _time(record["updated_at"])
    session.add(row)
    session.flush()
    checklist = session.get(Checklist, row.checklist_id)
    if checklist is not None:
        index_checklist_item(session, row, checklist.case_id)
    return row


def write_attachment(session: Session, row: Attachment, record: Record, data: bytes) -> Attachment:
    row.case_id = _uid(record["case_id"])
    row.note_id = _uid(record["note_id"])
    row.checklist_item_id = _uid(record["checklist_item_id"])
    row.filename = safe_filename(record["filename"])
    row.media_type = sniff_media_type(data)  # from the bytes, never from the sender's word
    row.size = len(data)
    row.sha256 = record["sha256"]
    row.created_at = _time(record["created_at"])
    blob = session.get(AttachmentBlob, row.id)
    if blob is None:
        row.blob = AttachmentBlob(attachment_id=row.id, data=data)
    elif blob.data != data:
        blob.data = data
    session.add(row)
    return row


def tag_case(session: Session, case_id: uuid.UUID | None) -> None:
    """Flag a case whose checklist or file had a conflict, so it shows in lists and search."""
    case = session.get(Case, case_id) if case_id is not None else None
    if case is None:
        return
    names = sorted({tag.name for tag in case.tags} | {CONFLICT_TAG})
    case.tags = resolve_tags(session, names)
    session.flush()
    index_case(session, case)


MODELS: dict[str, type[Any]] = {
    "people": Person,
    "cases": Case,
    "notes": Note,
    "checklists": Checklist,
    "checklist_items": ChecklistItem,
    "attachments": Attachment,
}
TITLE_FIELD = {
    "people": ("pseudonym", 100),
    "cases": ("title", 200),
    "notes": ("title", 200),
    "checklists": ("title", 200),
    "checklist_items": ("title", 2_000),
    "attachments": ("filename", 200),
}
