"""Destroying a vault: the header copies (the only home of the wrapped key) go first."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.vault.vault_disk import HEADER_1, HEADERS, MadeVault

from satchel.vault import NotAVaultError, read_info, unlock_vault, wipe_vault


def test_wipe_removes_the_vault_and_its_folder(made_vault: MadeVault) -> None:
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        (made_vault.folder / name).write_bytes(b"encrypted pages")
    wipe_vault(made_vault.folder)
    assert not made_vault.folder.exists()
    with pytest.raises(NotAVaultError):
        unlock_vault(made_vault.folder, PASSPHRASE)


def test_wipe_keeps_the_users_own_files_and_folder(made_vault: MadeVault) -> None:
    mine = made_vault.folder / "my notes.txt"
    mine.write_text("not part of the vault")
    (made_vault.folder / "vault.db").write_bytes(b"encrypted pages")
    wipe_vault(made_vault.folder)
    assert sorted(p.name for p in made_vault.folder.iterdir()) == ["my notes.txt"]
    assert mine.read_text() == "not part of the vault"
    with pytest.raises(NotAVaultError):
        unlock_vault(made_vault.folder, PASSPHRASE)
    with pytest.raises(NotAVaultError):
        read_info(made_vault.folder)


def test_wipe_takes_backups_beside_the_vault_but_not_the_users_files_there(
    made_vault: MadeVault,
) -> None:
    backups = made_vault.folder / "backups"
    backups.mkdir()
    ours = [
        backups / "satchel-0a1b2c3d-20261125-040000.satchel-backup",
        backups / ".satchel-0a1b2c3d-20261125-040100.satchel-backup.tmp",
        backups / ".satchel-0a1b2c3d-20261125-040100.db.tmp",
    ]
    for path in ours:
        path.write_bytes(b"ciphertext")
    mine = backups / "draft.tmp"
    mine.write_text("the user's own file")
    wipe_vault(made_vault.folder)
    assert [p.name for p in backups.iterdir()] == ["draft.tmp"]
    assert mine.read_text() == "the user's own file"


def test_wipe_overwrites_a_copy_left_behind_by_an_interrupted_header_write(
    made_vault: MadeVault,
) -> None:
    """A crash mid-write leaves `.header-N.json.tmp`, a full header with both slots."""
    staged = made_vault.folder / f".{HEADER_1}.tmp"
    staged.write_bytes((made_vault.folder / HEADER_1).read_bytes())
    wipe_vault(made_vault.folder)
    assert not made_vault.folder.exists()


def test_wipe_with_one_copy_already_gone_still_wipes(made_vault: MadeVault) -> None:
    (made_vault.folder / HEADERS[0]).unlink()
    wipe_vault(made_vault.folder)
    assert not made_vault.folder.exists()


def test_wipe_refuses_a_folder_that_is_not_a_vault(tmp_path: Path) -> None:
    (tmp_path / "vault.db").write_bytes(b"someone else's file")
    with pytest.raises(NotAVaultError):
        wipe_vault(tmp_path)
    assert (tmp_path / "vault.db").read_bytes() == b"someone else's file"
    with pytest.raises(NotAVaultError):
        wipe_vault(tmp_path / "missing")


def _held(path: Path) -> tuple[int, bytes]:
    """A descriptor that outlives the unlink, with the bytes the file held before."""
    return os.open(path, os.O_RDONLY), path.read_bytes()


def _bytes_now(fd: int, size: int) -> bytes:
    try:
        return os.pread(fd, size, 0)
    finally:
        os.close(fd)


def test_wipe_overwrites_every_header_copy_before_deleting_it(made_vault: MadeVault) -> None:
    staged = made_vault.folder / f".{HEADER_1}.tmp"
    staged.write_bytes((made_vault.folder / HEADER_1).read_bytes())
    held = {name: _held(made_vault.folder / name) for name in (*HEADERS, f".{HEADER_1}.tmp")}
    wipe_vault(made_vault.folder)
    for name, (fd, before) in held.items():
        after = _bytes_now(fd, len(before))
        assert len(after) == len(before), name
        assert b'"wrapped"' not in after, name  # no keyslot text is left in the inode
        assert after != before, name


def test_wipe_overwrites_the_start_of_each_backup_beside_the_vault(
    made_vault: MadeVault,
) -> None:
    backups = made_vault.folder / "backups"
    backups.mkdir()
    backup = backups / "satchel-0a1b2c3d-20261125-040000.satchel-backup"
    backup.write_bytes(b"SATCHEL-BACKUP" + (made_vault.folder / HEADER_1).read_bytes())
    fd, before = _held(backup)
    wipe_vault(made_vault.folder)
    assert b'"wrapped"' not in _bytes_now(fd, len(before))
