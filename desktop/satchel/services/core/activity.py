"""The activity log: what was created, changed, revealed or exported, never the content.

Each event names its record when listed, by what lists show anyway (a case's title, a
person's pseudonym, a note's or checklist's title), looked up at reading time and never
stored in the log; a record since deleted is named from Recently deleted, or not at all.
Identity values are never a name: an identity event is named by the person's pseudonym.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from satchel.services.core.records import utc_now
from satchel.services.core.session import VaultSession
from satchel.store.models import (
    ActivityEvent,
    Case,
    Checklist,
    ChecklistItem,
    Note,
    Person,
    TrashItem,
)


@dataclass(frozen=True)
class ActivityView:
    at: datetime
    action: str
    kind: str
    ref_id: uuid.UUID | None
    detail: str
    record: str = ""  # the record's title or pseudonym, "" when it cannot be named


# Which column names a record of each kind in the log (attachments are not named: a file's
# name can hold a real name).
_NAMES: dict[str, tuple[InstrumentedAttribute[uuid.UUID], InstrumentedAttribute[str]]] = {
    "case": (Case.id, Case.title),
    "person": (Person.id, Person.pseudonym),
    "identity": (Person.id, Person.pseudonym),
    "note": (Note.id, Note.title),
    "checklist": (Checklist.id, Checklist.title),
    "checklist_item": (ChecklistItem.id, ChecklistItem.title),
}
_BIN_KINDS = frozenset({"case", "person", "identity", "note"})


def record(
    session: Session, action: str, kind: str, ref_id: uuid.UUID | None, detail: str = ""
) -> None:
    """Log an event; `detail` names fields or counts, never what they hold."""
    session.add(ActivityEvent(at=utc_now(), action=action, kind=kind, ref_id=ref_id, detail=detail))


def list_activity(vs: VaultSession, *, limit: int = 200, offset: int = 0) -> list[ActivityView]:
    with vs.reading() as session:
        rows = session.scalars(
            select(ActivityEvent).order_by(ActivityEvent.at.desc()).offset(offset).limit(limit)
        )
        events = list(rows)
        names = _record_names(session, events)
        return [
            ActivityView(
                e.at, e.action, e.kind, e.ref_id, e.detail, names.get((e.kind, e.ref_id), "")
            )
            for e in events
        ]


def _record_names(
    session: Session, events: list[ActivityEvent]
) -> dict[tuple[str, uuid.UUID | None], str]:
    """One query per kind on the page's ids, then Recently deleted for the ones gone."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for event in events:
        if event.ref_id is not None and event.kind in _NAMES:
            wanted.setdefault(event.kind, set()).add(event.ref_id)
    found: dict[tuple[str, uuid.UUID | None], str] = {}
    for kind, ids in wanted.items():
        id_column, name_column = _NAMES[kind]
        for record_id, name in session.execute(
            select(id_column, name_column).where(id_column.in_(ids))
        ):
            found[(kind, record_id)] = name
    missing = {
        record_id
        for kind, ids in wanted.items()
        if kind in _BIN_KINDS
        for record_id in ids
        if (kind, record_id) not in found
    }
    if missing:
        query = select(TrashItem.record_id, TrashItem.label).where(TrashItem.record_id.in_(missing))
        binned = {record_id: label for record_id, label in session.execute(query)}
        for kind, ids in wanted.items():
            for record_id in ids:
                if (kind, record_id) not in found and record_id in binned and kind in _BIN_KINDS:
                    found[(kind, record_id)] = binned[record_id]
    return found
