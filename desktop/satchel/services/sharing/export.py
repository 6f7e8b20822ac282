"""Export one case, or the whole vault, as an age-encrypted bundle for another advocate.

Pseudonyms only unless identity fields are asked for by name. The plaintext tar is built
in memory and encrypted in memory; only ciphertext reaches the disk, through a temp name,
fsync and rename, so a cancelled or failed export leaves no file behind and the vault as
it was (the activity log and the merge bases are written only after the file is in place).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from satchel import event_log
from satchel.errors import InvalidInputError, TamperedError
from satchel.services.core import activity
from satchel.services.core.demo_mark import is_demo_vault
from satchel.services.core.records import require
from satchel.services.core.session import VaultSession
from satchel.services.notebook.identity import IDENTITY_FIELDS
from satchel.services.sharing.bases import store_bases
from satchel.services.sharing.bundle_format import (
    Manifest,
    pack,
)
from satchel.services.sharing.identity import (
    encrypt_to_recipients,
    encrypt_with_passphrase,
    parse_recipients,
)
from satchel.services.sharing.records import (
    content_hash,
    render_attachment,
    render_case,
    render_checklist,
    render_item,
    render_member,
    render_note,
    render_person,
)
from satchel.store.models import (
    Attachment,
    AttachmentBlob,
    Case,
    CaseMember,
    Checklist,
    ChecklistItem,
    Note,
    Person,
    PersonIdentityField,
)
from satchel.vault.disk.atomic_file import write_atomically
from satchel.work import CancelToken, Progress, check_cancelled


@dataclass(frozen=True)
class ExportRequest:
    """What to export and to whom: recipients (age1… keys) or a passphrase, not both."""

    destination: Path
    case_id: uuid.UUID | str | None = None
    recipients: Sequence[str] = ()
    passphrase: str | None = None
    identity_fields: Sequence[str] = ()  # empty: pseudonyms only (the default)


@dataclass(frozen=True)
class ExportReport:
    path: Path
    scope: str
    counts: dict[str, int] = field(default_factory=dict)
    identity_fields: tuple[str, ...] = ()
    size: int = 0


def all_identity_fields() -> tuple[str, ...]:
    return IDENTITY_FIELDS


def _check_request(request: ExportRequest) -> tuple[str, ...]:
    if (request.passphrase is None) == (not request.recipients):
        raise InvalidInputError(
            "Choose either recipients (age1… keys) or a passphrase for the bundle, not both."
        )
    if request.passphrase == "":
        raise InvalidInputError(problem="passphrase_empty", field="bundle passphrase")
    unknown = sorted(set(request.identity_fields) - set(IDENTITY_FIELDS))
    if unknown:
        raise InvalidInputError(f"Unknown identity field: {', '.join(unknown)}.")
    destination = request.destination
    if destination.is_dir():
        raise InvalidInputError(problem="bundle_is_folder", path=str(destination))
    if not destination.parent.is_dir():
        raise InvalidInputError(problem="folder_missing", folder=str(destination.parent))
    return tuple(name for name in IDENTITY_FIELDS if name in set(request.identity_fields))


def export_bundle(
    vs: VaultSession,
    request: ExportRequest,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ExportReport:
    """Write the bundle to `request.destination`; report what went into it."""
    report = progress or (lambda _fraction: None)
    fields = _check_request(request)
    recipients = parse_recipients(request.recipients) if request.recipients else []
    report(0.0)
    with vs.reading() as session:
        case_ids, data, blobs = _collect(vs, session, request.case_id, fields, cancel)
    check_cancelled(cancel)
    report(0.3)
    scope = "case" if request.case_id is not None else "vault"
    counts = {kind: len(records) for kind, records in data.items()}
    manifest = Manifest(
        created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        scope=scope,
        case_ids=case_ids,
        identity_fields=fields,
        counts=counts,
        demo=is_demo_vault(vs),
    )
    plain = pack(manifest, data, blobs)
    del blobs
    check_cancelled(cancel)
    report(0.5)
    if request.passphrase is not None:
        cipher = encrypt_with_passphrase(plain, request.passphrase)
    else:
        cipher = encrypt_to_recipients(plain, recipients)
    del plain
    check_cancelled(cancel)
    report(0.9)
    check_cancelled(cancel)  # the last moment a Cancel can still leave no file
    write_atomically(request.destination, cipher)
    event_log.event("export.written", with_identities=bool(fields))
    with vs.transaction() as session:
        store_bases(session, _hashes(data))
        detail = f"{scope}; identity fields: {', '.join(fields)}" if fields else scope
        case_ref = uuid.UUID(case_ids[0]) if scope == "case" else None
        activity.record(session, "exported", "bundle", case_ref, detail)
    report(1.0)
    return ExportReport(request.destination, scope, counts, fields, len(cipher))


def _hashes(data: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    return {
        record["id"]: content_hash(record)
        for kind, records in data.items()
        if kind != "case_members"
        for record in records
    }


def _collect(
    vs: VaultSession,
    session: Session,
    case_id: uuid.UUID | str | None,
    fields: tuple[str, ...],
    cancel: CancelToken | None,
) -> tuple[tuple[str, ...], dict[str, list[dict[str, Any]]], dict[str, bytes]]:
    """The records and files of one case (and the people it names), or of everything."""
    if case_id is not None:
        case = require(session, Case, case_id, "case")
        cases = [case]
        members = list(session.scalars(select(CaseMember).where(CaseMember.case_id == case.id)))
        notes = list(
            session.scalars(
                select(Note).where(Note.case_id == case.id).options(selectinload(Note.tags))
            )
        )
        person_ids = {m.person_id for m in members} | {
            n.person_id for n in notes if n.person_id is not None
        }
        people = list(
            session.scalars(
                select(Person).where(Person.id.in_(person_ids)).options(selectinload(Person.tags))
            )
        )
        checklists = list(session.scalars(select(Checklist).where(Checklist.case_id == case.id)))
        attachments = list(session.scalars(select(Attachment).where(Attachment.case_id == case.id)))
    else:
        cases = list(session.scalars(select(Case).options(selectinload(Case.tags))))
        members = list(session.scalars(select(CaseMember)))
        notes = list(session.scalars(select(Note).options(selectinload(Note.tags))))
        people = list(session.scalars(select(Person).options(selectinload(Person.tags))))
        checklists = list(session.scalars(select(Checklist)))
        attachments = list(session.scalars(select(Attachment)))
    items = list(
        session.scalars(
            select(ChecklistItem).where(ChecklistItem.checklist_id.in_([c.id for c in checklists]))
        )
    )
    check_cancelled(cancel)
    data = {
        "people": [
            render_person(p, _identity(vs, session, p, fields) if fields else None)
            for p in _ordered(people)
        ],
        "cases": [render_case(c) for c in _ordered(cases)],
        "case_members": sorted(
            (render_member(m) for m in members), key=lambda r: (r["case_id"], r["person_id"])
        ),
        "notes": [render_note(n) for n in _ordered(notes)],
        "checklists": [render_checklist(c) for c in _ordered(checklists)],
        "checklist_items": [render_item(i) for i in _ordered(items)],
        "attachments": [render_attachment(a) for a in _ordered(attachments)],
    }
    blobs: dict[str, bytes] = {}
    for row in attachments:
        check_cancelled(cancel)
        if row.sha256 not in blobs:
            blobs[row.sha256] = _blob(session, row)
    return tuple(str(c.id) for c in cases) if case_id else (), data, blobs


def _ordered(rows: Iterable[Any]) -> list[Any]:
    return sorted(rows, key=lambda row: str(row.id))


def _identity(
    vs: VaultSession, session: Session, person: Person, fields: tuple[str, ...]
) -> dict[str, str]:
    rows = session.scalars(
        select(PersonIdentityField).where(
            PersonIdentityField.person_id == person.id, PersonIdentityField.field.in_(fields)
        )
    )
    return {row.field: vs.sealer.open(person.id, row.field, row.sealed) for row in rows}


def _blob(session: Session, row: Attachment) -> bytes:
    data = session.scalar(select(AttachmentBlob.data).where(AttachmentBlob.attachment_id == row.id))
    if data is None or len(data) != row.size:
        raise TamperedError("attachment")
    if not hmac.compare_digest(hashlib.sha256(data).hexdigest(), row.sha256):
        raise TamperedError("attachment")
    return bytes(data)
