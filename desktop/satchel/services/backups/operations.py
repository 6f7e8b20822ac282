"""Backups of an open vault: take, list and verify them.

The file format lives in backup_file, the copy in backup_copy, the retention rule in
backup_retention, restoring in backup_restore. Long calls take `progress` (0.0 … 1.0) and
`cancel` (a satchel.work.CancelToken): a cancelled or failed call leaves no partial file and no
change in the vault.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from satchel.errors import InvalidInputError, VaultError
from satchel.services.backups import file_format2
from satchel.services.backups.copying import (
    default_folder,
    integrity_problems,
    read_facts,
    take_backup,
)
from satchel.services.backups.file_format import (
    SUFFIX,
    DamagedBackupError,
    Manifest,
    extract_database,
    read_manifest,
    remove_quietly,
    verify_checksum,
)
from satchel.services.backups.listing import backups_of, prune
from satchel.services.backups.summary import Counts, open_summary
from satchel.services.core.session import VaultSession
from satchel.services.core.settings import BackupSettings, load_backup_settings
from satchel.work import CancelToken, Progress, check_cancelled, stage

__all__ = [
    "BackupEntry",
    "Counts",
    "Verification",
    "back_up",
    "back_up_if_changed",
    "backup_folder",
    "list_backups",
    "vault_backups",
    "verify_backup",
]


BEFORE_RESTORE = "before-restore"  # the reason of the backup a restore in place makes first


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    size: int
    manifest: Manifest | None  # None when the file cannot be read as a backup
    same_vault: bool | None  # None when there was no vault to compare with
    counts: Counts | None  # only with the vault's key
    problem: str | None = None  # why it cannot be used

    @property
    def created(self) -> dt.datetime | None:
        return None if self.manifest is None else self.manifest.created


def backup_folder(vs: VaultSession, settings: BackupSettings | None = None) -> Path:
    """Where this vault's backups go: the folder the user picked, or beside the vault."""
    settings = settings or load_backup_settings(vs)
    return Path(settings.folder) if settings.folder else default_folder(vs.vault.folder)


def list_backups(
    folder: Path, *, vault_id: str | None = None, database_key: bytes | bytearray | None = None
) -> list[BackupEntry]:
    """Every backup file in `folder`, newest first, unreadable ones last with the reason.

    Reads only each manifest (and the file length), so a long list on a USB stick is quick.
    """
    entries: list[BackupEntry] = []
    folder = Path(folder)
    if not folder.is_dir():
        return entries
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            size = path.stat().st_size
            manifest = read_manifest(path)
        except VaultError as error:
            entries.append(BackupEntry(path, _size(path), None, None, None, str(error)))
            continue
        except OSError:
            continue  # vanished while listing
        same = None if vault_id is None else manifest.vault_id == vault_id
        counts = open_summary(database_key, manifest) if database_key and same else None
        entries.append(BackupEntry(path, size, manifest, same, counts))
    entries += _sealed_entries(folder, vault_id, database_key)
    return sorted(
        entries,
        key=lambda e: (e.manifest is not None, e.created or dt.datetime.min.replace(tzinfo=dt.UTC)),
        reverse=True,
    )


SEALED = "sealed: only its vault's passphrase shows its date and content"
_NOT_FITTING = "its length fits no backup (cut short, or another file)"


def _sealed_entries(
    folder: Path, vault_id: str | None, database_key: bytes | bytearray | None
) -> list[BackupEntry]:
    """Format-2 backups: with the key, this vault's own (others stay unseen, as they look
    like any file); without it, every file that could be one, with no date."""
    entries: list[BackupEntry] = []
    for path in sorted(folder.iterdir()):
        if not file_format2.is_candidate(path) or file_format2.is_format1(path):
            continue
        if database_key is None:
            size = _size(path)
            fits = file_format2.length_fits(size)
            problem = SEALED if fits else str(DamagedBackupError(path, _NOT_FITTING))
            entries.append(BackupEntry(path, size, None, None, None, problem))
            continue
        try:
            manifest = file_format2.read_manifest(path, database_key)
        except VaultError as error:
            entries.append(BackupEntry(path, _size(path), None, None, None, str(error)))
            continue
        if manifest is None or (vault_id is not None and manifest.vault_id != vault_id):
            continue
        counts = open_summary(database_key, manifest)
        entries.append(BackupEntry(path, _size(path), manifest, True, counts))
    return entries


def _size(path: Path) -> int:
    with contextlib.suppress(OSError):
        return path.stat().st_size
    return 0


