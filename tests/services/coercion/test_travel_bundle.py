"""Travel to a bundle for a trusted colleague, and back, on real vaults with real age keys.

A (the traveller) seals its checked backup to B's sharing key; A is left with the cover;
B keeps the backup inside without being able to read it; A returns from that backup. Also:
what the bundle shows to someone without the key, and every way it is refused.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyrage  # type: ignore[import-untyped]
import pytest
from tests.factories import make_vault
from tests.security.test_locked_vault_says_nothing import CHI_SQUARE_LIMIT, WORDS, _chi_square
from tests.services.bundle_helpers import age_decrypt_with_identity, snapshot, write_identity

from satchel.errors import CancelledError, InvalidInputError, WrongPassphraseError
from satchel.services.backups.restore import restore_as_new_vault
from satchel.services.coercion.travel import TravelCheckError, leave_only_cover
from satchel.services.coercion.travel_bundle import write_travel_bundle
from satchel.services.coercion.travel_keeping import holds_travel_backup, save_travel_backup
from satchel.services.coercion.travel_return import cover_to_keep, finish_return, stage_return
from satchel.services.core import session
from satchel.services.notebook.cases import create_case, list_cases
from satchel.services.sharing.age_streams import RecordsGivenError, TravelBackupGivenError
from satchel.services.sharing.bundle_format import BundleError, DamagedBundleError, NotABundleError
from satchel.services.sharing.export import ExportRequest, export_bundle
from satchel.services.sharing.identity import public_key
from satchel.services.sharing.importing import open_bundle, read_bundle_file
from satchel.vault import FAST_TEST_KDF
from satchel.work import CancelToken

REAL = "real passphrase for the real vault"
COVER = "cover passphrase for the guard"
COLLEAGUE = "the colleague's own passphrase"


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("bundle-travel")
    traveller = base / "a"
    vs, _ = session.create(traveller, REAL, kdf_for_tests=FAST_TEST_KDF, format_version=2)
    with vs:
        create_case(vs, title="Real case of Andriy")
    colleague = base / "b"
    vs, _ = make_vault(colleague, COLLEAGUE, format_version=2)
    with vs:
        public_key(vs)  # its sharing key exists from here on
    stranger = base / "c"
    vs, _ = make_vault(stranger, COLLEAGUE, format_version=2)
    vs.close()
    return {"a": traveller, "b": colleague, "c": stranger}


@pytest.fixture
def vaults(templates: dict[str, Path], tmp_path: Path) -> dict[str, Path]:
    made = {}
    for name, template in templates.items():
        made[name] = tmp_path / name / "notes"
        shutil.copytree(template, made[name])
    return made


def _titles(folder: Path, passphrase: str) -> list[str]:
    with session.unlock(folder, passphrase) as vs:
        return sorted(case.title for case in list_cases(vs))


def _key(folder: Path) -> str:
    with session.unlock(folder, COLLEAGUE) as vs:
        return public_key(vs)


def _bundle(vaults: dict[str, Path], tmp_path: Path) -> Path:
    with session.unlock(vaults["a"], REAL) as vs:
        return write_travel_bundle(vs, REAL, tmp_path / "out", _key(vaults["b"])).path


def _everything(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*")) if folder.exists() else []


def test_there_through_a_colleague_and_back(vaults: dict[str, Path], tmp_path: Path) -> None:
    out, keep = tmp_path / "out", tmp_path / "kept"
    steps: list[float] = []
    with session.unlock(vaults["a"], REAL) as vs:
        made = write_travel_bundle(vs, REAL, out, _key(vaults["b"]), progress=steps.append)
        leave_only_cover(vs, COVER)
    assert steps == sorted(steps) and steps[-1] == 1.0
    assert _everything(out) == [made.path.name]  # no scratch backup left beside it
    assert made.size == made.path.stat().st_size
    with pytest.raises(WrongPassphraseError):
        _titles(vaults["a"], REAL)
    assert "Food bank rota" in _titles(vaults["a"], COVER)

    with session.unlock(vaults["b"], COLLEAGUE) as colleague:
        assert holds_travel_backup(colleague, made.path)
        before = snapshot(colleague)
        saved = save_travel_backup(colleague, made.path, keep)
        assert snapshot(colleague) == before  # nothing of it went into B's vault
    assert _everything(keep) == [saved.name]
    assert len(saved.name) == 16 and all(c in "0123456789abcdef" for c in saved.name)

    with session.unlock(vaults["a"], COVER) as cover:  # as the window does it
        keep = cover_to_keep(cover)
    staged = stage_return(vaults["a"], saved, REAL, keep=keep)
    assert finish_return(staged, vaults["a"], keep)
    assert _titles(vaults["a"], REAL) == ["Real case of Andriy"]
    assert "Food bank rota" in _titles(vaults["a"], COVER)  # the duress passphrase again


def test_the_bundle_says_nothing_beyond_being_age(vaults: dict[str, Path], tmp_path: Path) -> None:
    path = _bundle(vaults, tmp_path)
    assert len(path.name) == 16 and all(c in "0123456789abcdef" for c in path.name)
    data = path.read_bytes()
    header_end = data.index(b"\n", data.index(b"\n--- ") + 1) + 1
    header, payload = data[:header_end], data[header_end:]
    assert header.startswith(b"age-encryption.org/v1\n-> X25519 ")  # age's own, as any
    assert header.count(b"\n-> X25519 ") == 1  # one recipient key, never named
    found = [word for word in WORDS if len(word) >= 5 and word in data.lower()]
    assert not found, found
    assert b"travel" not in data.lower() and b"backup" not in data.lower()
    assert _chi_square(payload) < CHI_SQUARE_LIMIT


def test_age_itself_opens_it_to_the_documented_envelope(
    vaults: dict[str, Path], tmp_path: Path
) -> None:
    """docs/FORMATS.md: `age -d -i IDENTITY BUNDLE | tail -c +25` is the backup file, which
    restores and opens with the traveller's passphrase."""
    identity, key = write_identity(tmp_path)
    with session.unlock(vaults["a"], REAL) as vs:
        made = write_travel_bundle(vs, REAL, tmp_path / "out", key)
    plain = age_decrypt_with_identity(made.path, identity)
    assert plain.startswith(b"satchel-travel-backup 1\n")
    backup = tmp_path / "backup"
    backup.write_bytes(plain[24:])
    restore_as_new_vault(backup, tmp_path / "restored")
    assert _titles(tmp_path / "restored", REAL) == ["Real case of Andriy"]


