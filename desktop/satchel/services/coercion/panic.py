"""Panic wipe: the open vault erased at once, with the backups in its folder.

The window asks first, with a countdown that says what goes (`plan`), then `erase` runs off
the UI thread. The session closes without the usual backup on lock, then the folder is
crypto-erased (vault.format2.wipe_folder: backups, the spare header copy, then the copy that
decides): killed at any step, the folder holds the vault as it was or nothing that opens.
Backups the user keeps in another folder are named in the warning and left alone: Satchel
cannot know where that folder is carried, and erasing a USB stick is not what was asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from satchel import event_log
from satchel.services import access
from satchel.services.backups.copying import default_folder
from satchel.services.backups.operations import backup_folder, vault_backups
from satchel.services.core.session import VaultSession


@dataclass(frozen=True)
class PanicPlan:
    folder: Path  # the vault's folder: everything of the vault in it goes
    backups_here: int  # backups in the vault's own folder, erased with it
    elsewhere: Path | None  # the backup folder the user chose, left as it is
    backups_elsewhere: int  # this vault's backups found there


def plan(vs: VaultSession) -> PanicPlan:
    """What a panic wipe of the open vault erases and what it leaves."""
    folder = vs.vault.folder
    here = default_folder(folder)
    chosen = backup_folder(vs)
    elsewhere = None if _inside(chosen, folder) else chosen
    return PanicPlan(
        folder=folder,
        backups_here=_count(vs, here),
        elsewhere=elsewhere,
        backups_elsewhere=_count(vs, elsewhere) if elsewhere is not None else 0,
    )


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _count(vs: VaultSession, folder: Path) -> int:
    try:
        return sum(1 for entry in vault_backups(vs, folder) if entry.same_vault)
    except OSError:
        return 0


def erase(vs: VaultSession) -> list[str]:
    """Close the vault (no backup on the way out) and crypto-erase its folder; the setting
    and count of failed unlocks go with it. Returns entries left alone (planted links)."""
    folder = vs.vault.folder
    vs.close()
    left = access.wipe(folder)  # the failed-unlock count goes with it
    event_log.event("vault.panic_wiped")
    return left


def erase_folder(folder: Path) -> list[str]:
    """`erase` for a vault locked while its countdown ran: the same wipe, by folder."""
    left = access.wipe(folder)
    event_log.event("vault.panic_wiped")
    return left
