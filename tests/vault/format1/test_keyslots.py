"""The passphrase slot: create, open, refuse a wrong passphrase, change it, lock.

Each test runs on format 2 (what users get) and on format 1 (vaults not yet upgraded).
"""

from __future__ import annotations

import shutil
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.factories import folder_state
from tests.vault.vault_disk import (
    Layout,
    MadeVault,
    header_copies,
    read_body,
    sequences,
)

from satchel.cli.exit_codes import exit_code_for
from satchel.vault import (
    FAST_TEST_KDF,
    VaultExistsError,
    WrongPassphraseError,
    create_vault,
    read_info,
    unlock_vault,
    unlock_with_recovery,
)


@pytest.fixture(params=[2, 1], ids=["format2", "format1"])
def vault_format(request: pytest.FixtureRequest) -> int:
    return int(request.param)


def test_new_vault_is_open_and_holds_only_its_header_and_lock(
    tmp_path: Path, vault_format: int, layout: Layout
) -> None:
    folder = tmp_path / "vault"
    vault, phrase = create_vault(
        folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=vault_format
    )
    try:
        assert not vault.closed
        assert vault.database_path.parent == folder
        assert vault.database_path.name in layout.databases
        names = sorted(p.name for p in folder.iterdir())
        if vault_format == 1:
            assert names == [*layout.headers, "vault.commit", "vault.lock"]
        else:  # both records, the other side's filler; the database comes with the store
            other = next(db for db in layout.databases if db != vault.database_path.name)
            assert names == sorted([*layout.headers, *layout.records, other, layout.lock])
        first, second = layout.headers
        assert (folder / first).read_bytes() == (folder / second).read_bytes()
        assert len(phrase.split()) == 24
    finally:
        vault.close()


def test_vault_files_are_private_and_hold_no_secret_in_clear(
    tmp_path: Path, vault_format: int
) -> None:
    folder = tmp_path / "vault"
    vault, phrase = create_vault(
        folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=vault_format
    )
    vault.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
        content = path.read_bytes()
        assert PASSPHRASE.encode() not in content
        assert phrase.split()[0].encode() + b" " + phrase.split()[1].encode() not in content


def test_create_refuses_a_folder_that_holds_files(tmp_path: Path, vault_format: int) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    before = folder_state(tmp_path)
    with pytest.raises(VaultExistsError, match="already holds files"):
        create_vault(tmp_path, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=vault_format)
    assert folder_state(tmp_path) == before


def test_create_refuses_an_empty_passphrase_and_makes_no_folder(
    tmp_path: Path, vault_format: int
) -> None:
    with pytest.raises(WrongPassphraseError, match="empty"):
        create_vault(
            tmp_path / "vault", "", kdf_for_tests=FAST_TEST_KDF, format_version=vault_format
        )
    assert not (tmp_path / "vault").exists()


def test_right_passphrase_opens(made_vault: MadeVault, vault_format: int) -> None:
    with unlock_vault(made_vault.folder, PASSPHRASE) as vault:
        assert not vault.closed
        # format 1 shows its id to anyone; format 2 tells no id before the key
        locked_id = read_info(made_vault.folder).vault_id
        assert locked_id == (vault.vault_id if vault_format == 1 else "")
        assert not vault.header_repaired
    assert vault.closed


def test_wrong_passphrase_is_refused_and_nothing_on_disk_changes(made_vault: MadeVault) -> None:
    before = made_vault.state()
    with pytest.raises(WrongPassphraseError) as caught:
        unlock_vault(made_vault.folder, PASSPHRASE + "!")
    assert exit_code_for(caught.value) == 2
    assert "Wrong passphrase" in str(caught.value)
    assert made_vault.state() == before  # same files, same bytes, nothing new


def test_recovery_phrase_is_not_a_passphrase(made_vault: MadeVault) -> None:
    with pytest.raises(WrongPassphraseError):
        unlock_vault(made_vault.folder, made_vault.phrase)


def test_a_failed_unlock_leaves_the_vault_openable(made_vault: MadeVault) -> None:
    with pytest.raises(WrongPassphraseError):
        unlock_vault(made_vault.folder, "nope")
    unlock_vault(made_vault.folder, PASSPHRASE).close()


@pytest.mark.parametrize("created_as_nfc", [True, False], ids=["nfc-then-nfd", "nfd-then-nfc"])
def test_a_unicode_passphrase_opens_in_either_normal_form(
    tmp_path: Path, created_as_nfc: bool, vault_format: int
) -> None:
    passphrase = "Ünïcødé çafé — Ñandú 한국어"
    nfc = unicodedata.normalize("NFC", passphrase)
    nfd = unicodedata.normalize("NFD", passphrase)
    assert nfc != nfd  # the two really are different strings
    as_created, as_typed = (nfc, nfd) if created_as_nfc else (nfd, nfc)
    vault, _ = create_vault(
        tmp_path / "vault", as_created, kdf_for_tests=FAST_TEST_KDF, format_version=vault_format
    )
    vault.close()
    unlock_vault(tmp_path / "vault", as_typed).close()


