"""Take a backup of an unlocked vault: a consistent SQLCipher copy, then one backup file.

The copy is made with SQLite's online backup API from a connection keyed like the vault's,
into a file keyed the same way, so every page that reaches the disk is encrypted: no
plaintext temp file at any step. Only the UnlockedVault (its keys and lock) is needed, not a
VaultSession, so opening a vault can call `backup_before_migration` without an import cycle.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from dataclasses import replace
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from satchel import event_log
from satchel.errors import DamagedError, DiskError, LockedError, VaultError, disk_error
from satchel.services.backups import file_format2
from satchel.services.backups.file_format import (
    SUFFIX,
    Manifest,
    remove_quietly,
    write_backup_file,
)
from satchel.services.backups.listing import prune
from satchel.services.backups.summary import Counts, seal_summary
from satchel.vault.format1 import header as header_file
from satchel.vault.format2.layout import BACKUPS_NAME
from satchel.vault.format2.unlocked import HiddenVault
from satchel.vault.format2.upgrade import format_of
from satchel.vault.lifecycle import BACKUPS_FOLDER
from satchel.vault.unlocked import UnlockedVault
from satchel.work import CancelToken, Progress, check_cancelled, stage

FOLDER_SETTING = "backup_folder"  # a vault_settings row: JSON text, or null for beside the vault
_PAGES_PER_STEP = 256
_BACKUP_LOCK = threading.Lock()  # one backup at a time in this process (lock vs. dialog)
_COUNTED = {
    "cases": "cases",
    "people": "persons",
    "notes": "notes",
    "checklists": "checklists",
    "attachments": "attachments",
}


class BackupFailedError(VaultError):
    code = "backup_failed"

    def __init__(
        self, folder: Path, reason: str, *, disk: DiskError | None = None, problem: str = ""
    ) -> None:
        """`problem` says why for the window: "folder_missing", "no_folder", or "disk"
        (then `errno` says how the disk refused); `reason` is the same in English."""
        self.disk = disk  # a full or read-only disk keeps its own sentence and exit code
        if disk is not None:
            super().__init__(
                f"The backup could not be written to {folder}. {disk}",
                folder=str(folder),
                reason=str(disk),
                problem="disk",
                errno=disk.errno,
            )
            return
        super().__init__(
            f"The backup could not be written to {folder} ({reason}). Nothing was kept of it, "
            "and the vault is unchanged.",
            folder=str(folder),
            reason=reason,
            problem=problem,
        )


def default_folder(vault_folder: Path) -> Path:
    """Beside the vault: a subfolder, so the vault stays one folder and wipe finds them."""
    if format_of(Path(vault_folder)) == 2:
        return Path(vault_folder) / BACKUPS_NAME
    return Path(vault_folder) / BACKUPS_FOLDER


def connect(path: Path, key: bytes | bytearray, *, copy: bool = False) -> sqlcipher.Connection:
    """A keyed connection. `copy`: a finished backup copy, opened read-only and immutable,
    so reading it creates no journal, WAL or shared-memory file beside it.
    """
    if copy:
        target = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        connection = sqlcipher.connect(target, uri=True, check_same_thread=False)
    else:
        connection = sqlcipher.connect(str(path), check_same_thread=False)
    connection.isolation_level = None
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        connection.close()
        raise
    return connection


def copy_database(
    source: Path,
    key: bytes | bytearray,
    target: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """A consistent copy of the live database (WAL included), keyed and encrypted alike.

    The backup API restarts by itself when another connection writes mid-copy, so the copy
    is always one committed state. Cancel is checked between steps.
    """
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    live = connect(source, key)
    try:
        copy = connect(target, key)
        try:
            copy.execute("PRAGMA journal_mode = OFF")  # no journal file: a failure removes all

            def step(_status: int, remaining: int, total: int) -> None:
                check_cancelled(cancel)
                if progress is not None and total:
                    progress(1 - remaining / total)

            live.backup(copy, pages=_PAGES_PER_STEP, progress=step)
        finally:
            copy.close()
    finally:
        live.close()


def read_facts(copy: Path, key: bytes | bytearray) -> tuple[str | None, int, Counts]:
    """Schema revision, commit counter and record counts, read from a finished copy.

    A copy failing SQLite's quick check is refused. Measured: the backup API copies a page
    whose MAC fails as zeros under a fresh, valid MAC, so the damage would live on hidden
    while retention deletes the good backups made before it.
    """
    connection = connect(copy, key, copy=True)
    try:
        if [str(row[0]) for row in connection.execute("PRAGMA quick_check")] != ["ok"]:
            raise DamagedError("database", "a page is corrupt or was altered")
        tables = {
            str(row[0])
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
        seq = 0
        if "vault_state" in tables:
            row = connection.execute("SELECT commit_seq FROM vault_state WHERE id = 1").fetchone()
            seq = 0 if row is None else int(row[0])
        counts = {
            name: int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608 - fixed table names
            if table in tables
            else 0
            for name, table in _COUNTED.items()
        }
        demo = False
        if "vault_settings" in tables:
            row = connection.execute(
                "SELECT value FROM vault_settings WHERE key = 'demo_data'"
            ).fetchone()
            demo = row is not None and str(row[0]) == "true"
    except sqlcipher.DatabaseError as error:
        disk = disk_error(error)
        raise disk or DamagedError("database", "the copy cannot be read") from error
    finally:
        connection.close()
    return revision, seq, Counts(**counts, demo=demo)


def integrity_problems(copy: Path, key: bytes | bytearray) -> list[str]:
    """SQLCipher's page check and SQLite's structure check on a copy; [] when both pass.

    Each runs on its own, so a page that stops one check does not hide what the other finds.
    """
    try:
        connection = connect(copy, key, copy=True)
    except sqlcipher.Error as error:
        return [f"the copy cannot be opened ({error})"]
    problems: list[str] = []
    try:
        for label, pragma in (("page", "cipher_integrity_check"), ("structure", "integrity_check")):
            try:
                rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
            except sqlcipher.DatabaseError as error:
                rows = [f"check stopped ({error})"]
            problems += [f"{label}: {row}" for row in rows if row != "ok"]
    finally:
        connection.close()
    return problems


def current_header(vault: UnlockedVault) -> bytes:
    """The newest intact header copy on disk, byte for byte (the keyslots of today)."""
    if isinstance(vault, HiddenVault):
        return vault.backup_header()
    for copy in header_file.read_copies(vault.folder):
        if copy.header is not None and copy.raw and copy.header.vault_id == vault.vault_id:
            return copy.raw
    raise DamagedError("header", "no intact copy")


def backup_name(vault_id: str, created: dt.datetime) -> str:
    return f"satchel-{vault_id[:8]}-{created.astimezone(dt.UTC):%Y%m%d-%H%M%S}"


def _new_path(folder: Path, vault_id: str, created: dt.datetime) -> Path:
    stem = backup_name(vault_id, created)
    path = folder / f"{stem}{SUFFIX}"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}{SUFFIX}"
        number += 1
    return path


def _remove_stale_temps(folder: Path, vault_id: str) -> None:
    """Temp files a crash or kill left behind (ciphertext, but of no use to anyone)."""
    prefix = f".satchel-{vault_id[:8]}-"
    for path in folder.glob(f"{prefix}*.tmp"):
        remove_quietly(path)
    for path in folder.glob(".*.tmp"):  # format 2: ".<16 hex digits>[.db].tmp"
        stem = path.name[1:17]
        if len(stem) == 16 and all(c in "0123456789abcdef" for c in stem):
            remove_quietly(path)


def take_backup(
    vault: UnlockedVault,
    folder: Path,
    *,
    reason: str,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    now: dt.datetime | None = None,
    create_folder: bool = True,
) -> Path:
    """Write one backup file into `folder`; a failure or Cancel leaves nothing behind.

    `create_folder` False for a folder the user picked: if it is missing (a USB stick not
    plugged in), it is not made on the laptop's own disk where the stick would have been.
    """
    if vault.closed:
        raise LockedError()
    folder = Path(folder)
    if not create_folder and not folder.is_dir():
        raise BackupFailedError(
            folder,
            "the folder is not there; is the USB stick plugged in?",
            problem="folder_missing",
        )
    with _BACKUP_LOCK:
        created = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        hidden = isinstance(vault, HiddenVault)
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            _remove_stale_temps(folder, vault.vault_id)
            if hidden:
                final = folder / file_format2.new_name()
            else:
                final = _new_path(folder, vault.vault_id, created)
        except OSError as error:
            raise BackupFailedError(
                folder, error.strerror or str(error), disk=disk_error(error, folder.parent)
            ) from error
        copy = folder / f".{final.name if hidden else final.stem}.db.tmp"
        try:
            copy_database(
                vault.database_path,
                vault.database_key,
                copy,
                progress=stage(progress, 0.0, 0.7),
                cancel=cancel,
            )
            check_cancelled(cancel)
            revision, seq, counts = read_facts(copy, vault.database_key)
            manifest = Manifest(
                vault_id=vault.vault_id,
                created=created,
                reason=reason,
                schema_revision=revision,
                commit_seq=seq,
                header=current_header(vault),
                database_size=copy.stat().st_size,
                summary=seal_summary(vault.database_key, vault.vault_id, created, counts),
            )
            if isinstance(vault, HiddenVault):
                manifest = replace(
                    manifest,
                    format_version=2,
                    record=vault.backup_record(seq),
                    fixed_bytes=file_format2.FIXED_BYTES,
                )
                file_format2.write_backup_file(
                    final,
                    manifest,
                    copy,
                    vault.database_key,
                    progress=stage(progress, 0.7, 1.0),
                    cancel=cancel,
                )
            else:
                write_backup_file(
                    final, manifest, copy, progress=stage(progress, 0.7, 1.0), cancel=cancel
                )
        except VaultError:  # a cancel too
            raise
        except (OSError, sqlcipher.Error) as error:
            raise BackupFailedError(
                folder,
                getattr(error, "strerror", None) or str(error),
                disk=disk_error(error, folder),
            ) from error
        finally:
            remove_quietly(copy, copy.with_name(f"{copy.name}-journal"))
    event_log.event("backup.written", automatic=reason != "manual")
    return final


def configured_folder(vault: UnlockedVault) -> Path | None:
    """The folder the user picked, read straight from the database (any schema revision)."""
    connection = connect(vault.database_path, vault.database_key)
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vault_settings'"
        ).fetchone()
        if has_table is None:
            return None
        row = connection.execute(
            "SELECT value FROM vault_settings WHERE key = ?", (FOLDER_SETTING,)
        ).fetchone()
    finally:
        connection.close()
    try:
        value = None if row is None else json.loads(row[0])
    except ValueError:
        return None
    return Path(value) if isinstance(value, str) and value else None


def backup_before_migration(vault: UnlockedVault) -> Path | None:
    """Back up the database as it is, before its schema is upgraded; None if it has none yet.

    The user's folder first; if that is not available (a USB stick left at home), beside the
    vault, so an upgrade never runs without a backup. Raises when neither can be written.
    """
    path = vault.database_path
    if not path.is_file() or path.stat().st_size == 0:
        return None
    beside = default_folder(vault.folder)
    chosen = configured_folder(vault)
    try:
        if chosen is None:
            raise BackupFailedError(beside, "no folder was picked", problem="no_folder")
        made = take_backup(vault, chosen, reason="migration", create_folder=False)
    except BackupFailedError:
        made = take_backup(vault, beside, reason="migration")
    prune(made.parent, vault.vault_id, spare=(made,), database_key=vault.database_key)
    return made
