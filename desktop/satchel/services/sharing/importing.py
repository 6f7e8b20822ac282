"""Import a sharing bundle: decrypt in memory, check everything, then merge in one transaction.

Nothing is written until the whole bundle has been decrypted, parsed and checked (records,
references between them, every file against its SHA-256). The merge itself is a single
transaction: a failure or a Cancel rolls all of it back, so the vault is either unchanged
or holds the whole bundle. The merge rule is in bundle_merge.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from satchel.services.core import activity
from satchel.services.core.demo_mark import check_same_kind
from satchel.services.core.session import VaultSession
from satchel.services.core.user_files import read_user_file
from satchel.services.notebook.identity import IDENTITY_FIELDS
from satchel.services.sharing.age_streams import (
    ENVELOPE_NAME,
    TravelBackupGivenError,
    refuse_travel_backup,
)
from satchel.services.sharing.bases import load_bases, store_bases
from satchel.services.sharing.bundle_format import (
    MAX_BUNDLE_BYTES,
    BundleError,
    Manifest,
    RawBundle,
    unpack,
)
from satchel.services.sharing.identity import decrypt_bundle, needs_passphrase
from satchel.services.sharing.merge import (
    CONFLICT,
    KEPT,
    MODELS,
    NEW,
    TITLE_FIELD,
    UNCHANGED,
    UPDATED,
    Record,
    decide,
    marked,
    stamp,
)
from satchel.services.sharing.records import KINDS, content_hash, same_content
from satchel.services.sharing.schema import check_record, singular
from satchel.services.sharing.writes import Writer
from satchel.work import CancelToken, Progress, check_cancelled

MAX_RECORDS = 1_000_000
# Links that never change once a record exists (the app cannot move these): a bundle that
# changes one would move a row out from under what hangs on it (files, items, the index).
OWNER_FIELDS = {
    "notes": ("case_id", "person_id"),
    "checklists": ("case_id",),
    "checklist_items": ("checklist_id",),
    "attachments": ("case_id", "note_id"),
}


@dataclass(frozen=True)
class Bundle:
    """A decrypted, fully checked bundle, held in memory until it is merged or dropped."""

    manifest: Manifest
    records: dict[str, list[Record]]
    blobs: dict[str, bytes]


@dataclass(frozen=True)
class ConflictView:
    kind: str  # singular: "note", "case", …
    id: uuid.UUID  # the record that kept the id (the newer version)
    title: str
    copy_id: uuid.UUID | None  # the older version's new id; None for a checklist's fields


@dataclass(frozen=True)
class ImportReport:
    """What an import did, or (from plan_import) would do, counted per kind."""

    new: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)  # ours was newer; theirs not taken
    conflicts: tuple[ConflictView, ...] = ()

    @property
    def totals(self) -> dict[str, int]:
        return {
            NEW: sum(self.new.values()),
            UPDATED: sum(self.updated.values()),
            UNCHANGED: sum(self.unchanged.values()),
            KEPT: sum(self.kept.values()),
            CONFLICT: len(self.conflicts),
        }


def read_bundle_file(path: Path) -> bytes:
    """The encrypted file's bytes, refusing what is too large to hold in memory."""
    try:
        size = os.stat(path).st_size
    except OSError:
        size = 0  # read_user_file says what is wrong with it
    if size > MAX_BUNDLE_BYTES:
        raise BundleError(
            f"it is larger than {MAX_BUNDLE_BYTES // 1024 // 1024} MB",
            "too_large",
            limit_mb=MAX_BUNDLE_BYTES // 1024 // 1024,
        )
    return read_user_file(path, MAX_BUNDLE_BYTES)


def bundle_needs_passphrase(cipher: bytes) -> bool:
    return needs_passphrase(cipher)


