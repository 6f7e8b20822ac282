"""Restoring a backup: as a new vault, or in place of the open one (which is backed up first).

Both check the backup's checksum before anything is written; a restore in place swaps the
files only while it holds the vault lock, so another Satchel never sees a half-made vault.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from satchel.errors import DamagedError, InvalidInputError, VaultExistsError
from satchel.services.backups import file_format2
from satchel.services.backups.file_format import (
    Manifest,
    extract_database,
    remove_quietly,
    verify_checksum,
)
from satchel.services.backups.operations import BEFORE_RESTORE, back_up, file_problem
from satchel.services.backups.summary import open_summary
from satchel.services.core.demo_mark import check_same_kind
from satchel.services.core.session import VaultSession
from satchel.store.migrate import MIGRATIONS_PATH
from satchel.vault.disk import atomic_file
from satchel.vault.disk.atomic_file import fsync_folder, write_atomically
from satchel.vault.disk.lockfile import VaultLock
from satchel.vault.format1 import header as header_file
from satchel.vault.format1.commit_record import (
    COMMIT_RECORD_FILE,
    RESTORED_MARKER,
    RESTORED_MARKER_FILE,
)
from satchel.vault.format2 import lifecycle as format2
from satchel.vault.format2.kept_cover import (
    backup_header_inside_cover,
    backup_header_keeping_cover,
)
from satchel.vault.format2.layout import LOCK_NAME, pairs
from satchel.vault.format2.unlocked import HiddenVault
from satchel.vault.lifecycle import RESTORE_STAGING_FILE
from satchel.vault.unlocked import DATABASE_FILE
from satchel.work import CancelToken, Progress, check_cancelled, stage


def restore_as_new_vault(
    path: Path,
    target: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Manifest:
    """Write the backup out as a vault folder of its own; no secret needed.

    The result opens with the passphrase (or recovery phrase) the vault had on the day of the
    backup. Refuses a target that holds anything; a failure removes what it wrote.
    """
    path, target = Path(path), Path(target)
    if not file_format2.is_format1(path):
        return _restore_format2_as_new(path, target, progress=progress, cancel=cancel)
    manifest = verify_checksum(path, progress=stage(progress, 0.0, 0.4), cancel=cancel)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise VaultExistsError(str(target))
    made_folder = not target.exists()
    written: list[Path] = []
    try:
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        staged = target / f".{DATABASE_FILE}.tmp"
        written.append(staged)
        extract_database(path, manifest, staged, progress=stage(progress, 0.4, 1.0), cancel=cancel)
        check_cancelled(cancel)
        written.append(target / DATABASE_FILE)
        os.replace(staged, target / DATABASE_FILE)
        for name in header_file.HEADER_FILES:
            written.append(target / name)
            write_atomically(target / name, manifest.header)
        # No key here to write a commit record with: the marker lets the first unlock start
        # one, and say plainly that it did (the header may say the vault keeps one).
        written.append(target / RESTORED_MARKER_FILE)
        write_atomically(target / RESTORED_MARKER_FILE, RESTORED_MARKER)
        fsync_folder(target)
    except BaseException as error:
        remove_quietly(*written)
        if made_folder:
            with contextlib.suppress(OSError):
                target.rmdir()
        if isinstance(error, OSError):
            raise file_problem(target, "restore into it", error) from error
        raise
    return manifest


def _restore_format2_as_new(
    path: Path,
    target: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Manifest:
    """No key: the checksum, then header, record and database back into a new folder."""
    manifest = file_format2.keyless_manifest(path)
    file_format2.verify_checksum(path, manifest, progress=stage(progress, 0.0, 0.4), cancel=cancel)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise VaultExistsError(str(target))
    made_folder = not target.exists()
    try:
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        staged = target / ".restore.tmp"
        file_format2.extract_database(
            path, manifest, staged, progress=stage(progress, 0.4, 1.0), cancel=cancel
        )
        check_cancelled(cancel)
        format2.install(target, manifest.header, manifest.record, staged, pairs(target)[0])
        fsync_folder(target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            for leftover in target.iterdir():
                leftover.unlink()
        if made_folder:
            with contextlib.suppress(OSError):
                target.rmdir()
        if isinstance(error, OSError):
            raise file_problem(target, "restore into it", error) from error
        raise
    return manifest


def _known_revision(revision: str | None) -> bool:
    """Whether this Satchel has the schema revision (a vault it could open after a swap)."""
    return revision is None or (MIGRATIONS_PATH / "versions" / f"{revision}.py").is_file()


def restore_in_place(
    vs: VaultSession,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Replace the open vault with a backup of it; returns the backup of what was replaced.

    Order: check the file; back up the vault as it is now; stage the restored database
    beside it (Cancel until here leaves all as it was, the session open); close the session,
    which waits for work on other threads whose commits would land in the replaced files;
    swap the files in under the vault lock, taken again at once (nothing is swapped if
    another Satchel got in). The session ends closed whatever happens; the vault opens with
    the passphrase it had on the day of the backup.
    """
    path = Path(path)
    hidden = isinstance(vs.vault, HiddenVault)
    if hidden and not file_format2.is_format1(path):
        sealed = file_format2.read_manifest(path, vs.vault.database_key)
        manifest = sealed or file_format2.keyless_manifest(path)
        check = stage(progress, 0.0, 0.2)
        file_format2.verify_checksum(path, manifest, progress=check, cancel=cancel)
    else:
        manifest = verify_checksum(path, progress=stage(progress, 0.0, 0.2), cancel=cancel)
    if manifest.vault_id != vs.vault.vault_id or hidden != (manifest.format_version == 2):
        raise InvalidInputError(
            f"{path.name} is a backup of another vault. Restore it as a new vault instead.",
            problem="backup_of_other_vault",
            name=path.name,
        )
    if not _known_revision(manifest.schema_revision):
        raise InvalidInputError(
            f"{path.name} was made by a newer Satchel, which this one cannot open. Install a "
            "newer Satchel, or restore it as a new vault to keep it for later.",
            problem="backup_from_newer_satchel",
            name=path.name,
        )
    counts = open_summary(vs.vault.database_key, manifest)
    if counts is not None:  # demo data never replaces a real vault's, nor the reverse
        check_same_kind(vs, from_demo=counts.demo, what="backup")
    if vs.busy:
        raise InvalidInputError(
            "An import, export or report is still running. Restore once it has finished.",
            problem="busy_with_work",
        )
    try:
        kept = back_up(
            vs,
            reason=BEFORE_RESTORE,
            progress=stage(progress, 0.2, 0.6),
            cancel=cancel,
            spare=(path,),  # the retention rule must not take the file we are about to read
        )
    except DamagedError as error:  # what is still readable in it must not be replaced
        raise InvalidInputError(
            "This vault is damaged, so it cannot be kept as a backup before it is replaced. "
            "Restore the backup as a new vault instead; this one stays as it is.",
            problem="damaged_before_restore",
        ) from error
    folder = vs.vault.folder
    staged = folder / RESTORE_STAGING_FILE
    remove_quietly(staged)
    try:
        extract = file_format2.extract_database if hidden else extract_database
        extract(path, manifest, staged, progress=stage(progress, 0.6, 0.95), cancel=cancel)
        check_cancelled(cancel)
    except BaseException as error:
        remove_quietly(staged)
        if isinstance(error, OSError):
            raise file_problem(folder, "restore the backup", error) from error
        raise
    if isinstance(vs.vault, HiddenVault):
        _swap_in_format2(vs, staged, manifest, _header_keeping_the_other_side(vs.vault, manifest))
    else:
        # The restored database holds manifest.commit_seq changes: its record, written while
        # the key is still at hand (the backup's header may say the vault keeps one).
        record = vs.vault.commit_record.encode_record(manifest.commit_seq)
        _swap_in(vs, staged, manifest.header, record)
    if progress is not None:
        progress(1.0)
    return kept


