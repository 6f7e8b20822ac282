"""Every note, in listing order, read page by page by key: for `satchel note list`.

A page starts after the last row of the one before (pinned, updated_at, id), walking the
index made for it, so listing 50,000 notes costs the same per page at the end as at the
start; OFFSET re-read every row it skipped. Only the columns a summary shows are read,
never a body. Order: pinned first, newest first, then by id (descending) among notes saved
in the same microsecond.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import bindparam, select, text, tuple_

from satchel.services.core.records import require
from satchel.services.core.session import VaultSession
from satchel.services.notebook.views import NoteSummary
from satchel.store.models import Case, Note, Tag, note_tags

PAGE = 1_000


def iter_notes(
    vs: VaultSession, *, case_id: uuid.UUID | str | None = None, page: int = PAGE
) -> Iterator[NoteSummary]:
    """Yield every note (of one case, if given: an id or a unique prefix of one), one page
    read at a time."""
    if case_id is not None:
        with vs.reading() as session:
            case_id = require(session, Case, case_id, "case").id
    after: tuple[object, ...] | None = None
    while True:
        with vs.reading() as session:
            query = select(
                Note.id, Note.case_id, Note.person_id, Note.title, Note.pinned,
                Note.created_at, Note.updated_at,
            )  # fmt: skip
            if case_id is not None:
                query = query.where(Note.case_id == case_id)
            if after is not None:
                query = query.where(tuple_(Note.pinned, Note.updated_at, Note.id) < after)
            query = query.order_by(Note.pinned.desc(), Note.updated_at.desc(), Note.id.desc())
            rows = session.execute(query.limit(page)).all()
            if not rows:
                return
            names: dict[uuid.UUID, list[str]] = defaultdict(list)
            for note_id, name in session.execute(
                select(note_tags.c.note_id, Tag.name)
                .join(Tag, Tag.id == note_tags.c.tag_id)
                .where(note_tags.c.note_id.in_([row.id for row in rows]))
            ):
                names[note_id].append(name)
        for row in rows:
            yield NoteSummary(
                id=row.id,
                case_id=row.case_id,
                person_id=row.person_id,
                title=row.title,
                pinned=row.pinned,
                tags=tuple(sorted(names[row.id])),
                created_at=row.created_at,
                updated_at=row.updated_at,
            )
        last = rows[-1]
        after = (last.pinned, last.updated_at, last.id)


def iter_note_records(
    vs: VaultSession, *, case_id: uuid.UUID | str | None = None, page: int = PAGE
) -> Iterator[dict[str, Any]]:
    """The same notes in the same order as iter_notes, as plain values ready for JSON: ids
    and times as the strings iter_notes' values print as. For `satchel note list --json`,
    where turning 50,000 rows into UUID and datetime objects, only to turn them back into
    text, was most of the time."""
    case_hex = None
    if case_id is not None:
        with vs.reading() as session:
            case_hex = require(session, Case, case_id, "case").id.hex
    after: dict[str, Any] | None = None
    while True:
        conditions = [] if case_hex is None else ["case_id = :case"]
        if after is not None:
            conditions.append("(pinned, updated_at, id) < (:pinned, :updated, :id)")
        sql = _RECORDS.format(where="WHERE " + " AND ".join(conditions) if conditions else "")
        with vs.reading() as session:
            rows = session.execute(
                text(sql), {"case": case_hex, "limit": page, **(after or {})}
            ).all()
            if not rows:
                return
            names: dict[str, list[str]] = defaultdict(list)
            for note_id, name in session.execute(_TAGS, {"ids": [row[0] for row in rows]}):
                names[note_id].append(name)
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
        after = {"pinned": last[4], "updated": last[6], "id": last[0]}


# Only fixed fragments are formatted in; every value is a bound parameter.
_RECORDS = (
    "SELECT id, case_id, person_id, title, pinned, created_at, updated_at FROM notes "
    "{where} ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT :limit"
)
_TAGS = text(
    "SELECT note_tags.note_id, tags.name FROM note_tags JOIN tags ON tags.id = note_tags.tag_id "
    "WHERE note_tags.note_id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def _uuid_text(stored: str) -> str:
    """str(uuid.UUID(hex=stored)), without making the object."""
    return f"{stored[:8]}-{stored[8:12]}-{stored[12:16]}-{stored[16:20]}-{stored[20:]}"


def _time_text(stored: str) -> str:
    """The isoformat of the aware UTC datetime SQLAlchemy reads from ``stored``."""
    text_form = stored.replace(" ", "T", 1).removesuffix(".000000")
    return text_form + "+00:00"
