"""Exporting sharing bundles: age can read them, identities stay out unless asked for."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.factories import cancel_at as pressed_at
from tests.factories import make_case
from tests.services.bundle_helpers import (
    FILE_SENTINEL,
    NOTE_SENTINEL,
    SECRET_NAME,
    SECRET_PHONE,
    FilledCase,
    age_decrypt_with_identity,
    age_decrypt_with_passphrase,
    files_holding,
    snapshot,
    tar_members,
    write_identity,
)

from satchel.errors import CancelledError, InvalidInputError, NotFoundError
from satchel.services.core import activity
from satchel.services.core.session import VaultSession
from satchel.services.sharing.export import ExportRequest, export_bundle

NEEDLES = [NOTE_SENTINEL.encode(), FILE_SENTINEL, SECRET_NAME.encode(), SECRET_PHONE.encode()]


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """TMPDIR pointed at an empty folder of this test's own, so it can be searched after."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    yield folder


def test_recipient_export_decrypts_with_age_and_holds_no_identity(
    vs: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    identity_file, public = write_identity(tmp_path)
    out = tmp_path / "out" / "case.age"
    out.parent.mkdir()
    report = export_bundle(vs, ExportRequest(out, case_id=filled.case_id, recipients=[public]))

    plain = age_decrypt_with_identity(out, identity_file)
    members = tar_members(plain)
    manifest = json.loads(members["bundle.json"])
    assert manifest["format"] == "satchel-bundle"
    assert manifest["version"] == 1
    assert manifest["scope"] == "case"
    assert manifest["redacted"] is True
    assert manifest["identity_fields"] == []
    data = json.loads(members["data.json"])
    assert [c["title"] for c in data["cases"]] == ["Case Sparrow"]
    assert sorted(p["pseudonym"] for p in data["people"]) == ["Owl", "Sparrow"]
    assert all("identity" not in person for person in data["people"])
    assert SECRET_NAME.encode() not in plain and SECRET_PHONE.encode() not in plain
    assert NOTE_SENTINEL in data["notes"][0]["body"]
    digest = data["attachments"][0]["sha256"]
    assert members[f"attachments/{digest}"] == FILE_SENTINEL
    assert report.counts["checklist_items"] == len(data["checklist_items"]) > 0
    assert list(out.parent.iterdir()) == [out]  # no temp file left beside it


def test_identities_only_when_asked_and_named(
    vs: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    identity_file, public = write_identity(tmp_path)
    out = tmp_path / "with-ids.age"
    export_bundle(
        vs,
        ExportRequest(
            out, case_id=filled.case_id, recipients=[public], identity_fields=["legal_name"]
        ),
    )
    members = tar_members(age_decrypt_with_identity(out, identity_file))
    manifest = json.loads(members["bundle.json"])
    assert manifest["redacted"] is False
    assert manifest["identity_fields"] == ["legal_name"]
    people = {p["pseudonym"]: p for p in json.loads(members["data.json"])["people"]}
    assert people["Sparrow"]["identity"] == {"legal_name": SECRET_NAME}
    assert people["Owl"]["identity"] == {}
    assert SECRET_PHONE.encode() not in members["data.json"]  # a field not named stays out
    logged = [e for e in activity.list_activity(vs) if e.action == "exported"]
    assert logged and "legal_name" in logged[0].detail and SECRET_NAME not in logged[0].detail


def test_passphrase_export_decrypts_with_age(
    vs: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    out = tmp_path / "pass.age"
    export_bundle(vs, ExportRequest(out, case_id=filled.case_id, passphrase="wide amber pylon"))
    assert b"-> scrypt " in out.read_bytes()[:200]
    plain_out = tmp_path / "plain.tar"
    age_decrypt_with_passphrase(out, "wide amber pylon", plain_out)
    assert json.loads(tar_members(plain_out.read_bytes())["bundle.json"])["scope"] == "case"


def test_whole_vault_export(vs: VaultSession, filled: FilledCase, tmp_path: Path) -> None:
    make_case(vs, "Second case")
    identity_file, public = write_identity(tmp_path)
    out = tmp_path / "vault.age"
    report = export_bundle(vs, ExportRequest(out, recipients=[public]))
    data = json.loads(tar_members(age_decrypt_with_identity(out, identity_file))["data.json"])
    assert report.scope == "vault"
    assert sorted(c["title"] for c in data["cases"]) == ["Case Sparrow", "Second case"]


def test_several_recipients_each_can_decrypt(
    vs: VaultSession, filled: FilledCase, tmp_path: Path
) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first_file, first = write_identity(tmp_path / "one")
    second_file, second = write_identity(tmp_path / "two")
    out = tmp_path / "both.age"
    export_bundle(vs, ExportRequest(out, case_id=filled.case_id, recipients=[first, second]))
    assert age_decrypt_with_identity(out, first_file) == age_decrypt_with_identity(out, second_file)


@pytest.mark.parametrize(
    ("request_fields", "message"),
    [
        ({"recipients": ["age1notakey"]}, "not an age public key"),
        ({"recipients": ["ssh-ed25519 AAAA"]}, "not an age public key"),
        ({}, "either recipients"),
        ({"recipients": ["x"], "passphrase": "p"}, "either recipients"),
        ({"passphrase": ""}, "cannot be empty"),
        ({"passphrase": "p", "identity_fields": ["shoe_size"]}, "Unknown identity field"),
    ],
)
def test_bad_requests_write_nothing(
    vs: VaultSession,
    filled: FilledCase,
    tmp_path: Path,
    request_fields: dict[str, object],
    message: str,
) -> None:
    before = snapshot(vs)
    out = tmp_path / "bad.age"
    with pytest.raises(InvalidInputError, match=message):
        export_bundle(vs, ExportRequest(out, case_id=filled.case_id, **request_fields))  # type: ignore[arg-type]
    assert list(tmp_path.glob("*.age")) == [] and list(tmp_path.glob(".*tmp")) == []
    assert snapshot(vs) == before


@pytest.mark.parametrize("cancel_at", [0.0, 0.3, 0.5, 0.9])
def test_cancel_leaves_no_file_and_no_change(
    vs: VaultSession, filled: FilledCase, tmp_path: Path, cancel_at: float
) -> None:
    before = snapshot(vs)
    _identity_file, public = write_identity(tmp_path)
    out = tmp_path / "out" / "cancelled.age"
    out.parent.mkdir()
    cancel, progress = pressed_at(cancel_at)
    with pytest.raises(CancelledError):
        export_bundle(
            vs,
            ExportRequest(out, case_id=filled.case_id, recipients=[public]),
            progress=progress,
            cancel=cancel,
        )
    assert not out.exists()
    assert list(out.parent.iterdir()) == []
    assert snapshot(vs) == before


def test_no_plaintext_in_tmpdir_during_or_after_export(
    vs: VaultSession, filled: FilledCase, tmp_path: Path, private_tmp: Path
) -> None:
    _identity_file, public = write_identity(tmp_path)
    out = tmp_path / "scan.age"
    during: list[list[Path]] = []
    export_bundle(
        vs,
        ExportRequest(out, case_id=filled.case_id, recipients=[public], identity_fields=["phone"]),
        progress=lambda _f: during.append(files_holding(private_tmp, NEEDLES)),
    )
    assert len(during) >= 3 and not any(during)
    assert files_holding(private_tmp, NEEDLES) == []
    assert files_holding(tmp_path, NEEDLES) == []  # the bundle itself is ciphertext


def test_unknown_case_is_a_clear_error(vs: VaultSession, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="No case"):
        export_bundle(
            vs,
            ExportRequest(tmp_path / "x.age", case_id="0123456789abcdef", passphrase="p"),
        )
