"""Create, unlock, recover, describe and destroy vaults.

Unlocking is decided here, before the database is touched: a wrong secret never reaches
SQLCipher, and a failed unlock writes nothing.
"""

from __future__ import annotations

import contextlib
import os
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path

from satchel.errors import (
    DamagedError,
    NotAVaultError,
    TamperedError,
    UnsafeVaultFileError,
    VaultError,
    VaultExistsError,
    WrongPassphraseError,
)
from satchel.vault.disk import vault_files
from satchel.vault.disk.atomic_file import temp_path, write_atomically
from satchel.vault.disk.lockfile import LOCK_FILE, VaultLock
from satchel.vault.format1 import header as header_file
from satchel.vault.format1.commit_record import COMMIT_RECORD_FILE, RESTORED_MARKER_FILE
from satchel.vault.format1.keyslots import SlotKind, open_slot, seal_slot
from satchel.vault.format2 import lifecycle as format2
from satchel.vault.format2.upgrade import format_of
from satchel.vault.keys.kdf import FLOOR, KDF_NAME, KdfParams, calibrate
from satchel.vault.keys.kdf import normalize_passphrase as _normalize
from satchel.vault.keys.key_material import MASTER_KEY_BYTES, wipe
from satchel.vault.keys.recovery import new_recovery_phrase, phrase_to_secret
from satchel.vault.notices import VaultNotice
from satchel.vault.unlocked import DATABASE_FILE, UnlockedVault
from satchel.work import Progress

# Tests only: the floor itself, so a test vault costs ~0.1 s instead of ~1 s. No command-line
# or window path passes it; every vault a user creates is calibrated.
FAST_TEST_KDF = FLOOR
# Every vault Satchel makes is in format 2. Format 1 is still read (vaults not yet unlocked
# since the upgrade) and made on request, for the tests of that code and of the upgrade.
DEFAULT_FORMAT = 2
VAULT_FILES = (
    *header_file.HEADER_FILES,
    DATABASE_FILE,
    f"{DATABASE_FILE}-wal",
    f"{DATABASE_FILE}-shm",
    COMMIT_RECORD_FILE,
    RESTORED_MARKER_FILE,
    LOCK_FILE,
)
# Automatic backups beside the vault (services.backup_copy) live in this subfolder. Each
# backup file starts with its manifest, which holds a copy of the header: wipe overwrites
# that much of every file, as it does the header copies, before deleting them.
BACKUPS_FOLDER = "backups"
RESTORE_STAGING_FILE = f".{DATABASE_FILE}.restore.tmp"  # a restore in place cut short
BACKUP_SUFFIX = ".satchel-backup"
BACKUP_HEAD_BYTES = 20 + 256 * 1024
_BACKUP_ENDINGS = (BACKUP_SUFFIX, f"{BACKUP_SUFFIX}.tmp")
# Every name a vault's own files may have; none of them may be a link when it opens.
OWN_FILES = (
    *VAULT_FILES,
    *(f".{name}.tmp" for name in (*header_file.HEADER_FILES, COMMIT_RECORD_FILE)),
    RESTORE_STAGING_FILE,
)


def create_vault(
    folder: Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
    kdf_for_tests: KdfParams | None = None,
    format_version: int | None = None,
) -> tuple[UnlockedVault, str]:
    """A new vault with a passphrase slot and a recovery slot; returns the recovery phrase.

    The database file is created by the store when the vault is first opened. Format 1 is
    kept for the tests of the upgrade, which need a vault made as Satchel made them before.
    """
    if (format_version or DEFAULT_FORMAT) == 2:
        return format2.create(folder, passphrase, progress=progress, kdf_for_tests=kdf_for_tests)
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise VaultExistsError(str(folder))
    if not passphrase:
        raise WrongPassphraseError("passphrase (it is empty)")
    params = kdf_for_tests or calibrate(progress=progress)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = VaultLock.acquire(folder, create=True)
    assert lock is not None  # created above
    master_key = bytearray(os.urandom(MASTER_KEY_BYTES))
    vault_id = uuid.uuid4().hex
    phrase, recovery_secret = new_recovery_phrase()
    slots = tuple(
        seal_slot(
            format_version=header_file.FORMAT_VERSION,
            vault_id=vault_id,
            slot_id=slot_id,
            kind=kind,
            secret=secret,
            master_key=master_key,
            kdf=params,
        )
        for slot_id, kind, secret in _initial_slots(passphrase, recovery_secret)
    )
    header = header_file.Header(vault_id, 1, slots, commit_record=True)
    header = header_file.sign(header, master_key)
    header_file.write_copies(folder, header)
    vault = UnlockedVault(folder, header, master_key, lock)
    vault.commit_record.create()  # the header says there is one, from the first moment
    return vault, phrase


