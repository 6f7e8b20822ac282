"""Keeps the full-text index in step with the rows it covers.

Identity fields are never passed here: only pseudonyms, titles, notes and tags.

A note saved from the editor is not indexed in its save: the save commits the note and
queues it (defer_note), and catch_up indexes the queue in one transaction before the next
search and at lock. Indexing a note rewrites the index pages that hold its old words
(secure-delete) and finds the base forms of its new ones: at 100,000 notes that was most of
a save's time, paid at every pause in typing. The queue is a table written in the save's
own transaction, so a crash between the two loses nothing: the next unlock's first search
catches up.
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


def defer_note(session: Session, note: Note) -> None:
    """Index the note later, before the next search (see the module's docstring)."""
    search_index.mark_pending(session, kind="note", ref_id=note.id)


def catch_up(session: Session) -> int:
    """Index every queued document now; returns how many there were."""
    pending = search_index.take_pending(session)
    for kind, ref_id in pending:
        if kind != "note":  # pragma: no cover - only notes are queued
            continue
        note = session.get(Note, ref_id)
        if note is None:
            search_index.remove_document(session, kind=kind, ref_id=ref_id)
        else:
            index_note(session, note)
    return len(pending)


def unindex(session: Session, kind: str, ref_id: uuid.UUID) -> None:
    search_index.remove_document(session, kind=kind, ref_id=ref_id)
