"""Notes: Markdown text on a case or a person; every save keeps a revision."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from satchel.errors import InvalidInputError
from satchel.services.core import activity
from satchel.services.core.indexing import defer_note, index_note
from satchel.services.core.records import clean_text, require, utc_now
from satchel.services.core.session import VaultSession
from satchel.services.core.tags import drop_unused_tags, resolve_tags
from satchel.services.notebook.record_changes import delete_record
from satchel.services.notebook.views import NoteDetail, NoteSummary, RevisionView
from satchel.store.models import Case, Note, NoteRevision, Person

MAX_TITLE = 200
MAX_BODY = 1_000_000  # a long report fits; a pasted disk image does not
KEEP_REVISIONS = 200
REVISION_WINDOW = dt.timedelta(minutes=10)


def note_summary(note: Note) -> NoteSummary:
    return NoteSummary(
        id=note.id,
        case_id=note.case_id,
        person_id=note.person_id,
        title=note.title,
        pinned=note.pinned,
        tags=tuple(sorted(tag.name for tag in note.tags)),
        created_at=note.created_at,
        updated_at=note.updated_at,
    )


def _detail(note: Note) -> NoteDetail:
    return NoteDetail(**vars(note_summary(note)), body=note.body)


def create_note(
    vs: VaultSession,
    *,
    title: str,
    body: str = "",
    case_id: uuid.UUID | str | None = None,
    person_id: uuid.UUID | str | None = None,
    tags: Iterable[str] = (),
    pinned: bool = False,
) -> uuid.UUID:
    clean_title = clean_text(title, "note title", max_length=MAX_TITLE, required=True)
    clean_body = _body(body)
    now = utc_now()
    with vs.transaction() as session:
        note = Note(
            title=clean_title, body=clean_body, pinned=pinned, created_at=now, updated_at=now
        )
        if case_id is not None:
            note.case_id = require(session, Case, case_id, "case").id
        if person_id is not None:
            note.person_id = require(session, Person, person_id, "person").id
        note.tags = resolve_tags(session, tags)
        session.add(note)
        session.flush()
        session.add(NoteRevision(note_id=note.id, title=note.title, body=note.body, saved_at=now))
        index_note(session, note)
        activity.record(session, "created", "note", note.id)
        return note.id


def _body(body: str) -> str:
    if len(body) > MAX_BODY:
        raise InvalidInputError(problem="too_long", field="note", length=len(body), limit=MAX_BODY)
    if "\x00" in body:
        raise InvalidInputError(problem="nul", field="note")
    return body


def save_note(
    vs: VaultSession,
    note_id: uuid.UUID | str,
    *,
    title: str | None = None,
    body: str | None = None,
    tags: Iterable[str] | None = None,
    pinned: bool | None = None,
    autosave: bool = False,
) -> bool:
    """Store the changes and a revision of the result; False when nothing changed.

    An autosave (the editor saving as the user types) folds into the newest revision while
    that is younger than REVISION_WINDOW, so a typing session leaves one revision, not one
    per pause; explicit saves and restores always add a revision.
    """
    with vs.transaction() as session:
        note = require(session, Note, note_id, "note")
        new_title = (
            note.title
            if title is None
            else clean_text(title, "note title", max_length=MAX_TITLE, required=True)
        )
        new_body = note.body if body is None else _body(body)
        text_changed = (new_title, new_body) != (note.title, note.body)
        changed = text_changed
        note.title, note.body = new_title, new_body
        if tags is not None:
            new_tags = resolve_tags(session, tags)
            changed = changed or {t.name for t in new_tags} != {t.name for t in note.tags}
            note.tags = new_tags
            drop_unused_tags(session)
        if pinned is not None and pinned != note.pinned:
            note.pinned = pinned
            changed = True
        if not changed:
            return False
        note.updated_at = utc_now()
        if text_changed:
            _keep_revision(session, note, fold=autosave)
        defer_note(session, note)  # indexed before the next search, not on the keystroke path
        activity.record(session, "changed", "note", note.id)
        return True


def _keep_revision(session: Session, note: Note, *, fold: bool) -> None:
    latest = (
        session.scalars(
            select(NoteRevision)
            .where(NoteRevision.note_id == note.id)
            .order_by(NoteRevision.saved_at.desc())
            .limit(1)
        ).first()
        if fold
        else None
    )
    if latest is not None and note.updated_at - latest.saved_at < REVISION_WINDOW:
        latest.title, latest.body, latest.saved_at = note.title, note.body, note.updated_at
        return
    session.add(
        NoteRevision(note_id=note.id, title=note.title, body=note.body, saved_at=note.updated_at)
    )
    _trim_revisions(session, note.id)


def _trim_revisions(session: Session, note_id: uuid.UUID) -> None:
    """Keep the newest KEEP_REVISIONS; counting on the (note_id, saved_at) index first means
    a note with fewer never has its revisions read."""
    count = session.scalar(
        select(func.count()).select_from(NoteRevision).where(NoteRevision.note_id == note_id)
    )
    if count is None or count <= KEEP_REVISIONS:
        return
    old = session.scalars(
        select(NoteRevision)
        .where(NoteRevision.note_id == note_id)
        .order_by(NoteRevision.saved_at.desc())
        .offset(KEEP_REVISIONS)
    ).all()
    for revision in old:
        session.delete(revision)


def get_note(vs: VaultSession, note_id: uuid.UUID | str) -> NoteDetail:
    with vs.reading() as session:
        return _detail(require(session, Note, note_id, "note"))


def list_notes(
    vs: VaultSession,
    *,
    case_id: uuid.UUID | str | None = None,
    person_id: uuid.UUID | str | None = None,
    offset: int = 0,
    limit: int = 500,
) -> list[NoteSummary]:
    """Newest first, pinned on top; one page at a time."""
    with vs.reading() as session:
        query = select(Note).options(selectinload(Note.tags))
        if case_id is not None:
            query = query.where(Note.case_id == require(session, Case, case_id, "case").id)
        if person_id is not None:
            query = query.where(Note.person_id == require(session, Person, person_id, "person").id)
        query = query.order_by(Note.pinned.desc(), Note.updated_at.desc(), Note.id)
        return [note_summary(n) for n in session.scalars(query.offset(offset).limit(limit))]


def delete_note(vs: VaultSession, note_id: uuid.UUID | str, *, keep: bool = True) -> None:
    """Delete a note and all its revisions: to Recently deleted, or for good if not `keep`.

    secure_delete zeroes the freed pages either way.
    """
    with vs.transaction() as session:
        note = require(session, Note, note_id, "note")
        delete_record(session, "note", note, note.title, keep=keep)


def list_revisions(vs: VaultSession, note_id: uuid.UUID | str) -> list[RevisionView]:
    with vs.reading() as session:
        note = require(session, Note, note_id, "note")
        rows = session.scalars(
            select(NoteRevision)
            .where(NoteRevision.note_id == note.id)
            .order_by(NoteRevision.saved_at.desc())
        )
        return [RevisionView(r.id, r.note_id, r.title, r.body, r.saved_at) for r in rows]


def restore_revision(vs: VaultSession, revision_id: uuid.UUID | str) -> uuid.UUID:
    """Make an old revision current again (as a new revision: history is never rewritten)."""
    with vs.reading() as session:
        revision = require(session, NoteRevision, revision_id, "revision")
        note_id, title, body = revision.note_id, revision.title, revision.body
    save_note(vs, note_id, title=title, body=body)
    return note_id
