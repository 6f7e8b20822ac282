"""Importing sharing bundles: merge by id, idempotent, conflicts kept and flagged."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.factories import CancelAfter
from tests.services.bundle_helpers import (
    FILE_SENTINEL,
    NOTE_SENTINEL,
    SECRET_NAME,
    SECRET_PHONE,
    FilledCase,
    age_decrypt_with_identity,
    files_holding,
    other_vault,
    snapshot,
    tar_members,
    write_identity,
)

from satchel.cli.exit_codes import exit_code_for
from satchel.errors import CancelledError, WrongPassphraseError
from satchel.services.checklists import case_checklists
from satchel.services.core import search
from satchel.services.core.session import VaultSession
from satchel.services.notebook import attachments, cases, identity, notes, people
from satchel.services.sharing.export import ExportRequest, export_bundle
from satchel.services.sharing.identity import public_key
from satchel.services.sharing.importing import import_file, open_bundle, plan_import
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


def exported_data(
    vs: VaultSession, case_id: object, tmp_path: Path, name: str
) -> dict[str, object]:
    """The case's records as this vault would share them now: the content to compare."""
    identity_file, public = write_identity(tmp_path)
    out = tmp_path / f"{name}.age"
    export_bundle(vs, ExportRequest(out, case_id=case_id, recipients=[public]))  # type: ignore[arg-type]
    data: dict[str, object] = json.loads(
        tar_members(age_decrypt_with_identity(out, identity_file))["data.json"]
    )
    identity_file.unlink()
    return data