def test_another_vault_cannot_keep_it(vaults: dict[str, Path], tmp_path: Path) -> None:
    path = _bundle(vaults, tmp_path)
    with session.unlock(vaults["c"], COLLEAGUE) as stranger:
        with pytest.raises(BundleError) as raised:
            save_travel_backup(stranger, path, tmp_path / "kept")
        assert raised.value.params["problem"] == "other_key"
        with pytest.raises(BundleError):
            holds_travel_backup(stranger, path)
    assert _everything(tmp_path / "kept") == []


@pytest.mark.parametrize("spoil", ["flip", "cut"])
def test_a_damaged_bundle_leaves_no_file(
    vaults: dict[str, Path], tmp_path: Path, spoil: str
) -> None:
    path = _bundle(vaults, tmp_path)
    data = bytearray(path.read_bytes())
    if spoil == "flip":
        data[len(data) * 3 // 4] ^= 0x01
    else:
        del data[len(data) * 3 // 4 :]
    path.write_bytes(bytes(data))
    with session.unlock(vaults["b"], COLLEAGUE) as colleague, pytest.raises(DamagedBundleError):
        save_travel_backup(colleague, path, tmp_path / "kept")
    assert _everything(tmp_path / "kept") == []


def test_what_is_not_age_is_named(vaults: dict[str, Path], tmp_path: Path) -> None:
    junk = tmp_path / "junk"
    junk.write_bytes(os.urandom(5000))
    with session.unlock(vaults["b"], COLLEAGUE) as colleague:
        with pytest.raises(NotABundleError):
            save_travel_backup(colleague, junk, tmp_path / "kept")
        with pytest.raises(NotABundleError):
            holds_travel_backup(colleague, junk)
    assert _everything(tmp_path / "kept") == []


def test_records_and_travel_bundles_each_name_the_other_path(
    vaults: dict[str, Path], tmp_path: Path
) -> None:
    records = tmp_path / "case.age"
    with session.unlock(vaults["a"], REAL) as vs:
        case = list_cases(vs)[0].id
        export_bundle(vs, ExportRequest(records, case_id=case, recipients=[_key(vaults["b"])]))
    travel = _bundle(vaults, tmp_path)
    with session.unlock(vaults["b"], COLLEAGUE) as colleague:
        assert not holds_travel_backup(colleague, records)
        with pytest.raises(RecordsGivenError) as refused:
            save_travel_backup(colleague, records, tmp_path / "kept")
        assert "without --save-travel-backup" in str(refused.value)
        before = snapshot(colleague)
        with pytest.raises(TravelBackupGivenError) as given:
            open_bundle(colleague, read_bundle_file(travel))
        assert "--save-travel-backup" in str(given.value)
        assert snapshot(colleague) == before
    assert _everything(tmp_path / "kept") == []


def test_a_passphrase_bundle_is_records(vaults: dict[str, Path], tmp_path: Path) -> None:
    records = tmp_path / "by-passphrase"
    records.write_bytes(bytes(pyrage.passphrase.encrypt(b"x" * 100, "a passphrase")))
    with session.unlock(vaults["b"], COLLEAGUE) as colleague:
        assert not holds_travel_backup(colleague, records)
        with pytest.raises(RecordsGivenError):
            save_travel_backup(colleague, records, tmp_path / "kept")


def test_cancel_while_sealing_leaves_nothing_and_the_vault_whole(
    vaults: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    token = CancelToken()
    seen: list[float] = []

    def cancel_while_sealing(fraction: float) -> None:
        seen.append(fraction)
        if fraction > 0.7:  # checked; the age file is being written
            token.cancel()

    key = _key(vaults["b"])
    with session.unlock(vaults["a"], REAL) as vs, pytest.raises(CancelledError):
        write_travel_bundle(vs, REAL, out, key, progress=cancel_while_sealing, cancel=token)
    assert any(0.7 < f < 0.95 for f in seen)
    assert _everything(out) == []
    assert _titles(vaults["a"], REAL) == ["Real case of Andriy"]
    with pytest.raises(WrongPassphraseError):
        _titles(vaults["a"], COVER)  # no cover was made


def test_cancel_while_keeping_leaves_no_file(vaults: dict[str, Path], tmp_path: Path) -> None:
    path = _bundle(vaults, tmp_path)
    token = CancelToken()

    def cancel_halfway(fraction: float) -> None:
        if fraction > 0.5:
            token.cancel()

    with session.unlock(vaults["b"], COLLEAGUE) as colleague, pytest.raises(CancelledError):
        save_travel_backup(
            colleague, path, tmp_path / "kept", progress=cancel_halfway, cancel=token
        )
    assert _everything(tmp_path / "kept") == []


def test_a_backup_that_does_not_open_leaves_nothing(
    vaults: dict[str, Path], tmp_path: Path
) -> None:
    key = _key(vaults["b"])
    with session.unlock(vaults["a"], REAL) as vs, pytest.raises(TravelCheckError):
        write_travel_bundle(vs, "not the passphrase", tmp_path / "out", key)
    assert _everything(tmp_path / "out") == []


def test_a_mistyped_key_is_named_before_any_work(vaults: dict[str, Path], tmp_path: Path) -> None:
    key = _key(vaults["b"])
    with session.unlock(vaults["a"], REAL) as vs, pytest.raises(InvalidInputError) as raised:
        write_travel_bundle(vs, REAL, tmp_path / "out", key[:-3] + "qqq")
    assert "mistyped" in str(raised.value)
    assert not (tmp_path / "out").exists()