def _initial_slots(passphrase: str, recovery: bytes) -> list[tuple[int, SlotKind, bytes]]:
    return [(0, "passphrase", _normalize(passphrase)), (1, "recovery", recovery)]


def create_throwaway_vault(folder: Path) -> UnlockedVault:
    """A vault with a random key and no keyslot at all (the demo): nothing on disk can ever
    open it again, so deleting the folder on exit is all the cleanup it needs.
    """
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise VaultExistsError(str(folder))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = VaultLock.acquire(folder, create=True)
    assert lock is not None
    header = header_file.Header(uuid.uuid4().hex, 0, ())
    return UnlockedVault(folder, header, bytearray(os.urandom(MASTER_KEY_BYTES)), lock)


def is_vault(folder: Path) -> bool:
    """Whether a folder holds a vault header (no secret needed, nothing opened)."""
    return format_of(Path(folder)) != 0


def unlock_vault(folder: Path, passphrase: str) -> UnlockedVault:
    if format_of(Path(folder)) == 2:
        return format2.unlock(Path(folder), passphrase)
    return _unlock(Path(folder), "passphrase", _normalize(passphrase))


def unlock_with_recovery(folder: Path, phrase: str) -> UnlockedVault:
    if format_of(Path(folder)) == 2:
        return format2.unlock_with_recovery(Path(folder), phrase)
    secret = phrase_to_secret(phrase)  # a mistyped word fails here, before any slow work
    return _unlock(Path(folder), "recovery", secret)


def _unlock(folder: Path, kind: SlotKind, secret: bytes) -> UnlockedVault:
    if not folder.is_dir():
        raise NotAVaultError(str(folder))
    copies = header_file.read_copies(folder)
    # SQLCipher opens the database, WAL and shared-memory files by name: none may be a link.
    vault_files.refuse_links(folder, OWN_FILES)
    lock = VaultLock.acquire(folder, create=False)  # busy is told before the slow KDF
    try:
        header, master_key = _open_newest(copies, kind, secret)
        if lock is None:
            lock = VaultLock.acquire(folder, create=True)
            assert lock is not None
        notices = _repair_copies(folder, copies, header)
        return UnlockedVault(folder, header, master_key, lock, notices=notices)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_newest(
    copies: list[header_file.HeaderCopy], kind: SlotKind, secret: bytes
) -> tuple[header_file.Header, bytearray]:
    """Try the newest intact copy first; an older one still opens after a torn update."""
    failure: VaultError | None = None
    tried: set[bytes] = set()
    for copy in copies:
        if copy.header is None or copy.raw in tried:
            continue
        tried.add(copy.raw or b"")
        header = copy.header
        for slot in (s for s in header.slots if s.kind == kind):
            try:
                master_key = open_slot(
                    slot,
                    format_version=header.format_version,
                    vault_id=header.vault_id,
                    secret=secret,
                )
            except WrongPassphraseError as error:
                failure = failure if isinstance(failure, TamperedError) else error
                continue
            except (TamperedError, DamagedError) as error:
                failure = error  # this copy is bad; an older intact copy may still open
                continue
            try:
                header_file.verify(header, master_key)
            except TamperedError as error:
                wipe(master_key)
                failure = error
                continue
            return header, master_key
    if failure is None:
        raise TamperedError(f"header (it has no {kind} slot)")
    raise failure


def _repair_copies(
    folder: Path, copies: list[header_file.HeaderCopy], good: header_file.Header
) -> list[VaultNotice]:
    """Rewrite any copy that is missing, damaged or out of step with the one that opened,
    and say which: a repair is never silent."""
    data = header_file.encode(good)
    notices: list[VaultNotice] = []
    for copy in copies:
        if copy.raw == data:
            continue
        write_atomically(copy.path, data)
        if copy.raw is None:
            notices.append(VaultNotice("header_copy_missing", copy.path.name))
        elif copy.header is None or copy.header.sequence >= good.sequence:
            notices.append(VaultNotice("header_copy_damaged", copy.path.name))
        else:
            notices.append(VaultNotice("header_copy_stale", copy.path.name))
    # A header write cut short by a crash leaves its staged copy, whose slot may wrap the
    # master key under a passphrase that never took effect: overwrite it, then delete it.
    for copy in copies:
        vault_files.destroy(folder, temp_path(copy.path).name)
    return sorted(notices, key=lambda notice: notice.name)


@dataclass(frozen=True)
class SlotInfo:
    slot_id: int
    kind: str
    kdf: str
    memory_kib: int
    iterations: int
    lanes: int


