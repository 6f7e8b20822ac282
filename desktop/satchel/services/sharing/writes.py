"""The import's hands: applies each merge decision to the session, kind by kind."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from satchel.services.core.indexing import index_case, index_note, index_person
from satchel.services.core.tags import resolve_tags
from satchel.services.notebook.identity import seal_identity
from satchel.services.sharing.merge import (
    CONFLICT_TAG,
    MODELS,
    NEW,
    UPDATED,
    Record,
    copy_identity,
    tag_case,
    write_attachment,
    write_case,
    write_checklist,
    write_item,
    write_member,
    write_note,
    write_person,
)
from satchel.services.sharing.records import (
    render_attachment,
    render_case,
    render_checklist,
    render_item,
    render_note,
    render_person,
)
from satchel.store.models import Case, Checklist, Note, Person
from satchel.vault.keys.sealing import FieldSealer

_RENDERERS: dict[str, Callable[[Any], Record]] = {
    "people": render_person,
    "cases": render_case,
    "notes": render_note,
    "checklists": render_checklist,
    "checklist_items": render_item,
    "attachments": render_attachment,
}


class Writer:
    """Writes records into one open transaction; knows the vault's sealer and the files."""

    def __init__(self, session: Session, sealer: FieldSealer, blobs: dict[str, bytes]) -> None:
        self.session = session
        self.sealer = sealer
        self.blobs = blobs

    @staticmethod
    def render(kind: str, row: Any) -> Record:
        return _RENDERERS[kind](row)

    def member(self, record: Record) -> None:
        write_member(self.session, record)

    def apply(self, kind: str, decision: str, row: Any, record: Record) -> None:
        if decision == NEW:
            self._write(kind, MODELS[kind](id=uuid.UUID(record["id"])), record)
        elif decision == UPDATED:
            self._write(kind, row, record)
        elif kind == "people" and record.get("identity"):
            self._fill_identity(row, record["identity"])

    def conflict(
        self, kind: str, row: Any, record: Record, incoming_newer: bool, copy: Record | None
    ) -> None:
        """Keep both versions: the newer on the original id, the older as `copy`."""
        if kind == "checklists":
            if incoming_newer:
                write_checklist(self.session, row, record)
            tag_case(self.session, row.case_id)
            return
        if copy is None:
            return
        older_identity: dict[str, str] = {}
        if kind == "people":
            older_identity = (
                copy_identity(self.sealer, row)
                if incoming_newer
                else dict(record.get("identity", {}))
            )
        if incoming_newer:
            self._write(kind, row, record, conflict=True)
        else:
            self._flag(kind, row)
        if kind == "people":
            copy = dict(copy, identity=older_identity)
        self._write(kind, MODELS[kind](id=uuid.UUID(copy["id"])), copy, conflict=True)
        if kind in ("checklist_items", "attachments"):
            tag_case(self.session, self._case_of(kind, copy))

    def _write(self, kind: str, row: Any, record: Record, *, conflict: bool = False) -> None:
        session = self.session
        if kind == "people":
            write_person(session, self.sealer, row, record, conflict=conflict)
        elif kind == "cases":
            write_case(session, row, record, conflict=conflict)
        elif kind == "notes":
            write_note(session, row, record, conflict=conflict)
        elif kind == "checklists":
            write_checklist(session, row, record)
        elif kind == "checklist_items":
            write_item(session, row, record)
        else:
            write_attachment(session, row, record, self.blobs[record["sha256"]])
        session.flush()

    def _flag(self, kind: str, row: Any) -> None:
        """Add the conflict tag to the version that stays as it was."""
        if isinstance(row, Case | Person | Note):
            names = sorted({tag.name for tag in row.tags} | {CONFLICT_TAG})
            row.tags = resolve_tags(self.session, names)
            self.session.flush()
            if isinstance(row, Case):
                index_case(self.session, row)
            elif isinstance(row, Person):
                index_person(self.session, row)
            else:
                index_note(self.session, row)

    def _case_of(self, kind: str, record: Record) -> uuid.UUID | None:
        if kind == "attachments":
            return uuid.UUID(record["case_id"]) if record["case_id"] else None
        checklist = self.session.get(Checklist, uuid.UUID(record["checklist_id"]))
        return checklist.case_id if checklist is not None else None

    def _fill_identity(self, person: Person, identity: dict[str, str]) -> None:
        """Add identity fields this vault lacks; fields it already holds stay as they are."""
        present = {row.field for row in person.identity_fields}
        missing = {name: value for name, value in identity.items() if name not in present}
        if missing:
            seal_identity(self.session, self.sealer, person, missing)
