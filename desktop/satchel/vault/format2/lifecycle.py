"""Format 2: create, unlock, describe and destroy a vault that says nothing about itself.

One Argon2id run per attempt, its result tried against every slot position of both header
copies, so a passphrase, a recovery phrase and a duress passphrase cost the same time. The
side a slot opens (the real vault or the cover) finds its database by its commit record: of
the two record files, only its own authenticates under its key.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from pathlib import Path

from satchel.errors import (
    DamagedError,
    NotAVaultError,
    UnsafeVaultFileError,
    VaultExistsError,
    WrongPassphraseError,
)
from satchel.vault.disk import vault_files
from satchel.vault.disk.atomic_file import write_atomically
from satchel.vault.disk.lockfile import VaultLock
from satchel.vault.format2 import header as headers
from satchel.vault.format2 import slots
from satchel.vault.format2.files import overwrite_file
from satchel.vault.format2.layout import (
    BACKUPS_NAME,
    HEADER_BYTES,
    HEADER_COPIES,
    LOCK_NAME,
    POSITIONS,
    RECORD_BYTES,
    Pair,
    all_names,
    filler_size,
    fit_params,
    new_salt,
    own_names,
    pairs,
    params_of,
    staged_name,
)
from satchel.vault.format2.record import SealedCommitRecord
from satchel.vault.format2.unlocked import HiddenVault
from satchel.vault.keys.kdf import KdfParams, calibrate
from satchel.vault.keys.kdf import normalize_passphrase as _normalize
from satchel.vault.keys.key_material import (
    MASTER_KEY_BYTES,
    PURPOSE_COMMIT_RECORD,
    derive_subkey,
    wipe,
)
from satchel.vault.keys.recovery import new_recovery_phrase, phrase_to_secret
from satchel.work import Progress

PASSPHRASE_POSITION = 0
RECOVERY_POSITION = 1
# Wipe and a duress erase overwrite this much of each backup: its header, record and manifest.
BACKUP_HEAD_BYTES = HEADER_BYTES + RECORD_BYTES + 1024


def _lock(folder: Path) -> VaultLock:
    lock = VaultLock.acquire(folder, create=True, name=LOCK_NAME)
    assert lock is not None
    return lock


def create(
    folder: Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
    kdf_for_tests: KdfParams | None = None,
) -> tuple[HiddenVault, str]:
    """A new vault: passphrase and recovery slots, the other six positions random, the
    second database and record files filler. The database is made by the store on first open.
    """
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise VaultExistsError(str(folder))
    if not passphrase:
        raise WrongPassphraseError("passphrase (it is empty)")
    params = kdf_for_tests or calibrate(progress=progress)
    params = fit_params(params)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = _lock(folder)
    master_key = bytearray(os.urandom(MASTER_KEY_BYTES))
    vault_id = slots.new_vault_id()
    phrase, recovery_secret = new_recovery_phrase()
    salt = new_salt(params)
    header = headers.HiddenHeader(salt, [slots.random_position() for _ in range(POSITIONS)])
    owned = frozenset({PASSPHRASE_POSITION, RECOVERY_POSITION})
    attempt_key = bytearray()
    for position, kind, secret in (
        (PASSPHRASE_POSITION, slots.Kind.PASSPHRASE, _normalize(passphrase)),
        (RECOVERY_POSITION, slots.Kind.RECOVERY, recovery_secret),
    ):
        key = HiddenVault.derive(secret, salt)
        payload = slots.Payload(bytes(master_key), vault_id, kind, owned)
        header.positions[position] = slots.seal(key, salt, position, payload)
        if kind is slots.Kind.PASSPHRASE:
            attempt_key = key
        else:
            wipe(key)
    mine, other = _shuffled_pairs(folder)
    write_filler(other)
    record = SealedCommitRecord(mine.record, vault_id, _record_key(master_key))
    _write_new(mine.record, record.encode_fresh(0))
    headers.write(folder, header)
    payload = slots.Payload(bytes(master_key), vault_id, slots.Kind.PASSPHRASE, owned)
    vault = HiddenVault(
        folder,
        header,
        position=PASSPHRASE_POSITION,
        payload=payload,
        attempt_key=attempt_key,
        pair=mine,
        lock=lock,
    )
    wipe(master_key)
    return vault, phrase


def _shuffled_pairs(folder: Path) -> tuple[Pair, Pair]:
    first, second = pairs(folder)
    return (first, second) if secrets.randbelow(2) == 0 else (second, first)


def _record_key(master_key: bytes | bytearray) -> bytearray:
    return derive_subkey(master_key, PURPOSE_COMMIT_RECORD)


def _write_new(path: Path, data: bytes) -> None:
    write_atomically(path, data)


def write_filler(pair: Pair) -> None:
    """Random bytes where a side has no database: the same names and plausible sizes."""
    for path in pair.journal_files:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    _write_new(pair.database, os.urandom(filler_size()))
    _write_new(pair.record, os.urandom(RECORD_BYTES))


def unlock(folder: Path, passphrase: str) -> HiddenVault:
    return _unlock(Path(folder), _normalize(passphrase), (slots.Kind.PASSPHRASE,), "passphrase")


def unlock_with_recovery(folder: Path, phrase: str) -> HiddenVault:
    secret = phrase_to_secret(phrase)
    folder = Path(folder)
    try:
        return _unlock(folder, secret, (slots.Kind.RECOVERY,), "recovery phrase")
    except WrongPassphraseError:
        from satchel.vault.format2.upgrade import unlock_legacy_recovery  # noqa: PLC0415

        vault = unlock_legacy_recovery(folder, secret)
        if vault is None:
            raise
        return vault


def _unlock(folder: Path, secret: bytes, kinds: tuple[slots.Kind, ...], what: str) -> HiddenVault:
    if not folder.is_dir():
        raise NotAVaultError(str(folder))
    headers.read_raw(folder)  # not a vault / unreadable: told before the slow work
    # SQLCipher opens the databases, WALs and shared-memory files by name: none may be a link.
    vault_files.refuse_links(folder, own_names())
    lock = VaultLock.acquire(folder, create=False, name=LOCK_NAME)  # busy: before the KDF
    try:
        opened = headers.open_with(folder, secret, kinds)
        if opened is None:
            raise WrongPassphraseError(what)
        if lock is None:
            lock = _lock(folder)
        return open_side(folder, opened, lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def open_side(folder: Path, opened: headers.Opened, lock: VaultLock) -> HiddenVault:
    """The side a slot opened: header copies repaired, a duress erase carried out."""
    header = opened.header
    if opened.found:
        header = headers.repair(folder, opened)
    headers.clear_staged(folder)
    payload = opened.payload
    mine = pair_of(folder, payload)
    vault = HiddenVault(
        folder,
        header,
        position=opened.position,
        payload=payload,
        attempt_key=opened.attempt_key,
        pair=mine,
        lock=lock,
        found=opened.found,
    )
    if payload.mode is slots.Mode.DURESS_ERASE:
        vault.erase_other_side()
    ensure_other_side(folder, mine)
    return vault


def pair_of(folder: Path, payload: slots.Payload) -> Pair:
    """The pair whose record authenticates under this side's key."""
    key = _record_key(payload.master_key)
    try:
        for pair in pairs(folder):
            if SealedCommitRecord(pair.record, payload.vault_id, bytearray(key)).opens():
                return pair
    finally:
        wipe(key)
    raise DamagedError(
        "commit record", "neither record file authenticates; they were altered or replaced"
    )