def test_round_trip_case_is_equal_in_the_other_vault(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    bundle = send(vs, vault_b, tmp_path / "case.age", case_id=filled.case_id)
    report = import_file(vault_b, bundle)
    assert report.totals["new"] == sum(report.new.values()) > 10
    assert report.conflicts == ()
    assert exported_data(vault_b, filled.case_id, tmp_path, "b") == exported_data(
        vs, filled.case_id, tmp_path, "a"
    )
    assert attachments.read_attachment(vault_b, filled.attachment_id) == FILE_SENTINEL
    assert notes.get_note(vault_b, filled.note_id).body.endswith(NOTE_SENTINEL)
    assert identity.reveal_identity(vault_b, filled.client_id) == {}  # redacted by default
    hits = search.search(vault_b, "Sparrow")
    assert any(hit.id == filled.case_id for hit in hits)


def test_reimport_is_idempotent(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    bundle = send(vs, vault_b, tmp_path / "case.age", case_id=filled.case_id)
    import_file(vault_b, bundle)
    before = snapshot(vault_b)
    again = import_file(vault_b, bundle)
    assert again.totals["new"] == again.totals["updated"] == again.totals["conflict"] == 0
    after = snapshot(vault_b)
    assert after.pop("activity_events") != before.pop("activity_events")  # the import, logged
    after.pop("vault_state")  # the commit counter counts the transaction
    before.pop("vault_state")
    assert after == before


def test_identities_are_sealed_again_with_the_importing_vault(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    bundle = send(
        vs,
        vault_b,
        tmp_path / "ids.age",
        case_id=filled.case_id,
        identity_fields=["legal_name", "phone"],
    )
    import_file(vault_b, bundle)
    assert identity.reveal_identity(vault_b, filled.client_id) == {
        "legal_name": SECRET_NAME,
        "phone": SECRET_PHONE,
    }
    assert files_holding(tmp_path / "vault-b", [SECRET_NAME.encode()]) == []


def test_one_sided_change_updates_without_conflict(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    import_file(vault_b, send(vs, vault_b, tmp_path / "1.age", case_id=filled.case_id))
    notes.save_note(vs, filled.note_id, body="Second call went well")
    cases.update_case(vs, filled.case_id, status="waiting")
    report = import_file(vault_b, send(vs, vault_b, tmp_path / "2.age", case_id=filled.case_id))
    assert report.conflicts == ()
    assert report.updated == {"note": 1, "case": 1}
    assert notes.get_note(vault_b, filled.note_id).body == "Second call went well"
    assert cases.get_case(vault_b, filled.case_id).status == "waiting"


def test_change_made_here_is_kept_against_an_older_bundle(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    first = send(vs, vault_b, tmp_path / "1.age", case_id=filled.case_id)
    import_file(vault_b, first)
    notes.save_note(vault_b, filled.note_id, body="B's own notes")
    report = import_file(vault_b, first)
    assert report.kept == {"note": 1} and report.conflicts == ()
    assert notes.get_note(vault_b, filled.note_id).body == "B's own notes"


def test_sending_back_an_edited_case_updates_the_sender(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    import_file(vault_b, send(vs, vault_b, tmp_path / "1.age", case_id=filled.case_id))
    notes.save_note(vault_b, filled.note_id, body="edited by B")
    report = import_file(vs, send(vault_b, vs, tmp_path / "back.age", case_id=filled.case_id))
    assert report.conflicts == () and report.updated == {"note": 1}
    assert notes.get_note(vs, filled.note_id).body == "edited by B"


def test_conflicting_edits_keep_both_newer_on_top_flagged(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    import_file(vault_b, send(vs, vault_b, tmp_path / "1.age", case_id=filled.case_id))
    notes.save_note(vault_b, filled.note_id, body="B wrote this first")
    notes.save_note(vs, filled.note_id, body="A wrote this later")  # newer
    bundle = send(vs, vault_b, tmp_path / "2.age", case_id=filled.case_id)
    before_preview = snapshot(vault_b)
    preview = plan_import(vault_b, open_bundle(vault_b, bundle.read_bytes()))
    assert [(c.kind, c.id) for c in preview.conflicts] == [("note", filled.note_id)]
    assert snapshot(vault_b) == before_preview  # the preview changed nothing
    report = import_file(vault_b, bundle)
    [conflict] = report.conflicts
    assert conflict.kind == "note" and conflict.id == filled.note_id and conflict.copy_id
    newer = notes.get_note(vault_b, filled.note_id)
    older = notes.get_note(vault_b, conflict.copy_id)
    assert newer.body == "A wrote this later" and newer.title == "First call"
    assert older.body == "B wrote this first" and older.title.startswith("First call (conflict ")
    assert CONFLICT_TAG in newer.tags and CONFLICT_TAG in older.tags
    assert older.case_id == filled.case_id
    hits = search.search(vault_b, CONFLICT_TAG)
    assert {hit.id for hit in hits} >= {filled.note_id, conflict.copy_id}
    again = import_file(vault_b, bundle)  # no second copy
    assert again.conflicts == () and again.kept == {"note": 1}


def test_conflicting_person_and_item_edits(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    import_file(vault_b, send(vs, vault_b, tmp_path / "1.age", case_id=filled.case_id))
    item = case_checklists.get_checklist(vs, filled.checklist_id).items[1].id
    people.update_person(vault_b, filled.lawyer_id, organisation="Memorial")
    case_checklists.set_item(vault_b, item, note="B's note")
    people.update_person(vs, filled.lawyer_id, organisation="Idite Lesom")
    case_checklists.set_item(vs, item, note="A's note")
    report = import_file(vault_b, send(vs, vault_b, tmp_path / "2.age", case_id=filled.case_id))
    kinds = sorted(c.kind for c in report.conflicts)
    assert kinds == ["checklist item", "person"]
    person_conflict = next(c for c in report.conflicts if c.kind == "person")
    assert person_conflict.copy_id is not None
    assert people.get_person(vault_b, filled.lawyer_id).organisation == "Idite Lesom"
    copy = people.get_person(vault_b, person_conflict.copy_id)
    assert copy.organisation == "Memorial" and copy.pseudonym.startswith("Owl (conflict ")
    view = case_checklists.get_checklist(vault_b, filled.checklist_id)
    assert sorted(i.note for i in view.items if i.item_key == view.items[1].item_key) == [
        "A's note",
        "B's note",
    ]
    assert CONFLICT_TAG in cases.get_case(vault_b, filled.case_id).tags


def test_wrong_recipient_is_refused_and_changes_nothing(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    _file, stranger = write_identity(tmp_path)
    out = tmp_path / "stranger.age"
    export_bundle(vs, ExportRequest(out, case_id=filled.case_id, recipients=[stranger]))
    public_key(vault_b)
    before = snapshot(vault_b)
    with pytest.raises(Exception, match="not encrypted to this vault's sharing key") as caught:
        import_file(vault_b, out)
    assert exit_code_for(caught.value) == 1
    assert snapshot(vault_b) == before


def test_passphrase_bundle_right_and_wrong(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    out = tmp_path / "pass.age"
    export_bundle(vs, ExportRequest(out, case_id=filled.case_id, passphrase="wide amber pylon"))
    public_key(vault_b)
    before = snapshot(vault_b)
    with pytest.raises(WrongPassphraseError):
        import_file(vault_b, out, "narrow amber pylon")
    assert snapshot(vault_b) == before
    assert import_file(vault_b, out, "wide amber pylon").totals["new"] > 0


@pytest.mark.parametrize("cancel_after", [1, 5, 15])
def test_cancelled_import_changes_nothing(
    vs: VaultSession, vault_b: VaultSession, filled: FilledCase, tmp_path: Path, cancel_after: int
) -> None:
    bundle = send(vs, vault_b, tmp_path / "case.age", case_id=filled.case_id)
    before = snapshot(vault_b)
    with pytest.raises(CancelledError):
        import_file(vault_b, bundle, cancel=CancelAfter(cancel_after))
    assert snapshot(vault_b) == before


def test_no_plaintext_in_tmpdir_during_or_after_import(
    vs: VaultSession,
    vault_b: VaultSession,
    filled: FilledCase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    bundle = send(
        vs, vault_b, tmp_path / "ids.age", case_id=filled.case_id, identity_fields=["phone"]
    )
    needles = [NOTE_SENTINEL.encode(), FILE_SENTINEL, SECRET_PHONE.encode()]
    during: list[list[Path]] = []
    import_file(vault_b, bundle, progress=lambda _f: during.append(files_holding(scratch, needles)))
    assert during and not any(during)
    assert files_holding(scratch, needles) == []
    assert files_holding(tmp_path / "vault-b", needles) == []
