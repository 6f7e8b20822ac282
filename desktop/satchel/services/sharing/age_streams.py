"""age streamed through files, for what is too large to hold in memory: travel bundles.

Sharing bundles are read and written whole in memory (identity.py); a travel bundle holds a
whole backup, so it goes through pyrage 8 KiB at a time, with progress and Cancel checked
at every read. Its plaintext starts with ENVELOPE (docs/FORMATS.md, "Travel bundles"), so
that a vault can tell a colleague's travel backup from shared records after decrypting a
few bytes, without reading the rest.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from pathlib import Path
from typing import BinaryIO

import pyrage  # type: ignore[import-untyped]  # ships no type information

from satchel.errors import CancelledError, InvalidInputError, VaultError, disk_error
from satchel.services.backups.file_format2 import new_name
from satchel.services.core.session import VaultSession
from satchel.services.core.user_files import open_user_file
from satchel.services.sharing.bundle_format import BundleError, DamagedBundleError
from satchel.services.sharing.identity import (
    AGE_ARMOR,
    AGE_MAGIC,
    check_age_head,
    passphrase_protected,
    vault_identity,
)
from satchel.work import CancelToken, Progress

ENVELOPE_NAME = b"satchel-travel-backup "
ENVELOPE = ENVELOPE_NAME + b"1\n"
HEAD_BYTES = 64 * 1024  # an age header with one X25519 stanza is about 200 bytes


class _EnoughError(Exception):
    """Raised inside pyrage's loop to end it early; never leaves this module."""