def ensure_other_side(folder: Path, mine: Pair) -> None:
    """A change cut short may have left the other side's database missing: filler again."""
    for pair in pairs(folder):
        if pair != mine and not pair.database.exists():
            write_filler(pair)


def wipe_folder(folder: Path) -> list[str]:
    """Crypto-erase: overwrite the start of each backup beside the vault, any staged header
    copy, the spare header copy "1", then copy "0" (the one that decides), both records, then
    delete every file of the vault.

    The order makes it safe against a kill at any step: until copy "0" is overwritten the
    vault opens as before (a damaged spare is repaired and reported); from then on nothing
    opens, and no backup or copy left in the folder still holds a slot.

    Only the vault's own regular files are touched: a link planted under a vault name is left
    as it is (never written through), and its name returned so the caller can say so.
    """
    folder = Path(folder)
    if not folder.is_dir() or not any(
        vault_files.lstat(folder, name) is not None for name in HEADER_COPIES
    ):
        raise NotAVaultError(str(folder))
    try:
        lock = VaultLock.acquire(folder, create=True, name=LOCK_NAME)
    except UnsafeVaultFileError:
        lock = None  # a planted lock file must not stop a wipe; it is left alone below
    left: list[str] = []
    try:
        left += [f"{BACKUPS_NAME}/{name}" for name in wipe_backups(folder / BACKUPS_NAME)]
        headers.clear_staged(folder)
        left += [
            staged_name(name)
            for name in HEADER_COPIES
            if vault_files.lstat(folder, staged_name(name)) is not None
        ]
        for name in reversed(HEADER_COPIES):
            if not vault_files.destroy(folder, name, HEADER_BYTES):
                left.append(name)
        for pair in pairs(folder):
            for name in (pair.record.name, staged_name(pair.record.name)):
                if not vault_files.destroy(folder, name, RECORD_BYTES):
                    left.append(name)
        for name in all_names():
            if name != LOCK_NAME and name not in left and not vault_files.remove(folder, name):
                left.append(name)
    finally:
        if lock is not None:
            lock.release()
    if not vault_files.remove(folder, LOCK_NAME):
        left.append(LOCK_NAME)
    with contextlib.suppress(OSError):
        (folder / BACKUPS_NAME).rmdir()
    with contextlib.suppress(OSError):
        folder.rmdir()
    return left


