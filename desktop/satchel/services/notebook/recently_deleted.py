"""Recently deleted: a bin inside the vault, so a delete can be undone for 30 days.

Deleting a case, person, note or file takes its rows (and those that went with it) out of
the tables and the search index and keeps them, whole, in one `trash_items` row: lists,
search, exports and reports never see them. Restoring puts the rows back and indexes them
again. After KEEP_DAYS, or when the user empties the bin, the row is deleted for real:
secure_delete zeroes its pages and, as after every delete, the vault session folds the WAL
into the database before returning (VaultSession._fold_in_wal), so the text is gone from disk.

Moving into the bin is not a purge: the vault still holds the record, readable to whoever
unlocks it. "Delete immediately" and "Empty the bin now" exist for that (docs/SECURITY.md).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from satchel.errors import InvalidInputError
from satchel.services.core import activity
from satchel.services.core.indexing import (
    index_case,
    index_checklist_item,
    index_note,
    index_person,
)
from satchel.services.core.records import require, utc_now
from satchel.services.core.session import VaultSession
from satchel.services.notebook import bin_rows
from satchel.services.notebook.bin_rows import Rows
from satchel.store.models import (
    Attachment,
    Case,
    Checklist,
    ChecklistItem,
    Note,
    Person,
    Tag,
    TrashItem,
)
from satchel.store.types import fold_key

KEEP_DAYS = 30
KINDS = ("case", "person", "note", "attachment")
_COLLECT: dict[str, Callable[[Session, uuid.UUID], Rows]] = {
    "case": bin_rows.case_rows,
    "person": bin_rows.person_rows,
    "note": bin_rows.note_rows,
    "attachment": bin_rows.attachment_rows,
}


@dataclass(frozen=True)
class BinEntry:
    id: uuid.UUID
    kind: str  # case, person, note or attachment
    record_id: uuid.UUID
    label: str  # the case's title, the pseudonym, the note's title or the file's name
    deleted_at: dt.datetime
    purge_at: dt.datetime


def _entry(row: TrashItem) -> BinEntry:
    purge_at = row.deleted_at + dt.timedelta(days=KEEP_DAYS)
    return BinEntry(row.id, row.kind, row.record_id, row.label, row.deleted_at, purge_at)


def keep_in_bin(session: Session, kind: str, record_id: uuid.UUID, label: str) -> None:
    """Copy the record's rows into the bin; the caller then deletes them as before."""
    session.flush()
    payload = bin_rows.dump(_COLLECT[kind](session, record_id))
    session.add(
        TrashItem(
            kind=kind, record_id=record_id, label=label, deleted_at=utc_now(), payload=payload
        )
    )


def list_bin(vs: VaultSession) -> list[BinEntry]:
    """What the bin holds, most recently deleted first."""
    with vs.reading() as session:
        query = select(TrashItem).order_by(TrashItem.deleted_at.desc(), TrashItem.id)
        return [_entry(row) for row in session.scalars(query)]


def count_bin(vs: VaultSession) -> int:
    return len(list_bin(vs))


def restore(vs: VaultSession, entry_id: uuid.UUID | str) -> BinEntry:
    """Put a deleted record back where it was, with everything that went with it.

    A note or file whose case or person is no longer in the vault cannot come back on its
    own (restore that case or person first). A pseudonym taken since gets a number added;
    people who have left the vault since are not linked again.
    """
    with vs.transaction() as session:
        row = require(session, TrashItem, entry_id, "deleted item")
        entry = _entry(row)
        rows = bin_rows.load(row.payload)
        _check_owner(session, entry, rows)
        _fit_into_vault(session, rows)
        bin_rows.insert_rows(session, rows)
        session.delete(row)
        session.flush()
        _index_again(session, rows)
        activity.record(session, "restored", entry.kind, entry.record_id)
    return entry


def purge(vs: VaultSession, entry_id: uuid.UUID | str) -> None:
    """Delete one item from the bin for good."""
    with vs.transaction() as session:
        row = require(session, TrashItem, entry_id, "deleted item")
        activity.record(session, "purged", row.kind, row.record_id)
        session.delete(row)


def empty_bin(vs: VaultSession) -> int:
    """Delete everything in the bin for good; returns how many items went."""
    return _purge_where(vs, None)


def purge_expired(vs: VaultSession, now: dt.datetime | None = None) -> int:
    """Delete for good what has been in the bin for KEEP_DAYS; run at every unlock."""
    cutoff = (now or utc_now()) - dt.timedelta(days=KEEP_DAYS)
    return _purge_where(vs, cutoff)