def vault_backups(vs: VaultSession, folder: Path | None = None) -> list[BackupEntry]:
    return list_backups(
        folder or backup_folder(vs),
        vault_id=vs.vault.vault_id,
        database_key=vs.vault.database_key,
    )


def back_up(
    vs: VaultSession,
    folder: Path | None = None,
    *,
    reason: str = "manual",
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    spare: Collection[Path] = (),
) -> Path:
    """One backup now, then the retention rule in that folder; returns the new file.

    `folder` given (the command line's --to) is made if missing; the one from the settings
    only beside the vault, never where a missing USB stick would be. Retention never
    deletes the new file, nor those in `spare` (a backup about to be restored).
    """
    vs.require_open()
    if folder is None:
        settings = load_backup_settings(vs)
        folder, create = backup_folder(vs, settings), settings.folder is None
    else:
        create = True
    made = take_backup(
        vs.vault,
        folder,
        reason=reason,
        progress=progress,
        cancel=cancel,
        create_folder=create,
    )
    prune(made.parent, vs.vault.vault_id, spare=(made, *spare), database_key=vs.vault.database_key)
    return made


def back_up_if_changed(
    vs: VaultSession,
    *,
    reason: str = "lock",
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path | None:
    """The automatic backup: only when it is on and the vault changed since the newest one.

    "Changed" compares the commit counter with the one recorded in the newest backup of
    this vault in its folder, so a backup that failed last time is made this time. After a
    restore in place the newest is the replaced vault, whose counter the restored one counts
    up to again: an equal number there says nothing, so it never stops a backup.
    """
    settings = load_backup_settings(vs)
    if not settings.automatic:
        return None
    newest = backups_of(backup_folder(vs, settings), vs.vault.vault_id, vs.vault.database_key)
    if (
        newest
        and newest[0].manifest.reason != BEFORE_RESTORE
        and newest[0].manifest.commit_seq == vs.commit_seq
    ):
        return None
    return back_up(vs, reason=reason, progress=progress, cancel=cancel)


@dataclass(frozen=True)
class Verification:
    manifest: Manifest
    problems: list[str]  # empty when every check passed
    pages_checked: bool  # False: checksum only (no key of this vault at hand)
    counts: Counts | None

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_backup(
    path: Path,
    *,
    vault_id: str | None = None,
    database_key: bytes | bytearray | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Verification:
    """The file checksum; with this vault's key also SQLCipher's page check and SQLite's
    structure check, on a copy of the database (still encrypted) beside the file.

    A damaged file raises DamagedBackupError; problems found inside the database are listed.
    """
    path = Path(path)
    key_fits = database_key is not None and vault_id is not None
    check = stage(progress, 0.0, 0.4 if key_fits else 1.0)
    if file_format2.is_format1(path):
        manifest = verify_checksum(path, progress=check, cancel=cancel)
        extract = extract_database
    else:
        sealed = None
        if database_key is not None:
            sealed = file_format2.read_manifest(path, database_key)
        manifest = sealed or file_format2.keyless_manifest(path)
        file_format2.verify_checksum(path, manifest, progress=check, cancel=cancel)
        extract = file_format2.extract_database
        key_fits = key_fits and sealed is not None
    if not key_fits or manifest.vault_id != vault_id:
        return Verification(manifest, [], False, None)
    assert database_key is not None
    copy = path.with_name(f".{path.name}.verify.tmp")
    try:
        remove_quietly(copy)
        extract(path, manifest, copy, progress=stage(progress, 0.4, 0.7), cancel=cancel)
        check_cancelled(cancel)
        problems = integrity_problems(copy, database_key)
        counts = None if problems else read_facts(copy, database_key)[2]
    except OSError as error:
        raise file_problem(path.parent, "check the backup", error) from error
    finally:
        remove_quietly(copy)
    if progress is not None:
        progress(1.0)
    return Verification(manifest, problems, True, counts)


def verify_vault_backup(
    vs: VaultSession,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Verification:
    return verify_backup(
        path,
        vault_id=vs.vault.vault_id,
        database_key=vs.vault.database_key,
        progress=progress,
        cancel=cancel,
    )


def file_problem(folder: Path, what: str, error: OSError) -> InvalidInputError:
    """A file error while reading or writing backups, told as bad input (the vault is fine)."""
    reason = error.strerror or str(error)
    return InvalidInputError(
        f"Could not {what} in {folder} ({reason}). Nothing was kept of it; the vault and the "
        "backup are unchanged."
    )
