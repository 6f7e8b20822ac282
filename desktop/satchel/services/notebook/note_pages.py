"""Every note, in listing order, read page by page by key: for `satchel note list`.

A page starts after the last row of the one before (pinned, updated_at, id), walking the
index made for it, so listing 50,000 notes costs the same per page at the end as at the
start; OFFSET re-read every row it skipped. Only the columns a summary shows are read,
never a body. Order: pinned first, newest first, then by id (descending) among notes saved
in the same microsecond. `note list` itself reads through notebook.listings, the same order
without SQLAlchemy.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import select, tuple_

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