@dataclass(frozen=True)
class VaultInfo:
    format_version: int
    vault_id: str  # empty for format 2: it is sealed
    slots: tuple[SlotInfo, ...]  # empty for format 2: which positions are used is sealed
    kdf: KdfParams | None = None  # format 2: the one setting a locked vault shows


def read_info(folder: Path) -> VaultInfo:
    """What the header says, without any secret."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotAVaultError(str(folder))
    if format_of(folder) == 2:
        return VaultInfo(2, "", (), format2.locked_facts(folder))
    newest = next(c.header for c in header_file.read_copies(folder) if c.header is not None)
    return VaultInfo(
        format_version=newest.format_version,
        vault_id=newest.vault_id,
        slots=tuple(
            SlotInfo(s.slot_id, s.kind, KDF_NAME, s.kdf.memory_kib, s.kdf.iterations, s.kdf.lanes)
            for s in newest.slots
        ),
    )


def locked_identities(folder: Path) -> tuple[bytes, ...]:
    """What names a vault without any secret, stable across passphrase changes and moves:
    the salt of each intact header copy (format 2; two only when a copy was edited), or the
    vault id (format 1). Empty when the folder holds no readable header."""
    folder = Path(folder)
    if not folder.is_dir():
        return ()
    if format_of(folder) == 2:
        return format2.salts(folder)
    with contextlib.suppress(VaultError, OSError, StopIteration):
        copies = header_file.read_copies(folder)
        return tuple({c.header.vault_id.encode() for c in copies if c.header is not None})
    return ()


def wipe_vault(folder: Path) -> list[str]:
    """Crypto-erase: overwrite both header copies (the only home of the wrapped master key),
    then delete every file. Even where an SSD keeps old database blocks, they stay unreadable.
    Killed at any step, the folder opens as before or not at all (see the order below).

    Backups in the vault's `backups` folder hold a header copy too: their start is
    overwritten the same way before they go. Backups in a folder the user picked elsewhere
    are out of reach here; the screens that offer wipe say so.

    Only the vault's own regular files are touched: a link under a vault name (planted to
    turn the wipe against another file) is left as it is, and its name returned, so the
    caller can say what stayed.
    """
    folder = Path(folder)
    if folder.is_dir() and format_of(folder) == 2:
        return format2.wipe_folder(folder)
    if not folder.is_dir() or not any(
        vault_files.lstat(folder, name) is not None for name in header_file.HEADER_FILES
    ):
        raise NotAVaultError(str(folder))
    try:
        lock = VaultLock.acquire(folder, create=True)
    except UnsafeVaultFileError:
        lock = None  # a planted lock file must not stop a wipe; it is left alone below
    # Backups and any staged header copy (a write a crash cut short) first, then the spare
    # header copy, then the first: until that last write the vault opens as before (from
    # the copy left), after it nothing does, and no backup beside it still holds a slot.
    headers = [temp_path(Path(name)).name for name in header_file.HEADER_FILES]
    headers += reversed(header_file.HEADER_FILES)
    backups = _backup_files(folder / BACKUPS_FOLDER)
    left: list[str] = []
    try:
        for path in backups:
            head = BACKUP_HEAD_BYTES if path.name.endswith(_BACKUP_ENDINGS) else 0
            if not vault_files.destroy(path.parent, path.name, head):
                left.append(f"{BACKUPS_FOLDER}/{path.name}")
        for name in headers:
            if not vault_files.destroy(folder, name):
                left.append(name)
        for name in (*VAULT_FILES, RESTORE_STAGING_FILE):
            if name != LOCK_FILE and not vault_files.remove(folder, name):
                left.append(name)
    finally:
        if lock is not None:
            lock.release()
    if not vault_files.remove(folder, LOCK_FILE):
        left.append(LOCK_FILE)
    with contextlib.suppress(OSError):
        (folder / BACKUPS_FOLDER).rmdir()
    with contextlib.suppress(OSError):
        folder.rmdir()  # only if nothing of the user's own is left there
    return left


def _backup_files(folder: Path) -> list[Path]:
    """Backups beside the vault, with any half-written one (a `.tmp`) a crash left there."""
    st = vault_files.lstat(folder.parent, folder.name)
    if st is None or not stat.S_ISDIR(st.st_mode):
        return []  # a link in place of the folder is not followed
    return [
        path
        for path in folder.iterdir()
        if (
            path.name.endswith(BACKUP_SUFFIX)
            # staged names: ".<backup>.tmp", and ".satchel-<id>-<time>.db.tmp" for its copy
            or (path.name.startswith(".satchel-") and path.name.endswith(".tmp"))
        )
    ]
