"""Destroying a vault: the header copies (the only home of the wrapped key) go first.

Each test runs on format 2 (what users get) and format 1 (vaults not yet upgraded).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.vault.vault_disk import Layout, MadeVault

from satchel.vault import NotAVaultError, read_info, unlock_vault, wipe_vault


@pytest.fixture(params=[2, 1], ids=["format2", "format1"])
def vault_format(request: pytest.FixtureRequest) -> int:
    return int(request.param)


def _databases(made: MadeVault) -> list[str]:
    with unlock_vault(made.folder, PASSPHRASE) as vault:
        mine = vault.database_path.name
    return [mine, f"{mine}-wal", f"{mine}-shm"]


def test_wipe_removes_the_vault_and_its_folder(made_vault: MadeVault) -> None:
    for name in _databases(made_vault):
        (made_vault.folder / name).write_bytes(b"encrypted pages")
    wipe_vault(made_vault.folder)
    assert not made_vault.folder.exists()
    with pytest.raises(NotAVaultError):
        unlock_vault(made_vault.folder, PASSPHRASE)


def test_wipe_keeps_the_users_own_files_and_folder(made_vault: MadeVault) -> None:
    mine = made_vault.folder / "my notes.txt"
    mine.write_text("not part of the vault")
    (made_vault.folder / _databases(made_vault)[0]).write_bytes(b"encrypted pages")
    wipe_vault(made_vault.folder)
    assert sorted(p.name for p in made_vault.folder.iterdir()) == ["my notes.txt"]
    assert mine.read_text() == "not part of the vault"
    with pytest.raises(NotAVaultError):
        unlock_vault(made_vault.folder, PASSPHRASE)
    with pytest.raises(NotAVaultError):
        read_info(made_vault.folder)


STAGED_BACKUPS = {
    1: (
        ".satchel-0a1b2c3d-20261125-040000.satchel-backup.tmp",
        ".satchel-0a1b2c3d-20261125-040100.db.tmp",
    ),
    2: (".3f9c0a1b2d4e5f60.tmp", ".3f9c0a1b2d4e5f60.db.tmp"),
}


def test_wipe_takes_backups_beside_the_vault_but_not_the_users_files_there(
    made_vault: MadeVault, layout: Layout
) -> None:
    backups = made_vault.folder / layout.backups
    backups.mkdir()
    ours = [
        backups / layout.backup_name,
        *(backups / name for name in STAGED_BACKUPS[layout.version]),
    ]
    for path in ours:
        path.write_bytes(b"ciphertext")
    mine = backups / "draft.tmp"
    mine.write_text("the user's own file")
    wipe_vault(made_vault.folder)
    assert [p.name for p in backups.iterdir()] == ["draft.tmp"]
    assert mine.read_text() == "the user's own file"


def test_wipe_overwrites_a_copy_left_behind_by_an_interrupted_header_write(
    made_vault: MadeVault, layout: Layout
) -> None:
    """A crash mid-write leaves a staged copy (`.header-N.json.tmp`, `.0.tmp`): a full header."""
    first = layout.headers[0]
    staged = made_vault.folder / layout.staged(first)
    staged.write_bytes((made_vault.folder / first).read_bytes())
    wipe_vault(made_vault.folder)
    assert not made_vault.folder.exists()


def test_wipe_with_one_copy_already_gone_still_wipes(made_vault: MadeVault, layout: Layout) -> None:
    (made_vault.folder / layout.headers[0]).unlink()
    wipe_vault(made_vault.folder)
    assert not made_vault.folder.exists()


def test_wipe_refuses_a_folder_that_is_not_a_vault(tmp_path: Path, layout: Layout) -> None:
    for name in layout.databases:
        (tmp_path / name).write_bytes(b"someone else's file")
    with pytest.raises(NotAVaultError):
        wipe_vault(tmp_path)
    for name in layout.databases:
        assert (tmp_path / name).read_bytes() == b"someone else's file"
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


def test_wipe_overwrites_every_header_copy_before_deleting_it(
    made_vault: MadeVault, layout: Layout
) -> None:
    first = layout.headers[0]
    staged = made_vault.folder / layout.staged(first)
    staged.write_bytes((made_vault.folder / first).read_bytes())
    held = {name: _held(made_vault.folder / name) for name in (*layout.headers, staged.name)}
    wipe_vault(made_vault.folder)
    for name, (fd, before) in held.items():
        after = _bytes_now(fd, len(before))
        assert len(after) == len(before), name
        assert b'"wrapped"' not in after, name  # no keyslot text is left in the inode
        assert after != before, name
        for offset in range(0, len(before) - 16, 16):  # no 16 bytes of a slot are left
            assert before[offset : offset + 16] not in after, (name, offset)


def test_wipe_overwrites_the_start_of_each_backup_beside_the_vault(
    made_vault: MadeVault, layout: Layout
) -> None:
    backups = made_vault.folder / layout.backups
    backups.mkdir()
    backup = backups / layout.backup_name
    header = (made_vault.folder / layout.headers[0]).read_bytes()
    backup.write_bytes((b"SATCHEL-BACKUP" if layout.version == 1 else b"") + header)
    fd, before = _held(backup)
    wipe_vault(made_vault.folder)
    after = _bytes_now(fd, len(before))
    assert b'"wrapped"' not in after
    assert header[16:48] not in after  # the first slot position is gone
