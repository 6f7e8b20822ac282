"""Keeps the full-text index in step with the rows it covers.

Identity fields are never passed here: only pseudonyms, titles, notes and tags.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from satchel.services.core.tags import tag_text
from satchel.store import search_index
from satchel.store.models import Case, ChecklistItem, Note, Person


def index_case(session: Session, case: Case) -> None:
    search_index.index_document(
        session,
        kind="case",
        ref_id=case.id,
        case_id=case.id,
        title=case.title,
        body="\n".join(part for part in (case.summary, case.next_action) if part),
        tags=tag_text(case.tags),
    )


def index_person(session: Session, person: Person) -> None:
    search_index.index_document(
        session,
        kind="person",
        ref_id=person.id,
        case_id=None,
        title=person.pseudonym,
        body="\n".join(part for part in (person.organisation, person.notes) if part),
        tags=tag_text(person.tags),
    )


def index_note(session: Session, note: Note) -> None:
    search_index.index_document(
        session,
        kind="note",
        ref_id=note.id,
        case_id=note.case_id,
        title=note.title,
        body=note.body,
        tags=tag_text(note.tags),
    )


def index_checklist_item(session: Session, item: ChecklistItem, case_id: uuid.UUID) -> None:
    search_index.index_document(
        session,
        kind="checklist_item",
        ref_id=item.id,
        case_id=case_id,
        title=item.title,
        body="\n".join(part for part in (item.note, item.original_location) if part),
        tags="",
    )


def unindex(session: Session, kind: str, ref_id: uuid.UUID) -> None:
    search_index.remove_document(session, kind=kind, ref_id=ref_id)