def _swap_in(vs: VaultSession, staged: Path, header: bytes, record: bytes) -> None:
    """Close the session, then put the staged database and the backup's header in place."""
    folder = vs.vault.folder
    lock: VaultLock | None = None
    replaced = False
    try:
        vs.close()  # waits for work in flight, folds the WAL in, wipes the keys
        lock = VaultLock.acquire(folder, create=True)
        # The WAL was folded in and emptied above; the new database starts without one. The
        # old commit record speaks of the replaced database: the backup's takes its place.
        for name in (f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm", COMMIT_RECORD_FILE):
            remove_quietly(folder / name)
        os.replace(staged, folder / DATABASE_FILE)
        replaced = True
        # Before the headers: either header copy (the old one, or the backup's) then finds a
        # record that speaks of the database in place.
        atomic_file.write_atomically(folder / COMMIT_RECORD_FILE, record)
        for name in header_file.HEADER_FILES:
            write_atomically(folder / name, header)
        fsync_folder(folder)
    except OSError as error:
        if not replaced:
            raise file_problem(folder, "restore the backup", error) from error
        raise InvalidInputError(  # each header copy is either the old one or the backup's
            f"The backup was restored, but writing the vault's header in {folder} failed "
            f"({error.strerror or error}). Unlock it with the passphrase it had on the day "
            "of the backup, or with the one it had before the restore.",
            problem="restored_header_failed",
            folder=str(folder),
        ) from error
    finally:
        remove_quietly(staged)
        vs.vault.close()  # wipes the keys, even if closing the database failed
        if lock is not None:
            lock.release()


def duress_kept_by_restore(vs: VaultSession, path: Path) -> bool | None:
    """None: this vault has no duress passphrase. True: restoring `path` in place keeps it
    (and its cover); False: it goes with the restore (the backup is from before the last
    passphrase change). Asked before the restore, to say so."""
    vault = vs.vault
    if not isinstance(vault, HiddenVault) or vault.duress_position is None:
        return None
    if vault.opened_as_cover:
        return None
    manifest = (
        None
        if file_format2.is_format1(path)
        else file_format2.read_manifest(Path(path), vault.database_key)
    )
    return manifest is not None and backup_header_keeping_cover(vault, manifest.header) is not None


def _header_keeping_the_other_side(vault: HiddenVault, manifest: Manifest) -> bytes | None:
    """The header to install so the other side stays: inside a cover, the real vault (always);
    in the real vault, its cover (when the backup opens with today's passphrase). None: the
    backup's own header, the other side's files becoming filler."""
    if vault.opened_as_cover:
        return backup_header_inside_cover(vault, manifest.header)
    return backup_header_keeping_cover(vault, manifest.header)


def _swap_in_format2(
    vs: VaultSession, staged: Path, manifest: Manifest, keeping_cover: bytes | None
) -> None:
    """Format 2: this side's files and the backup's header; the other side stays when
    `keeping_cover` (the header that keeps its slots) is given, else it goes."""
    vault = vs.vault
    assert isinstance(vault, HiddenVault)
    folder, pair = vault.folder, vault.pair
    lock: VaultLock | None = None
    try:
        vs.close()
        lock = VaultLock.acquire(folder, create=True, name=LOCK_NAME)
        header = keeping_cover or manifest.header
        keep = keeping_cover is not None
        format2.install(folder, header, manifest.record, staged, pair, keep_other=keep)
        fsync_folder(folder)
    except OSError as error:
        raise file_problem(folder, "restore the backup", error) from error
    finally:
        remove_quietly(staged)
        vault.close()
        if lock is not None:
            lock.release()
