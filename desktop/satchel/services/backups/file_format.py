"""The backup file: one file holding a vault's header and an encrypted copy of its database.

Layout (docs/FORMATS.md, "Backup files", has the full description):

    MAGIC (16 bytes) | manifest length (u32, big-endian) | manifest (UTF-8 JSON)
    | database (SQLCipher 4 pages, as encrypted as the vault's own file) | SHA-256 (32 bytes)

The checksum covers every byte before it, so a damaged or truncated file is named as damaged
before anything is written from it. It guards against accidents, not against an attacker:
the header inside is authenticated by its MAC and the database by SQLCipher's page HMACs.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import hashlib
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from satchel.errors import (
    DamagedError,
    InvalidInputError,
    UnsupportedVersionError,
    VaultError,
)
from satchel.vault.disk.atomic_file import fsync_folder, temp_path
from satchel.vault.format1 import header as header_file
from satchel.vault.lifecycle import BACKUP_HEAD_BYTES, BACKUP_SUFFIX
from satchel.work import CancelToken, Progress, check_cancelled

MAGIC = b"%SATCHEL-BACKUP\n"
FORMAT_NAME = "satchel-backup"
FORMAT_VERSION = 1
SUFFIX = BACKUP_SUFFIX
PAGE_SIZE = 4096
CHECKSUM_BYTES = 32
_LENGTH = struct.Struct(">I")
PREFIX_BYTES = len(MAGIC) + _LENGTH.size
# Wipe overwrites this much of each backup beside the vault: all of the manifest, header too.
MAX_MANIFEST_BYTES = BACKUP_HEAD_BYTES - PREFIX_BYTES
_CHUNK = 1 << 20


class DamagedBackupError(DamagedError):
    """A backup file that cannot be trusted: wrong length, checksum or manifest."""

    code = "backup_damaged"

    def __init__(self, path: Path, detail: str, problem: str = "", **params: object) -> None:
        """`problem` names the damage for the window: "cut_short", "bad_length",
        "unreadable_description", "wrong_size" (with `size` and `expected`), "checksum"."""
        VaultError.__init__(
            self,
            f"The backup file {path.name} is damaged: {detail}. Nothing was changed; "
            "try an older backup.",
            file=path.name,
            detail=detail,
            problem=problem,
            **params,
        )
        self.part = "backup"
        self.path = path
        self.detail = detail


def wrong_size(path: Path, size: int, expected: int) -> DamagedBackupError:
    return DamagedBackupError(
        path,
        f"it is {size} bytes long where {expected} were written",
        "wrong_size",
        size=size,
        expected=expected,
    )


def cannot_read(path: Path, error: OSError) -> InvalidInputError:
    return InvalidInputError(
        problem="cannot_read", path=str(path), reason=error.strerror or error, errno=error.errno
    )


class UnsupportedBackupVersionError(UnsupportedVersionError):
    code = "backup_unsupported_version"

    def __init__(self, path: Path, found: object) -> None:
        VaultError.__init__(
            self,
            f"The backup file {path.name} uses format version {found}, which this Satchel "
            "cannot read. Install a newer Satchel.",
            file=path.name,
            found=found,
        )


@dataclass(frozen=True)
class Manifest:
    vault_id: str
    created: dt.datetime  # UTC
    reason: str  # manual, lock, migration, before-restore
    schema_revision: str | None
    commit_seq: int
    header: bytes  # one header copy, byte for byte: the keyslots of that day
    database_size: int
    summary: bytes  # counts, sealed under a key from the vault's (see backup_copy)
    format_version: int = FORMAT_VERSION
    record: bytes = b""  # format 2: the side's sealed commit record
    fixed_bytes: int = 0  # format 2: header, record and sealed manifest before the database

    @property
    def file_size(self) -> int:
        if self.format_version == 2:
            return self.fixed_bytes + self.database_size + CHECKSUM_BYTES
        return PREFIX_BYTES + len(encode_manifest(self)) + self.database_size + CHECKSUM_BYTES


def encode_manifest(manifest: Manifest) -> bytes:
    body = {
        "format": FORMAT_NAME,
        "version": manifest.format_version,
        "vault_id": manifest.vault_id,
        "created": manifest.created.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
        "reason": manifest.reason,
        "schema_revision": manifest.schema_revision,
        "commit_seq": manifest.commit_seq,
        "header": base64.b64encode(manifest.header).decode("ascii"),
        "database": {"size": manifest.database_size, "page_size": PAGE_SIZE},
        "summary": base64.b64encode(manifest.summary).decode("ascii"),
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _text(value: object, limit: int = 200) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError("expected a short text")
    return value


def _count(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**62:
        raise ValueError("expected a whole number")
    return value


def decode_manifest(path: Path, raw: bytes) -> Manifest:
    """Parse and check a manifest; the header inside must be a valid copy of the same vault."""
    try:
        body: Any = json.loads(raw.decode("utf-8"))
        if not isinstance(body, dict) or body.get("format") != FORMAT_NAME:
            raise ValueError("not a backup manifest")
        version = body.get("version")
        if version != FORMAT_VERSION:
            raise UnsupportedBackupVersionError(path, version)
        created = dt.datetime.fromisoformat(_text(body["created"]).replace("Z", "+00:00"))
        if created.tzinfo is None:
            raise ValueError("the creation time has no time zone")
        database = body["database"]
        if not isinstance(database, dict) or database.get("page_size") != PAGE_SIZE:
            raise ValueError("unexpected page size")
        size = _count(database["size"])
        if size < PAGE_SIZE or size % PAGE_SIZE:
            raise ValueError("the database size is not a whole number of pages")
        revision = body["schema_revision"]
        header = base64.b64decode(_text(body["header"], 4 * header_file.MAX_HEADER_BYTES))
        manifest = Manifest(
            vault_id=_text(body["vault_id"], 64),
            created=created.astimezone(dt.UTC),
            reason=_text(body["reason"], 40),
            schema_revision=None if revision is None else _text(revision, 100),
            commit_seq=_count(body["commit_seq"]),
            header=header,
            database_size=size,
            summary=base64.b64decode(_text(body["summary"], 4096)),
            format_version=version,
        )
        if header_file.decode(header).vault_id != manifest.vault_id:
            raise ValueError("the header belongs to another vault")
    except UnsupportedVersionError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error) as error:
        raise DamagedBackupError(
            path, f"its description cannot be read ({error})", "unreadable_description"
        ) from None
    return manifest


def read_manifest(path: Path) -> Manifest:
    """The manifest, with the file's length checked against it (the checksum is not read)."""
    try:
        with path.open("rb") as handle:
            manifest, _raw = _read_start(path, handle)
            size = os.fstat(handle.fileno()).st_size
    except OSError as error:
        raise cannot_read(path, error) from error
    if size != manifest.file_size:
        raise wrong_size(path, size, manifest.file_size)
    return manifest


