"""From format 1 to format 2: the upgrade, and the recovery phrase written down before it.

The upgrade needs the passphrase (to seal the new passphrase slot) but not the recovery
phrase: the format-1 recovery slot is repacked whole into the legacy position, and opened
there with its own salt (one more Argon2id run, only when a recovery phrase opened nothing
else). Its key-derivation settings must be ones format 2 can state; they always are for
vaults Satchel calibrated (64 or 256 MiB, 4 lanes, 3 to 66 passes).

Crash safety: every format-2 file is written first, then the database is renamed into
place (the moment the vault becomes format 2), then the format-1 files are destroyed. A
folder holding both a format-1 header and the format-1 database is still format 1.
"""

from __future__ import annotations

import contextlib
import hmac
import os
from hashlib import sha256
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from satchel.errors import TamperedError
from satchel.vault.disk.atomic_file import fsync_folder, temp_path
from satchel.vault.disk.lockfile import LOCK_FILE, VaultLock
from satchel.vault.format1 import header as v1_header
from satchel.vault.format1.commit_record import COMMIT_RECORD_FILE, CommitRecord
from satchel.vault.format1.keyslots import associated_data
from satchel.vault.format2 import header as headers
from satchel.vault.format2 import lifecycle as format2
from satchel.vault.format2 import slots
from satchel.vault.format2.files import overwrite_file
from satchel.vault.format2.layout import (
    HEADER_COPIES,
    LOCK_NAME,
    POSITIONS,
    encode_cost,
    new_salt,
    pairs,
    params_of,
)
from satchel.vault.format2.record import SealedCommitRecord
from satchel.vault.format2.unlocked import HiddenVault
from satchel.vault.keys.kdf import KdfParams, derive_key, normalize_passphrase
from satchel.vault.keys.key_material import PURPOSE_COMMIT_RECORD, derive_subkey, wipe
from satchel.vault.unlocked import DATABASE_FILE, UnlockedVault

_CHECK_LABEL = b"satchel/v1/key-check"
OWNED_AFTER_UPGRADE = frozenset({format2.PASSPHRASE_POSITION, slots.LEGACY_POSITION})


def _stateable(params: KdfParams) -> bool:
    try:
        encode_cost(params)
    except ValueError:
        return False
    return True


def can_upgrade(vault: UnlockedVault) -> bool:
    """Whether this format-1 vault can become format 2 keeping its recovery phrase."""
    slots_by_kind = {slot.kind: slot for slot in vault.v1_header.slots}
    recovery = slots_by_kind.get("recovery")
    return (
        "passphrase" in slots_by_kind
        and recovery is not None
        and _stateable(recovery.kdf)
        and len(vault.vault_id) == 32
    )


def upgrade(vault: UnlockedVault, passphrase: str) -> None:
    """Turn the folder of this unlocked, format-1 vault (database closed) into format 2.

    The vault object is closed afterwards; unlock the folder again to use it.
    """
    folder = vault.folder
    v1 = vault.v1_header
    recovery = next(slot for slot in v1.slots if slot.kind == "recovery")
    salt = new_salt(recovery.kdf)
    header = headers.HiddenHeader(salt, [slots.random_position() for _ in range(POSITIONS)])
    master_key = vault.master_key_copy()
    try:
        key = derive_key(normalize_passphrase(passphrase), salt, params_of(salt))
        payload = slots.Payload(
            bytes(master_key), vault.vault_id, slots.Kind.PASSPHRASE, OWNED_AFTER_UPGRADE
        )
        header.positions[format2.PASSPHRASE_POSITION] = slots.seal(
            key, salt, format2.PASSPHRASE_POSITION, payload
        )
        wipe(key)
        header.positions[slots.LEGACY_POSITION] = slots.LegacySlot(
            recovery.salt, recovery.nonce, recovery.wrapped, recovery.check, vault.vault_id
        ).encode()
        seq = CommitRecord(folder, vault.vault_id, derive_subkey(master_key, PURPOSE_COMMIT_RECORD))
        recorded = seq.read()
        seq.close()
        mine, other = pairs(folder)
        lock = VaultLock.acquire(folder, create=True, name=LOCK_NAME)
        try:
            format2.write_filler(other)
            record = SealedCommitRecord(
                mine.record, vault.vault_id, derive_subkey(master_key, PURPOSE_COMMIT_RECORD)
            )
            format2._write_new(mine.record, record.encode_fresh(recorded))
            record.close()
            headers.write(folder, header)
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.replace(
                        folder / f"{DATABASE_FILE}{suffix}",
                        mine.database.with_name(mine.database.name + suffix),
                    )
            os.replace(folder / DATABASE_FILE, mine.database)  # format 2 from here on
            fsync_folder(folder)
            finish(folder)
        finally:
            if lock is not None:
                lock.release()
    finally:
        wipe(master_key)
        vault.close()


def finish(folder: Path) -> None:
    """Destroy what format 1 left: header copies (overwritten first), record, lock file."""
    for name in v1_header.HEADER_FILES:
        for path in (folder / name, temp_path(folder / name)):
            overwrite_file(path, 4096)
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    for name in (COMMIT_RECORD_FILE, LOCK_FILE):
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()


def format_of(folder: Path) -> int:
    """1 or 2 (finishing an upgrade cut short after its last step); 0 for neither."""
    folder = Path(folder)
    v1 = any((folder / name).is_file() for name in v1_header.HEADER_FILES)
    v2 = any((folder / name).is_file() for name in HEADER_COPIES)
    if v1 and (folder / DATABASE_FILE).exists():
        return 1
    if v2:
        if v1:
            with contextlib.suppress(OSError):
                finish(folder)
        return 2
    return 1 if v1 else 0


def unlock_legacy_recovery(folder: Path, secret: bytes) -> HiddenVault | None:
    """The format-1 recovery slot kept in the legacy position; None when it is not there."""
    lock = VaultLock.acquire(folder, create=True, name=LOCK_NAME)
    assert lock is not None
    try:
        header = headers.readable_header(folder)
        params = params_of(header.salt)
        legacy = slots.LegacySlot.decode(header.positions[slots.LEGACY_POSITION])
        key = derive_key(secret, legacy.salt, params)
        try:
            check = hmac.new(bytes(key), _CHECK_LABEL, sha256).digest()[:16]
            if not hmac.compare_digest(check, legacy.check):
                lock.release()
                return None
            aad = associated_data(
                format_version=1,
                vault_id=legacy.vault_id,
                slot_id=1,
                kind="recovery",
                kdf=params,
                salt=legacy.salt,
            )
            try:
                master = AESGCM(bytes(key)).decrypt(legacy.nonce, legacy.wrapped, aad)
            except InvalidTag:
                raise TamperedError("header (the recovery slot)") from None
        finally:
            wipe(key)
        payload = slots.Payload(master, legacy.vault_id, slots.Kind.RECOVERY, OWNED_AFTER_UPGRADE)
        opened = headers.Opened(header, slots.LEGACY_POSITION, payload, bytearray(32), False, False)
        return format2.open_side(folder, opened, lock)
    except BaseException:
        lock.release()
        raise