def _purge_where(vs: VaultSession, cutoff: dt.datetime | None) -> int:
    with vs.reading() as session:
        query = select(TrashItem.id)
        if cutoff is not None:
            query = query.where(TrashItem.deleted_at <= cutoff)
        if session.scalar(query.limit(1)) is None:
            return 0  # nothing to do: no write, no commit
    with vs.transaction() as session:
        doomed = select(TrashItem)
        if cutoff is not None:
            doomed = doomed.where(TrashItem.deleted_at <= cutoff)
        rows = list(session.scalars(doomed))
        for row in rows:
            activity.record(session, "purged", row.kind, row.record_id)
        session.execute(delete(TrashItem).where(TrashItem.id.in_([row.id for row in rows])))
    return len(rows)


# restoring ----------------------------------------------------------------------------------
def _exists(session: Session, model: type[object], ident: object) -> bool:
    return ident is not None and session.get(model, ident) is not None


def _check_owner(session: Session, entry: BinEntry, rows: Rows) -> None:
    if entry.kind not in {"note", "attachment"}:
        return
    table = "notes" if entry.kind == "note" else "attachments"
    (own,) = rows[table]
    owners = [
        (Case, own.get("case_id")),
        (Person, own.get("person_id")),
        (Note, own.get("note_id")),
    ]
    if not any(_exists(session, model, ident) for model, ident in owners):
        what = "note" if entry.kind == "note" else "file"
        raise InvalidInputError(
            f"The case or person this {what} belonged to is not in the vault any more; "
            "restore that first.",
            problem="owner_gone",
            what=what,
        )


def _fit_into_vault(session: Session, rows: Rows) -> None:
    """Drop links to what has gone since, share tags that exist, renumber a taken pseudonym."""
    for table in rows.values():  # a record already back (restored twice) is refused
        for row in table:
            if "id" in row and _is_back(session, rows, row["id"]):
                raise InvalidInputError(problem="already_restored")
    people = {row["id"] for row in rows.get("persons", [])}
    cases = {row["id"] for row in rows.get("cases", [])}
    rows["case_members"] = [
        member
        for member in rows.get("case_members", [])
        if (member["case_id"] in cases or _exists(session, Case, member["case_id"]))
        and (member["person_id"] in people or _exists(session, Person, member["person_id"]))
    ]
    items = {row["id"] for row in rows.get("checklist_items", [])}
    for file in rows.get("attachments", []):
        item = file.get("checklist_item_id")
        if item is not None and item not in items and session.get(ChecklistItem, item) is None:
            file["checklist_item_id"] = None
    _share_tags(session, rows)
    for person in rows.get("persons", []):
        person["pseudonym"], person["pseudonym_key"] = _free_pseudonym(session, person["pseudonym"])


def _is_back(session: Session, rows: Rows, ident: object) -> bool:
    for model, name in ((Case, "cases"), (Person, "persons"), (Note, "notes")):
        if any(row["id"] == ident for row in rows.get(name, [])):
            return session.get(model, ident) is not None
    if any(row["id"] == ident for row in rows.get("attachments", [])):
        return session.get(Attachment, ident) is not None
    return False


def _share_tags(session: Session, rows: Rows) -> None:
    renamed: dict[uuid.UUID, uuid.UUID] = {}
    fresh = []
    for tag in rows.get("tags", []):
        if session.get(Tag, tag["id"]) is not None:
            continue
        same = session.scalar(select(Tag.id).where(Tag.name_key == tag["name_key"]))
        if same is None:
            fresh.append(tag)
        else:
            renamed[tag["id"]] = same
    rows["tags"] = fresh
    for name in ("case_tags", "note_tags", "person_tags"):
        for link in rows.get(name, []):
            link["tag_id"] = renamed.get(link["tag_id"], link["tag_id"])


def _free_pseudonym(session: Session, wanted: str) -> tuple[str, str]:
    name, number = wanted, 1
    while session.scalar(select(Person.id).where(Person.pseudonym_key == fold_key(name))):
        number += 1
        name = f"{wanted[:90]} ({number})"
    return name, fold_key(name)


def _index_again(session: Session, rows: Rows) -> None:
    for row in rows.get("cases", []):
        index_case(session, session.get_one(Case, row["id"]))
    for row in rows.get("persons", []):
        index_person(session, session.get_one(Person, row["id"]))
    for row in rows.get("notes", []):
        index_note(session, session.get_one(Note, row["id"]))
    for row in rows.get("checklist_items", []):
        item = session.get_one(ChecklistItem, row["id"])
        checklist = session.get_one(Checklist, item.checklist_id)
        index_checklist_item(session, item, checklist.case_id)
    for model, name in ((Case, "cases"), (Person, "persons"), (Note, "notes")):
        for row in rows.get(name, []):
            session.expire(session.get_one(model, row["id"]))
