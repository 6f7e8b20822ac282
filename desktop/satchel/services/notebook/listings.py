"""Whole listings for the command line, read with plain SQL (store.record_reads) through a
VaultSession or a VaultReader alike: every note page by page, every case, every person.

The values are what the window's services hand out (views.CaseSummary, PersonSummary) or,
for notes, the plain values `note list --json` prints; no SQLAlchemy is imported, so a
script's `satchel case list` pays little more than the key derivation.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

from satchel.errors import InvalidInputError, NotFoundError
from satchel.services.core.typed import choice, id_digits
from satchel.services.notebook.views import CaseSummary, PersonSummary
from satchel.services.reading.reader import Reads
from satchel.store import record_reads
from satchel.store.enums import CaseStatus, PersonRole
from satchel.store.folding import fold_key

PAGE = 1_000
CASE_STATUSES = tuple(s.value for s in CaseStatus)
ROLES = tuple(r.value for r in PersonRole)


def find_id(connection: Any, table: str, ident: uuid.UUID | str, kind: str) -> str:
    """The stored id (hex) of the record typed as ``ident`` (an id or a unique prefix),
    with the messages of services.core.records.require."""
    digits = id_digits(ident, kind)
    found = record_reads.ids_starting(connection, table, digits)
    if not found:
        raise NotFoundError(kind, str(uuid.UUID(digits)) if len(digits) == 32 else str(ident))
    if len(found) > 1:
        raise InvalidInputError(f'"{ident}" matches more than one {kind}; type more of the id.')
    return found[0]


def iter_note_records(
    vs: Reads, *, case_id: uuid.UUID | str | None = None, page: int = PAGE
) -> Iterator[dict[str, Any]]:
    """Every note (of one case, if given) in listing order: pinned first, newest first, then
    by id; as plain values ready for JSON, ids and times as note_pages.iter_notes' values
    print. One page is read at a time, by key, so memory stays flat in the number of notes
    and the last page costs what the first did. An unknown case is refused here, before
    the first note is asked for (and before a caller prints anything)."""
    case_hex = None
    if case_id is not None:
        with vs.raw_reading() as connection:
            case_hex = find_id(connection, "cases", case_id, "case")
    return _note_records(vs, case_hex, page)


def _note_records(vs: Reads, case_hex: str | None, page: int) -> Iterator[dict[str, Any]]:
    after = None
    while True:
        with vs.raw_reading() as connection:
            rows = record_reads.note_page(connection, case_id=case_hex, after=after, limit=page)
            if not rows:
                return
            names = record_reads.tags_of(connection, "notes", [row[0] for row in rows])
        for note_id, case, person, title, pinned, created, updated in rows:
            yield {
                "id": _uuid_text(note_id),
                "case_id": case and _uuid_text(case),
                "person_id": person and _uuid_text(person),
                "title": title,
                "pinned": bool(pinned),
                "tags": sorted(names[note_id]),
                "created_at": _time_text(created),
                "updated_at": _time_text(updated),
            }
        last = rows[-1]
        after = (last[4], last[6], last[0])


def case_summaries(
    vs: Reads, *, status: str | None = None, tag: str | None = None
) -> list[CaseSummary]:
    """Every case (of a status, with a tag), most recently updated first: what
    cases.list_cases gives page after page with its default order."""
    status = None if not status else choice(status, "status", CASE_STATUSES)
    tag_key = None if not tag else fold_key(tag.strip().lstrip("#"))  # stored without "#"
    with vs.raw_reading() as connection:
        rows = record_reads.case_rows(connection, status=status, tag_key=tag_key)
        ids = [row[0] for row in rows]
        names = record_reads.tags_of(connection, "cases", ids)
        progress = record_reads.case_progress(connection, ids)
    return [
        CaseSummary(
            id=uuid.UUID(hex=case_id),
            title=title,
            status=case_status,
            priority=priority,
            tags=tuple(sorted(names[case_id])),
            next_action=next_action,
            due_date=None if due is None else dt.date.fromisoformat(due),
            opened_at=_utc(opened),
            updated_at=_utc(updated),
            progress=progress.get(case_id, (0, 0)),
        )
        for case_id, title, case_status, priority, next_action, due, opened, updated in rows
    ]


def person_summaries(vs: Reads, *, role: str | None = None) -> list[PersonSummary]:
    """Every person (of a role), by pseudonym; pseudonyms only, as people.list_people."""
    role = None if not role else choice(role, "role", ROLES)
    with vs.raw_reading() as connection:
        rows = record_reads.person_rows(connection, role=role)
        names = record_reads.tags_of(connection, "persons", [row[0] for row in rows])
    return [
        PersonSummary(
            id=uuid.UUID(hex=person_id),
            pseudonym=pseudonym,
            role=person_role,
            organisation=organisation,
            tags=tuple(sorted(names[person_id])),
            updated_at=_utc(updated),
        )
        for person_id, pseudonym, person_role, organisation, updated in rows
    ]


def _utc(stored: str) -> dt.datetime:
    """The aware UTC datetime SQLAlchemy's UTCDateTime reads from ``stored``."""
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC)


def _uuid_text(stored: str) -> str:
    """str(uuid.UUID(hex=stored)), without making the object."""
    return f"{stored[:8]}-{stored[8:12]}-{stored[12:16]}-{stored[16:20]}-{stored[20:]}"


def _time_text(stored: str) -> str:
    """The isoformat of the aware UTC datetime SQLAlchemy reads from ``stored``."""
    text_form = stored.replace(" ", "T", 1).removesuffix(".000000")
    return text_form + "+00:00"
