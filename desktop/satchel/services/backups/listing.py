"""This vault's backups in a folder, newest first, and pruning them by the retention rule.

A folder may hold other vaults' backups and other files: only this vault's readable backups
are listed, and only they are ever deleted. Format-2 backups are told apart with the
vault's key alone, so without it they are not seen at all.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from satchel.errors import VaultError
from satchel.services.backups import file_format2
from satchel.services.backups.file_format import (
    SUFFIX,
    Manifest,
    read_manifest,
    remove_quietly,
)
from satchel.services.backups.retention import kept


@dataclass(frozen=True)
class FoundBackup:
    path: Path
    manifest: Manifest


def backups_of(
    folder: Path, vault_id: str, database_key: bytes | bytearray | None = None
) -> list[FoundBackup]:
    """This vault's readable backups in `folder`, newest first (others are left alone).

    Format-2 backups are found only with the vault's key: nothing else tells them apart.
    """
    found: list[FoundBackup] = []
    if not Path(folder).is_dir():
        return found
    for path in Path(folder).glob(f"*{SUFFIX}"):
        with contextlib.suppress(VaultError):
            manifest = read_manifest(path)
            if manifest.vault_id == vault_id:
                found.append(FoundBackup(path, manifest))
    if database_key is not None:
        for path in Path(folder).iterdir():
            if not file_format2.is_candidate(path) or file_format2.is_format1(path):
                continue
            with contextlib.suppress(VaultError):
                sealed = file_format2.read_manifest(path, database_key)
                if sealed is not None and sealed.vault_id == vault_id:
                    found.append(FoundBackup(path, sealed))
    return sorted(found, key=lambda item: item.manifest.created, reverse=True)


def prune(
    folder: Path,
    vault_id: str,
    now: dt.datetime | None = None,
    *,
    spare: Collection[Path] = (),
    database_key: bytes | bytearray | None = None,
) -> list[Path]:
    """Delete this vault's backups that the retention rule does not keep; returns them.

    `spare` are kept whatever their date: the backup just written (others dated ahead by a
    wrong clock would push it out) and the one a restore is about to read.
    """
    found = backups_of(folder, vault_id, database_key)
    keep = {item.path for item in kept(found, lambda i: i.manifest.created, now or _now())}
    spared = {path.resolve() for path in spare}
    removed = [
        item.path for item in found if item.path not in keep and item.path.resolve() not in spared
    ]
    remove_quietly(*removed)
    return removed


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