_BACKUP_NAME = re.compile(r"\.?[0-9a-f]{16}(\.db)?(\.tmp)?")


def is_backup_name(name: str) -> bool:
    """A backup Satchel writes (either format), or the staged copy a crash left of one;
    anything else in the folder is the user's own and is left alone."""
    if _BACKUP_NAME.fullmatch(name):
        return True
    return name.endswith((".satchel-backup", ".satchel-backup.tmp")) or (
        name.startswith(".satchel-") and name.endswith(".tmp")
    )


def wipe_backups(folder: Path) -> list[str]:
    """Overwrite the start of every backup in the backups folder, then delete it.

    Returns the names of entries left alone (links, or files with another name too).
    """
    st = vault_files.lstat(folder.parent, folder.name)
    if st is None or not stat.S_ISDIR(st.st_mode):
        return []  # a link in place of the folder is not followed
    left: list[str] = []
    for path in sorted(folder.iterdir()):
        entry = vault_files.lstat(folder, path.name)
        if entry is None or stat.S_ISDIR(entry.st_mode) or not is_backup_name(path.name):
            continue
        if not vault_files.destroy(folder, path.name, BACKUP_HEAD_BYTES):
            left.append(path.name)
    return left


def salts(folder: Path) -> tuple[bytes, ...]:
    """The distinct salts of the intact header copies, copy "0" first (no secret needed)."""
    try:
        raws = headers.read_raw(Path(folder))
    except (NotAVaultError, DamagedError):
        return ()
    found: list[bytes] = []
    for raw in raws:
        header = headers.intact(raw)
        if header is not None and header.salt not in found:
            found.append(header.salt)
    return tuple(found)


def locked_facts(folder: Path) -> KdfParams:
    """All a locked format-2 vault tells: the key-derivation cost."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotAVaultError(str(folder))
    return params_of(headers.readable_header(folder).salt)


def install(
    folder: Path,
    header: bytes,
    record: bytes,
    database: Path,
    mine: Pair,
    *,
    keep_other: bool = False,
) -> None:
    """Put a backup's side into a vault folder: its database (a staged file, renamed), its
    record, random filler as the other side (unless `keep_other`: a cover the header keeps),
    then the header copies (the last step)."""
    if len(header) != HEADER_BYTES or len(record) != RECORD_BYTES:
        raise DamagedError("header", "the backup's header has the wrong size")
    other = next(pair for pair in pairs(folder) if pair != mine)
    for path in (*mine.journal_files, *(() if keep_other else other.journal_files)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    write_atomically(mine.record, record)
    os.replace(database, mine.database)
    if not keep_other:
        if other.database.exists():
            overwrite_file(other.database, 0)
        write_filler(other)
    for name in HEADER_COPIES:
        write_atomically(folder / name, header)
