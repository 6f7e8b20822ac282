"""How a change to a case, person or note ends: the same steps in the same order for each.

A new record gets its id, its search entry and a line in the activity log. An update stamps
the record, re-indexes it and logs which fields changed (never what they hold). A delete
keeps the rows in Recently deleted (unless purged at once), takes the record and what hangs
on it out of the search index, and drops the tags nobody uses any more.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import TypeVar

from sqlalchemy.orm import Session

from satchel.services.core import activity
from satchel.services.core.indexing import unindex
from satchel.services.core.records import utc_now
from satchel.services.core.tags import drop_unused_tags
from satchel.services.notebook.recently_deleted import keep_in_bin
from satchel.store.models import Case, Note, Person

Record = TypeVar("Record", Case, Person, Note)


def finish_create(
    session: Session, kind: str, record: Record, index: Callable[[Session, Record], None]
) -> uuid.UUID:
    """After the new record was added to `session`; returns its id."""
    session.flush()
    index(session, record)
    activity.record(session, "created", kind, record.id)
    return record.id


def finish_update(
    session: Session,
    kind: str,
    record: Record,
    changed: list[str],
    index: Callable[[Session, Record], None],
    *,
    tags_given: bool,
) -> None:
    """After the fields in `changed` were set; `tags_given`: the tags were replaced."""
    if changed:
        record.updated_at = utc_now()
        index(session, record)
        activity.record(session, "changed", kind, record.id, ", ".join(changed))
    if tags_given:
        drop_unused_tags(session)


def delete_record(
    session: Session,
    kind: str,
    record: Record,
    label: str,
    *,
    keep: bool,
    indexed_within: Iterable[tuple[str, uuid.UUID]] = (),
) -> None:
    """Delete `record` (its rows go with it by cascade); `indexed_within` are the (kind, id)
    of the search entries of what it holds, such as a case's notes."""
    if keep:
        keep_in_bin(session, kind, record.id, label)
    for inner_kind, inner_id in indexed_within:
        unindex(session, inner_kind, inner_id)
    unindex(session, kind, record.id)
    session.delete(record)
    drop_unused_tags(session)
    activity.record(session, "deleted", kind, record.id)