def _read_start(path: Path, handle: BinaryIO) -> tuple[Manifest, bytes]:
    prefix = handle.read(PREFIX_BYTES)
    if not prefix.startswith(MAGIC[: len(prefix)]) or len(prefix) < len(MAGIC):
        raise InvalidInputError(problem="not_a_backup", name=path.name)
    if len(prefix) < PREFIX_BYTES:
        raise DamagedBackupError(path, "it is cut short", "cut_short")
    (length,) = _LENGTH.unpack_from(prefix, len(MAGIC))
    if not 0 < length <= MAX_MANIFEST_BYTES:
        raise DamagedBackupError(path, "its description has an impossible length", "bad_length")
    raw = handle.read(length)
    if len(raw) != length:
        raise DamagedBackupError(path, "it is cut short", "cut_short")
    return decode_manifest(path, raw), prefix + raw


def verify_checksum(
    path: Path, *, progress: Progress | None = None, cancel: CancelToken | None = None
) -> Manifest:
    """Read the whole file and compare its checksum; the manifest when every byte is intact."""
    manifest = read_manifest(path)
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            _manifest, start = _read_start(path, handle)
            digest.update(start)
            _stream(handle, manifest.database_size, [digest.update], progress, cancel)
            stored = handle.read(CHECKSUM_BYTES)
    except OSError as error:  # a USB stick pulled out, a bad sector: said, not a traceback
        raise cannot_read(path, error) from error
    if stored != digest.digest():
        raise DamagedBackupError(path, "its checksum does not match its content", "checksum")
    return manifest


def _stream(
    source: BinaryIO,
    size: int,
    sinks: list[Callable[[bytes], object]],
    progress: Progress | None,
    cancel: CancelToken | None,
) -> None:
    done = 0
    while done < size:
        check_cancelled(cancel)
        chunk = source.read(min(_CHUNK, size - done))
        if not chunk:
            raise OSError("the file ended early")
        for sink in sinks:
            sink(chunk)
        done += len(chunk)
        if progress is not None:
            progress(done / size)


def _create_private(path: Path) -> BinaryIO:
    """A new owner-only file; refuses to reuse a name (a stale temp is removed first)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return os.fdopen(fd, "wb")


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def write_backup_file(
    path: Path,
    manifest: Manifest,
    database: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """Stage the whole file under a temp name, fsync, rename: a reader sees all or nothing."""
    raw = encode_manifest(manifest)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ValueError("manifest too large")
    start = MAGIC + _LENGTH.pack(len(raw)) + raw
    write_staged(path, start, database, manifest.database_size, progress=progress, cancel=cancel)


def write_staged(
    path: Path,
    start: bytes,
    database: Path,
    size: int,
    *,
    progress: Progress | None,
    cancel: CancelToken | None,
) -> None:
    """`start`, the database's bytes and a SHA-256 of both, staged under a temp name,
    fsynced and renamed: a reader sees all or nothing. Both backup formats write this way."""
    staged = temp_path(path)
    remove_quietly(staged)
    try:
        with _create_private(staged) as out, database.open("rb") as source:
            digest = hashlib.sha256(start)
            out.write(start)
            _stream(source, size, [digest.update, out.write], progress, cancel)
            if source.read(1):
                raise OSError("the database copy changed while it was being written")
            out.write(digest.digest())
            out.flush()
            os.fsync(out.fileno())
        check_cancelled(cancel)
        if path.exists():
            raise FileExistsError(path)
        os.replace(staged, path)
    except BaseException:
        remove_quietly(staged)
        raise
    fsync_folder(path.parent)


def extract_database(
    path: Path,
    manifest: Manifest,
    target: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """Write the backup's database bytes (still encrypted) to a new file `target`, fsynced.

    Call verify_checksum first; this re-checks the length only. A failure removes `target`.
    """
    try:
        with path.open("rb") as handle, _create_private(target) as out:
            _read_start(path, handle)
            _stream(handle, manifest.database_size, [out.write], progress, cancel)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        remove_quietly(target)
        raise