class Source(io.RawIOBase):
    """`prefix`, then the bytes of `handle`: what pyrage reads, with progress and Cancel."""

    def __init__(
        self,
        handle: BinaryIO,
        total: int,
        *,
        prefix: bytes = b"",
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        super().__init__()
        self._handle = handle
        self._prefix = memoryview(prefix)
        self._total = max(total + len(prefix), 1)
        self._done = 0
        self._progress = progress
        self._cancel = cancel
        self.error: BaseException | None = None  # what stopped the read, for the caller

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            if self._cancel is not None and self._cancel.is_cancelled():
                raise CancelledError()
            if self._prefix:
                count = min(len(buffer), len(self._prefix))
                buffer[:count] = self._prefix[:count]
                self._prefix = self._prefix[count:]
            else:
                count = self._handle.readinto(buffer)  # type: ignore[attr-defined]
        except BaseException as error:
            self.error = error
            raise
        self._done += count
        if self._progress is not None:
            self._progress(min(self._done / self._total, 1.0))
        return count


class Sink(io.RawIOBase):
    """Where pyrage writes: a file, hashed on the way; with `envelope`, the first bytes
    must be it and are not written (they are checked, then dropped)."""

    def __init__(self, handle: BinaryIO | None, *, envelope: bytes = b"") -> None:
        super().__init__()
        self._handle = handle
        self._envelope = envelope
        self._head = bytearray()
        self.digest = hashlib.sha256()
        self.size = 0
        self.error: BaseException | None = None

    def writable(self) -> bool:
        return True

    @property
    def head(self) -> bytes:
        return bytes(self._head)

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(data).cast("B")
        length = len(view)
        try:
            if len(self._head) < len(self._envelope):
                take = len(self._envelope) - len(self._head)
                self._head += view[:take]
                view = view[take:]
                if not self._envelope.startswith(self._head):
                    raise _EnoughError()  # not what was expected: the caller says what it is
                if self._handle is None and len(self._head) == len(self._envelope):
                    raise _EnoughError()  # only a look at the start was wanted
            if view and self._handle is not None:
                self._handle.write(view)
                self.digest.update(view)
                self.size += len(view)
        except _EnoughError:
            raise
        except BaseException as error:
            self.error = error
            raise
        return length


def decrypt_stream(source: Source, sink: Sink, identity: pyrage.x25519.Identity) -> None:
    """Decrypt `source` into `sink`; a typed error for each way it fails.

    Returns early, with nothing more written, when the sink stopped it (the envelope did
    not match, or only the start was wanted): `sink.head` tells. A failure of the sink's
    file, or a Cancel, is raised as itself.
    """
    try:
        pyrage.decrypt_io(source, sink, [identity])
    except _EnoughError:
        return
    except BaseException as error:
        for cause in (source.error, sink.error):
            if cause is not None:
                raise cause from None
        if isinstance(error, pyrage.DecryptError) and "No matching keys" in str(error):
            raise BundleError(
                "it was not encrypted to this vault's sharing key (ask the sender to use the "
                "key shown under Sharing key)",
                "other_key",
            ) from None
        if isinstance(error, pyrage.DecryptError | OSError):
            raise DamagedBundleError(f"it is cut short or was altered ({error})") from None
        raise


def starts_with_envelope(cipher: BinaryIO, identity: pyrage.x25519.Identity) -> bool:
    """True when the age file decrypts, with `identity`, to a travel backup's envelope.

    Decrypts only the first chunk (64 KiB). Errors (not age, other key, damaged) are raised
    as in `decrypt_stream`.
    """
    sink = Sink(None, envelope=ENVELOPE)
    decrypt_stream(Source(cipher, 0), sink, identity)
    return sink.head == ENVELOPE


def encrypt_stream(source: Source, sink: Sink, recipient: pyrage.x25519.Recipient) -> None:
    """Encrypt `source` into `sink`; a failure of either side, or a Cancel, is raised as
    itself (pyrage would wrap it in an EncryptError)."""
    try:
        pyrage.encrypt_io(source, sink, [recipient])
    except BaseException:
        for cause in (source.error, sink.error):
            if cause is not None:
                raise cause from None
        raise


def drop_cache(handle: BinaryIO) -> None:
    """Ask the system to forget its cached pages of `handle` (written and fsynced), so that
    reading it back reads the disk or the stick, not memory. A hint: ignored where missing."""
    with contextlib.suppress(AttributeError, OSError):
        os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


class TravelBackupGivenError(BundleError):
    """A travel bundle given to the records import: it holds a backup, kept, not merged."""

    def __init__(self) -> None:
        super().__init__(
            "it holds a colleague's travel backup, not shared records; save the backup file "
            "it holds with --save-travel-backup DIR (in the window: Vault ▸ Import a "
            "colleague's bundle… offers to save it)",
            "travel_backup",
        )


class RecordsGivenError(BundleError):
    """A records bundle given where a travel backup was expected."""

    def __init__(self) -> None:
        super().__init__(
            "it holds shared records, not a travel backup; import it without "
            "--save-travel-backup (in the window: Vault ▸ Import a colleague's bundle…)",
            "records_bundle",
        )


def refuse_travel_backup(vs: VaultSession, cipher: bytes) -> None:
    """A colleague's travel backup is kept for them, never merged: told from its first
    decrypted bytes, before the whole (which may be large) is decrypted in memory."""
    head = cipher[:HEAD_BYTES]
    check_age_head(head)
    if passphrase_protected(head):
        return  # travel bundles are sealed to a key, never to a passphrase
    if starts_with_envelope(io.BytesIO(cipher), vault_identity(vs)):
        raise TravelBackupGivenError()


def folder_refused(error: OSError, folder: Path) -> VaultError:
    """What a refused write into `folder` is, typed: a full, read-only or failing disk in
    its own words, else the folder named as unusable."""
    return disk_error(error, folder) or InvalidInputError(
        problem="cannot_use_folder",
        path=str(folder),
        reason=error.strerror or str(error),
        errno=error.errno,
    )


def is_age_file(path: Path) -> bool:
    """True when `path` is a plain file that starts as age files do (binary or armored)."""
    try:
        handle, _size = open_user_file(path)
    except InvalidInputError:
        return False
    with handle:
        try:
            head = handle.read(len(AGE_ARMOR))
        except OSError:
            return False
    return head.startswith(AGE_MAGIC) or head.startswith(AGE_ARMOR)


def staged_beside(target: Path) -> Path:
    """Where a bundle or a kept backup is written before it is renamed to `target`."""
    return target.with_name(f".{target.name}.tmp")


def free_name(folder: Path) -> Path:
    """A new file name in `folder` (16 random hex digits, as format-2 backups have), free
    together with its staged name."""
    while True:
        candidate = folder / new_name()
        if not candidate.exists() and not staged_beside(candidate).exists():
            return candidate