def open_bundle(
    vs: VaultSession,
    cipher: bytes,
    passphrase: str | None = None,
    *,
    cancel: CancelToken | None = None,
) -> Bundle:
    """Decrypt (the vault's key, or the passphrase) and check the whole bundle."""
    if len(cipher) > MAX_BUNDLE_BYTES:
        raise BundleError("it is too large", "too_large", limit_mb=MAX_BUNDLE_BYTES // 1024 // 1024)
    refuse_travel_backup(vs, cipher)
    plain = decrypt_bundle(vs, cipher, passphrase)
    if plain.startswith(ENVELOPE_NAME):
        raise TravelBackupGivenError()
    check_cancelled(cancel)
    raw = unpack(plain)
    del plain
    check_demo_match(vs, raw.manifest)
    check_cancelled(cancel)
    return check_bundle(raw)


def check_demo_match(vs: VaultSession, manifest: Manifest) -> None:
    """Demo bundles go into demo vaults only, and real ones into real vaults only."""
    check_same_kind(vs, from_demo=manifest.demo, what="bundle")


def check_bundle(raw: RawBundle) -> Bundle:
    manifest = raw.manifest
    unknown_fields = sorted(set(manifest.identity_fields) - set(IDENTITY_FIELDS))
    if unknown_fields:
        raise BundleError(f'bundle.json names an unknown identity field "{unknown_fields[0]}"')
    extra = sorted(set(raw.data) - set(KINDS))
    if extra:
        raise BundleError(f'data.json has an unknown section "{extra[0][:40]}"')
    allowed = frozenset(manifest.identity_fields)
    records: dict[str, list[Record]] = {}
    total = 0
    for kind in KINDS:
        section = raw.data.get(kind)
        if not isinstance(section, list):
            raise BundleError(f'data.json has no list "{kind}"')
        total += len(section)
        if total > MAX_RECORDS:
            raise BundleError(f"it holds more than {MAX_RECORDS} records")
        records[kind] = [
            check_record(kind, item, f"{kind}[{i}]", allowed) for i, item in enumerate(section)
        ]
    _check_references(records)
    _check_files(records["attachments"], raw.blobs)
    if manifest.scope == "case" and [r["id"] for r in records["cases"]] != list(manifest.case_ids):
        raise BundleError("bundle.json's case does not match the case in data.json")
    return Bundle(manifest, records, raw.blobs)


def _ids(records: dict[str, list[Record]], kind: str) -> set[str]:
    ids = [r["id"] for r in records[kind]]
    if len(set(ids)) != len(ids):
        raise BundleError(f"data.json lists a {singular(kind)} twice")
    return set(ids)


def _check_references(records: dict[str, list[Record]]) -> None:
    """Every id a record points at must be in the bundle too."""
    people, cases = _ids(records, "people"), _ids(records, "cases")
    notes, lists = _ids(records, "notes"), _ids(records, "checklists")
    items = _ids(records, "checklist_items")
    _ids(records, "attachments")

    def need(value: str | None, known: set[str], where: str) -> None:
        if value is not None and value not in known:
            raise BundleError(f"{where} points at a record the bundle does not hold")

    pairs = set()
    for i, r in enumerate(records["case_members"]):
        need(r["case_id"], cases, f"case_members[{i}].case_id")
        need(r["person_id"], people, f"case_members[{i}].person_id")
        pairs.add((r["case_id"], r["person_id"]))
    if len(pairs) != len(records["case_members"]):
        raise BundleError("data.json links a person to a case twice")
    note_case = {}
    for i, r in enumerate(records["notes"]):
        need(r["case_id"], cases, f"notes[{i}].case_id")
        need(r["person_id"], people, f"notes[{i}].person_id")
        note_case[r["id"]] = r["case_id"]
    list_case = {}
    for i, r in enumerate(records["checklists"]):
        need(r["case_id"], cases, f"checklists[{i}].case_id")
        list_case[r["id"]] = r["case_id"]
    item_case = {}
    for i, r in enumerate(records["checklist_items"]):
        need(r["checklist_id"], lists, f"checklist_items[{i}].checklist_id")
        item_case[r["id"]] = list_case[r["checklist_id"]]
    for i, r in enumerate(records["attachments"]):
        where = f"attachments[{i}]"
        if r["case_id"] is None and r["note_id"] is None and r["checklist_item_id"] is None:
            raise BundleError(f"{where} belongs to no case, note or checklist item")
        need(r["case_id"], cases, f"{where}.case_id")
        need(r["note_id"], notes, f"{where}.note_id")
        need(r["checklist_item_id"], items, f"{where}.checklist_item_id")
        if r["note_id"] is not None and note_case[r["note_id"]] not in (None, r["case_id"]):
            raise BundleError(f"{where} names a case other than its note's")
        if r["checklist_item_id"] is not None and item_case[r["checklist_item_id"]] != r["case_id"]:
            raise BundleError(f"{where} names a case other than its checklist item's")


def _check_files(attachments: Sequence[Record], blobs: dict[str, bytes]) -> None:
    wanted = {r["sha256"]: r for r in attachments}
    for digest, data in blobs.items():
        if digest not in wanted:
            raise BundleError(f"attachments/{digest[:12]}… belongs to no attachment")
        if hashlib.sha256(data).hexdigest() != digest:
            raise BundleError(f"attachments/{digest[:12]}… does not match its SHA-256")
    for i, r in enumerate(attachments):
        body = blobs.get(r["sha256"])
        if body is None:
            raise BundleError(f"attachments[{i}] has no file in the bundle")
        if len(body) != r["size"] or not body:
            raise BundleError(f"attachments[{i}] has a file of the wrong size")


def plan_import(vs: VaultSession, bundle: Bundle) -> ImportReport:
    """What `import_bundle` would do now (new / updated / conflicts), changing nothing."""
    with vs.reading() as session:
        return _merge(session, None, bundle, None, None)


def import_bundle(
    vs: VaultSession,
    bundle: Bundle,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Merge the bundle by id in one transaction; see bundle_merge for the conflict rule."""
    with vs.transaction() as session:
        writer = Writer(session, vs.sealer, bundle.blobs)
        report = _merge(session, writer, bundle, progress, cancel)
        totals = report.totals
        activity.record(
            session,
            "imported",
            "bundle",
            None,
            f"{totals[NEW]} new, {totals[UPDATED]} updated, {totals[CONFLICT]} conflicts",
        )
        check_cancelled(cancel)
    return report


def import_file(
    vs: VaultSession,
    path: Path,
    passphrase: str | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Read, decrypt, check and merge one bundle file (the command line's path)."""
    report = progress or (lambda _fraction: None)
    report(0.0)
    bundle = open_bundle(vs, read_bundle_file(path), passphrase, cancel=cancel)
    report(0.4)
    return import_bundle(vs, bundle, progress=lambda f: report(0.4 + 0.6 * f), cancel=cancel)


def _merge(
    session: Session,
    writer: Writer | None,
    bundle: Bundle,
    progress: Progress | None,
    cancel: CancelToken | None,
) -> ImportReport:
    bases = load_bases(session)
    counts: dict[str, Counter[str]] = {d: Counter() for d in (NEW, UPDATED, UNCHANGED, KEPT)}
    conflicts: list[ConflictView] = []
    seen: dict[str, str] = {}
    total = max(1, sum(len(rows) for rows in bundle.records.values()))
    done = 0
    for kind in KINDS:
        records = bundle.records[kind]
        if kind == "case_members":
            if writer is not None:
                for record in records:
                    writer.member(record)
            done += len(records)
            continue
        local = _load_local(session, MODELS[kind], [r["id"] for r in records])
        for record in records:
            check_cancelled(cancel)
            row = local.get(record["id"])
            _check_owner(kind, row, record)
            incoming = content_hash(record)
            ours = content_hash(Writer.render(kind, row)) if row is not None else None
            decision = decide(ours, incoming, bases.get(record["id"]))
            if decision == CONFLICT and same_content(Writer.render(kind, row), record):
                decision = UPDATED if stamp(record) > stamp(Writer.render(kind, row)) else KEPT
            seen[record["id"]] = incoming
            if decision == CONFLICT:
                conflicts.append(_conflict(writer, kind, row, record))
            else:
                counts[decision][singular(kind)] += 1
                if writer is not None:
                    writer.apply(kind, decision, row, record)
            done += 1
            if progress is not None and done % 50 == 0:
                progress(done / total)
    if writer is not None:
        store_bases(session, seen)
        session.flush()
    if progress is not None:
        progress(1.0)
    return ImportReport(
        new=dict(counts[NEW]),
        updated=dict(counts[UPDATED]),
        unchanged=dict(counts[UNCHANGED]),
        kept=dict(counts[KEPT]),
        conflicts=tuple(conflicts),
    )


def _check_owner(kind: str, row: Any, record: Record) -> None:
    if row is None or kind not in OWNER_FIELDS:
        return
    ours = Writer.render(kind, row)
    for name in OWNER_FIELDS[kind]:
        if ours[name] != record[name]:
            raise BundleError(
                f"it would move this vault's {singular(kind)} {record['id']} to another "
                f"{name.removesuffix('_id').replace('_', ' ')}",
                "takes_record",
            )


def _conflict(writer: Writer | None, kind: str, row: Any, record: Record) -> ConflictView:
    title_field, limit = TITLE_FIELD[kind]
    ours = Writer.render(kind, row)
    incoming_newer = stamp(record) > stamp(ours) and kind != "attachments"
    newer = record if incoming_newer else ours
    older = ours if incoming_newer else record
    # the copy's id exists only once written; a preview has none to show
    copy_id = None if kind == "checklists" or writer is None else uuid.uuid4()
    if writer is not None:
        copy = dict(older, id=str(copy_id))
        if kind != "attachments":
            copy[title_field] = marked(older[title_field], stamp(older), limit)
        writer.conflict(kind, row, record, incoming_newer, copy if copy_id else None)
    return ConflictView(singular(kind), uuid.UUID(record["id"]), newer[title_field], copy_id)


def _load_local(session: Session, model: type[Any], ids: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    wanted = [uuid.UUID(i) for i in ids]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for row in session.scalars(select(model).where(model.id.in_(chunk))):
            found[str(row.id)] = row
    return found
