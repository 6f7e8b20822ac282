"""More of the merge rule: whole vaults, case conflicts, pseudonym clashes, files."""

from __future__ import annotations

import copy
import hashlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tests.services.bundle_helpers import (
    FILE_SENTINEL,
    FilledCase,
    other_vault,
    snapshot,
)

from satchel.services.core.session import VaultSession
from satchel.services.notebook import attachments, cases, notes, people
from satchel.services.sharing.bundle_format import BundleError, pack, unpack
from satchel.services.sharing.export import ExportRequest, export_bundle
from satchel.services.sharing.identity import (
    decrypt_bundle,
    encrypt_to_recipients,
    public_key,
    vault_identity,
)
from satchel.services.sharing.importing import import_file
from satchel.services.sharing.merge import CONFLICT_TAG


@pytest.fixture
def vault_b(tmp_path: Path) -> Iterator[VaultSession]:
    session = other_vault(tmp_path / "vault-b")
    try:
        yield session
    finally:
        session.close()


def send(source: VaultSession, target: VaultSession, path: Path, **options: object) -> Path:
    export_bundle(source, ExportRequest(path, recipients=[public_key(target)], **options))  # type: ignore[arg-type]
    return path


def test_whole_vault_round_trip_with_person_notes_and_note_files(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    loner = people.create_person(vs, pseudonym="Heron")
    diary = notes.create_note(vs, title="About Heron", body="met twice", person_id=loner)
    scan = attachments.add_attachment(vs, filename="heron.txt", data=b"heron file", note_id=diary)
    other = cases.create_case(vs, title="Second case")
    report = import_file(vault_b, send(vs, vault_b, tmp_path / "all.age"))
    assert report.new["case"] == 2 and report.new["person"] == 3
    assert notes.get_note(vault_b, diary).person_id == loner
    assert attachments.read_attachment(vault_b, scan) == b"heron file"
    assert attachments.read_attachment(vault_b, filled.attachment_id) == FILE_SENTINEL
    assert cases.get_case(vault_b, other).title == "Second case"


def test_case_conflict_keeps_a_bare_copy_of_the_older(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    import_file(vault_b, send(vs, vault_b, tmp_path / "1.age", case_id=filled.case_id))
    cases.update_case(vs, filled.case_id, summary="A's summary")
    cases.update_case(vault_b, filled.case_id, summary="B's summary")  # newer
    report = import_file(vault_b, send(vs, vault_b, tmp_path / "2.age", case_id=filled.case_id))
    [conflict] = report.conflicts
    assert conflict.kind == "case" and conflict.copy_id is not None
    kept = cases.get_case(vault_b, filled.case_id)
    copy = cases.get_case(vault_b, conflict.copy_id)
    assert kept.summary == "B's summary" and kept.title == "Case Sparrow"
    assert copy.summary == "A's summary" and copy.title.startswith("Case Sparrow (conflict ")
    assert CONFLICT_TAG in kept.tags and CONFLICT_TAG in copy.tags
    assert len(kept.notes) == 1 and copy.notes == ()  # the children stay with the id


def test_a_new_person_whose_pseudonym_is_taken_here_is_renamed(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    local = people.create_person(vault_b, pseudonym="sparrow")
    import_file(vault_b, send(vs, vault_b, tmp_path / "1.age", case_id=filled.case_id))
    assert people.get_person(vault_b, local).pseudonym == "sparrow"
    assert people.get_person(vault_b, filled.client_id).pseudonym == "Sparrow (2)"


def test_a_file_changed_by_the_sender_replaces_ours(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    """Satchel never edits a file in place, but the format allows it: the bytes follow."""
    bundle = send(vs, vault_b, tmp_path / "1.age", case_id=filled.case_id)
    import_file(vault_b, bundle)
    raw = unpack(decrypt_bundle(vault_b, bundle.read_bytes()))
    edited = b"a better scan"
    digest = hashlib.sha256(edited).hexdigest()
    [record] = raw.data["attachments"]
    record.update(sha256=digest, size=len(edited))
    repacked = tmp_path / "2.age"
    repacked.write_bytes(
        encrypt_to_recipients(
            pack(raw.manifest, raw.data, {digest: edited}), [vault_identity(vault_b).to_public()]
        )
    )
    report = import_file(vault_b, repacked)
    assert report.updated == {"attachment": 1} and report.conflicts == ()
    assert attachments.read_attachment(vault_b, filled.attachment_id) == edited


def _note_to_a_new_case(data: dict[str, Any]) -> None:
    other = dict(copy.deepcopy(data["cases"][0]), id=str(uuid.uuid4()), title="Elsewhere")
    data["cases"].append(other)
    data["notes"][0]["case_id"] = other["id"]


def _item_to_a_new_checklist(data: dict[str, Any]) -> None:
    other = dict(copy.deepcopy(data["checklists"][0]), id=str(uuid.uuid4()), title="Elsewhere")
    data["checklists"].append(other)
    item = next(
        i for i in data["checklist_items"] if i["id"] == data["attachments"][0]["checklist_item_id"]
    )
    item["checklist_id"] = other["id"]


@pytest.mark.parametrize("move", [_note_to_a_new_case, _item_to_a_new_checklist])
def test_a_bundle_cannot_move_an_existing_record_to_another_owner(
    vs: VaultSession,
    vault_b: VaultSession,
    filled: FilledCase,
    tmp_path: Path,
    move: Callable[[dict[str, Any]], None],
) -> None:
    """The app never moves a note or an item; a bundle that does would leave its files and
    search entries on the old case. Refused, and nothing changes."""
    bundle = send(vs, vault_b, tmp_path / "1.age", case_id=filled.case_id)
    import_file(vault_b, bundle)
    raw = unpack(decrypt_bundle(vault_b, bundle.read_bytes()))
    move(raw.data)
    crafted = tmp_path / "2.age"
    crafted.write_bytes(
        encrypt_to_recipients(
            pack(replace(raw.manifest, scope="vault", case_ids=()), raw.data, raw.blobs),
            [vault_identity(vault_b).to_public()],
        )
    )
    before = snapshot(vault_b)
    with pytest.raises(BundleError, match="would move this vault's"):
        import_file(vault_b, crafted)
    assert snapshot(vault_b) == before