def test_change_passphrase_swaps_the_passphrase_and_keeps_the_recovery_phrase(
    made_vault: MadeVault, layout: Layout
) -> None:
    with unlock_vault(made_vault.folder, PASSPHRASE) as vault:
        database = vault.database_path
    database.write_bytes(bytes(range(256)) * 64)  # stands in for the store's database
    database_before = database.read_bytes()
    header_before = (made_vault.folder / layout.headers[0]).read_bytes()
    sequence_before = read_body(made_vault.folder)["sequence"] if layout.version == 1 else 0

    with unlock_vault(made_vault.folder, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)

    assert database.read_bytes() == database_before
    assert (made_vault.folder / layout.headers[0]).read_bytes() != header_before
    if layout.version == 1:
        assert read_body(made_vault.folder, layout.headers[0])["sequence"] > sequence_before
    copy_1, copy_2 = header_copies(made_vault.folder, layout)
    assert copy_1 == copy_2
    with pytest.raises(WrongPassphraseError):
        unlock_vault(made_vault.folder, PASSPHRASE)
    unlock_vault(made_vault.folder, NEW_PASSPHRASE).close()
    unlock_with_recovery(made_vault.folder, made_vault.phrase).close()
    assert database.read_bytes() == database_before


def test_the_same_vault_keeps_its_keys_across_a_passphrase_change(made_vault: MadeVault) -> None:
    with unlock_vault(made_vault.folder, PASSPHRASE) as vault:
        database_key = bytes(vault.database_key)
        vault.change_passphrase(NEW_PASSPHRASE)
    with unlock_vault(made_vault.folder, NEW_PASSPHRASE) as vault:
        assert bytes(vault.database_key) == database_key  # the database still opens


def test_change_passphrase_refuses_an_empty_one_and_writes_nothing(made_vault: MadeVault) -> None:
    before = folder_state(made_vault.folder)
    with unlock_vault(made_vault.folder, PASSPHRASE) as vault:
        with pytest.raises(WrongPassphraseError, match="empty"):
            vault.change_passphrase("")
        assert folder_state(made_vault.folder) == before
    unlock_vault(made_vault.folder, PASSPHRASE).close()


def test_crash_between_the_two_header_writes_leaves_both_passphrases_working(
    copy_vault: Callable[[], MadeVault], layout: Layout
) -> None:
    """Format 1: each copy opens with the passphrase it holds, and the one that opened wins.
    Format 2: copy "0" decides (it is written first), so the change has happened: the new
    passphrase opens and repairs the spare, the old one is refused as wrong."""
    made = copy_vault()
    second = layout.headers[1]
    copy_2_before = (made.folder / second).read_bytes()
    with unlock_vault(made.folder, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)
    (made.folder / second).write_bytes(copy_2_before)  # the second write never happened
    if layout.version == 1:
        newer, older = sequences(made.folder)
        assert newer > older
    twin = made.folder.with_name(made.folder.name + "-twin")
    shutil.copytree(made.folder, twin)

    if layout.version == 1:
        with unlock_vault(made.folder, PASSPHRASE) as vault:  # the older copy 2
            assert vault.header_repaired
    else:
        with pytest.raises(WrongPassphraseError):
            unlock_vault(made.folder, PASSPHRASE)
    with unlock_vault(twin, NEW_PASSPHRASE) as vault:  # the newer copy 1
        assert vault.header_repaired
    for folder in (made.folder, twin):
        copy_1, copy_2 = header_copies(folder, layout)
        assert copy_1 == copy_2
    with pytest.raises(WrongPassphraseError):
        unlock_vault(twin, PASSPHRASE)  # once repaired, only the passphrase that opened it
    unlock_vault(twin, NEW_PASSPHRASE).close()
    unlock_with_recovery(twin, made.phrase).close()


def test_close_wipes_every_key_and_releases_the_vault(made_vault: MadeVault) -> None:
    vault = unlock_vault(made_vault.folder, PASSPHRASE)
    wiped_while_open, closed_while_open = vault.keys_wiped, vault.closed
    assert any(vault.database_key)
    vault.close()
    assert not wiped_while_open
    assert not closed_while_open
    assert vault.keys_wiped
    assert vault.closed
    assert vault.database_key == bytearray(32)
    unlock_vault(made_vault.folder, PASSPHRASE).close()  # released: opens again
