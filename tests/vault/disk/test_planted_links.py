"""Links planted in a vault folder: refused at open, and never followed by any write.

Someone who can write to the folder may name a link like a vault file and point it at one of
the user's other files (their real backups). Whatever Satchel then does (unlock, repair,
passphrase change, wipe), the other file keeps every byte.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.vault.vault_disk import LAYOUTS, Layout, MadeVault

from satchel.errors import UnsafeVaultFileError
from satchel.vault import unlock_vault, wipe_vault

VICTIM_BYTES = b"the user's real backup, not part of any vault\n" * 100
# (format, name): every name of each format's own files, staged header copies included.
NAMES = [(version, name) for version, layout in LAYOUTS.items() for name in layout.own_names]
STAGED = [
    (version, layout.staged(header))
    for version, layout in LAYOUTS.items()
    for header in layout.headers
]


def _victim(made: MadeVault) -> Path:
    victim = made.folder.parent / "my-real-backup.tar"
    victim.write_bytes(VICTIM_BYTES)
    return victim


def _plant_symlink(made: MadeVault, name: str) -> Path:
    victim = _victim(made)
    planted = made.folder / name
    planted.unlink(missing_ok=True)
    planted.symlink_to(victim)
    return victim


def _plant_hard_link(made: MadeVault, name: str) -> Path:
    victim = _victim(made)
    planted = made.folder / name
    planted.unlink(missing_ok=True)
    os.link(victim, planted)
    return victim


PLANTS: dict[str, Callable[[MadeVault, str], Path]] = {
    "symlink": _plant_symlink,
    "hard link": _plant_hard_link,
}


@pytest.mark.parametrize("how", PLANTS)
@pytest.mark.parametrize(("vault_format", "name"), NAMES)
def test_unlock_refuses_a_link_and_touches_nothing(
    copy_vault: Callable[[], MadeVault], name: str, how: str
) -> None:
    made = copy_vault()
    victim = PLANTS[how](made, name)
    with pytest.raises(UnsafeVaultFileError) as raised:
        unlock_vault(made.folder, made.passphrase)
    assert name in str(raised.value)
    assert victim.read_bytes() == VICTIM_BYTES
    assert (made.folder / name).is_symlink() or os.stat(made.folder / name).st_nlink == 2


@pytest.mark.parametrize("how", PLANTS)
@pytest.mark.parametrize(("vault_format", "name"), NAMES)
def test_wipe_leaves_a_linked_file_and_its_target_alone(
    copy_vault: Callable[[], MadeVault], layout: Layout, name: str, how: str
) -> None:
    made = copy_vault()
    victim = PLANTS[how](made, name)
    left = wipe_vault(made.folder)
    assert victim.read_bytes() == VICTIM_BYTES
    assert name in left
    assert (made.folder / name).exists()  # the planted entry itself is not deleted either
    others = [n for n in layout.headers if n != name]
    assert not any((made.folder / n).exists() for n in others)


@pytest.fixture(params=[2, 1], ids=["format2", "format1"])
def vault_format(request: pytest.FixtureRequest) -> int:
    return int(request.param)


def test_wipe_does_not_follow_a_link_in_the_backups_folder(
    copy_vault: Callable[[], MadeVault], layout: Layout
) -> None:
    made = copy_vault()
    victim = _victim(made)
    backups = made.folder / layout.backups
    backups.mkdir()
    planted = backups / layout.backup_name
    planted.symlink_to(victim)
    left = wipe_vault(made.folder)
    assert victim.read_bytes() == VICTIM_BYTES
    assert left == [f"{layout.backups}/{planted.name}"]


def test_wipe_does_not_enter_a_backups_folder_that_is_a_link(
    copy_vault: Callable[[], MadeVault], layout: Layout
) -> None:
    made = copy_vault()
    elsewhere = made.folder.parent / "usb-backups"
    elsewhere.mkdir()
    kept = elsewhere / layout.backup_name
    kept.write_bytes(VICTIM_BYTES)
    (made.folder / layout.backups).symlink_to(elsewhere)
    wipe_vault(made.folder)
    assert kept.read_bytes() == VICTIM_BYTES


def test_a_fifo_under_a_vault_name_is_refused_without_hanging(
    copy_vault: Callable[[], MadeVault], layout: Layout
) -> None:
    made = copy_vault()
    record = layout.records[0]
    (made.folder / record).unlink()
    os.mkfifo(made.folder / record)
    with pytest.raises(UnsafeVaultFileError):
        unlock_vault(made.folder, made.passphrase)
    header = layout.headers[0]
    os.unlink(made.folder / header)
    os.mkfifo(made.folder / header)
    with pytest.raises(UnsafeVaultFileError):
        unlock_vault(made.folder, made.passphrase)
    assert stat.S_ISFIFO(os.lstat(made.folder / header).st_mode)


@pytest.mark.parametrize(("vault_format", "name"), STAGED)
def test_a_passphrase_change_does_not_write_through_a_link_made_while_open(
    copy_vault: Callable[[], MadeVault], name: str
) -> None:
    """Planted after the unlock's check: the staged write itself must refuse the link."""
    made = copy_vault()
    with unlock_vault(made.folder, made.passphrase) as vault:
        victim = _plant_symlink(made, name)
        with pytest.raises(UnsafeVaultFileError):
            vault.change_passphrase("another long passphrase for the test")
    assert victim.read_bytes() == VICTIM_BYTES
