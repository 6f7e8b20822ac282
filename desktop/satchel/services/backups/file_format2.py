"""The format-2 backup file: nothing readable before the key, not even that it is a backup.

Layout (docs/FORMATS.md, "Backup files, format 2"):

    header (912) | commit record (88) | sealed manifest (1,024) | database | SHA-256 (32)

The header is the vault's, with the positions of any other side replaced by random bytes;
the record is the side's own, sealed. The manifest (vault id, time, reason, schema, counter,
sizes, sealed counts) is AES-256-GCM under a key derived from the database key, padded to a
fixed size, bound to the header and record before it. The name is 16 random hex digits.
Restoring needs no key: the header, record and database go back into a vault folder as they
were; the checksum at the end is checked first. The database's length is the file's, less
the fixed parts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from satchel.errors import InvalidInputError
from satchel.services.backups.file_format import (
    CHECKSUM_BYTES,
    MAGIC,
    PAGE_SIZE,
    DamagedBackupError,
    Manifest,
    _create_private,
    _stream,
    cannot_read,
    remove_quietly,
    write_staged,
    wrong_size,
)
from satchel.vault.format2.layout import HEADER_BYTES, RECORD_BYTES
from satchel.work import CancelToken, Progress

MANIFEST_BYTES = 1024
FIXED_BYTES = HEADER_BYTES + RECORD_BYTES + MANIFEST_BYTES
_NONCE = 12
_PLAIN = MANIFEST_BYTES - _NONCE - 16
_PURPOSE = b"format2/backup-manifest"


def new_name() -> str:
    return secrets.token_hex(8)


def is_candidate(path: Path) -> bool:
    """A regular file long enough to be a format-2 backup (what a listing without key shows)."""
    try:
        return (
            path.is_file()
            and not path.is_symlink()
            and not path.name.startswith(".")
            and path.stat().st_size >= FIXED_BYTES + PAGE_SIZE + CHECKSUM_BYTES
        )
    except OSError:
        return False


def length_fits(size: int) -> bool:
    """The one thing a backup's length tells without a key: fixed part, whole pages, sum."""
    database = size - FIXED_BYTES - CHECKSUM_BYTES
    return database >= PAGE_SIZE and database % PAGE_SIZE == 0


def is_format1(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _key(database_key: bytes | bytearray) -> AESGCM:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_PURPOSE)
    return AESGCM(hkdf.derive(bytes(database_key)))


def seal_manifest(database_key: bytes | bytearray, manifest: Manifest) -> bytes:
    body = {
        "i": manifest.vault_id,
        "t": manifest.created.astimezone(dt.UTC).isoformat(),
        "r": manifest.reason,
        "s": manifest.schema_revision,
        "c": manifest.commit_seq,
        "d": manifest.database_size,
        "m": manifest.summary.hex(),
    }
    plain = json.dumps(body, separators=(",", ":")).encode()
    if len(plain) > _PLAIN:
        raise ValueError("manifest too large")
    nonce = os.urandom(_NONCE)
    padded = plain + b" " * (_PLAIN - len(plain))
    return nonce + _key(database_key).encrypt(nonce, padded, manifest.header + manifest.record)


def open_manifest(database_key: bytes | bytearray, head: bytes) -> Manifest | None:
    """The manifest when this key opens it; None for another vault's file or any other file."""
    if len(head) < FIXED_BYTES:
        return None
    header = head[:HEADER_BYTES]
    record = head[HEADER_BYTES : HEADER_BYTES + RECORD_BYTES]
    sealed = head[HEADER_BYTES + RECORD_BYTES : FIXED_BYTES]
    try:
        plain = _key(database_key).decrypt(sealed[:_NONCE], sealed[_NONCE:], header + record)
        body: Any = json.loads(plain.decode("utf-8").rstrip(" "))
        return Manifest(
            vault_id=str(body["i"]),
            created=dt.datetime.fromisoformat(str(body["t"])).astimezone(dt.UTC),
            reason=str(body["r"]),
            schema_revision=None if body["s"] is None else str(body["s"]),
            commit_seq=int(body["c"]),
            header=header,
            database_size=int(body["d"]),
            summary=bytes.fromhex(str(body["m"])),
            format_version=2,
            record=record,
            fixed_bytes=FIXED_BYTES,
        )
    except (InvalidTag, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def read_manifest(path: Path, database_key: bytes | bytearray) -> Manifest | None:
    """The manifest (length checked) or None when the key does not open this file."""
    try:
        with path.open("rb") as handle:
            head = handle.read(FIXED_BYTES)
            size = os.fstat(handle.fileno()).st_size
    except OSError as error:
        raise cannot_read(path, error) from error
    manifest = open_manifest(database_key, head)
    if manifest is not None and size != manifest.file_size:
        raise wrong_size(path, size, manifest.file_size)
    return manifest


def keyless_manifest(path: Path) -> Manifest:
    """What a restore needs before any key: the header, the record and the database size."""
    try:
        with path.open("rb") as handle:
            head = handle.read(FIXED_BYTES)
            size = os.fstat(handle.fileno()).st_size
    except OSError as error:
        raise cannot_read(path, error) from error
    database = size - FIXED_BYTES - CHECKSUM_BYTES
    if len(head) < FIXED_BYTES or not length_fits(size):
        # Nothing else tells a backup apart from any other file: its length does not fit.
        raise InvalidInputError(
            f"{path.name} is not a Satchel backup file (or it was cut short). Nothing was changed.",
            problem="not_a_backup",
            name=path.name,
        )
    return Manifest(
        vault_id="",
        created=dt.datetime.fromtimestamp(0, dt.UTC),
        reason="",
        schema_revision=None,
        commit_seq=0,
        header=head[:HEADER_BYTES],
        database_size=database,
        summary=b"",
        format_version=2,
        record=head[HEADER_BYTES : HEADER_BYTES + RECORD_BYTES],
        fixed_bytes=FIXED_BYTES,
    )


def verify_checksum(
    path: Path,
    manifest: Manifest,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            _stream(handle, FIXED_BYTES + manifest.database_size, [digest.update], progress, cancel)
            stored = handle.read(CHECKSUM_BYTES)
    except OSError as error:
        raise cannot_read(path, error) from error
    if stored != digest.digest():
        raise DamagedBackupError(path, "its checksum does not match its content", "checksum")


def write_backup_file(
    path: Path,
    manifest: Manifest,
    database: Path,
    database_key: bytes | bytearray,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """Staged under a temp name, fsynced, renamed: a reader sees all or nothing."""
    start = manifest.header + manifest.record + seal_manifest(database_key, manifest)
    assert len(start) == FIXED_BYTES
    write_staged(path, start, database, manifest.database_size, progress=progress, cancel=cancel)


def extract_database(
    path: Path,
    manifest: Manifest,
    target: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """The backup's database bytes (still encrypted) into a new file; removed on failure."""
    try:
        with path.open("rb") as handle, _create_private(target) as out:
            handle.seek(FIXED_BYTES)
            _stream(handle, manifest.database_size, [out.write], progress, cancel)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        remove_quietly(target)
        raise
