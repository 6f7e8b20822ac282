"""The colleague's side of a travel bundle: keep the backup inside it for its owner.

A travel bundle is sealed to this vault's sharing key, but what it holds is a backup of
someone else's vault, which opens only with their passphrase. This vault cannot read it
and does not import it: it decrypts the bundle, streaming, into a backup file in a folder
the user picks (the exact bytes the traveller's Satchel wrapped, under 16 random hex
digits), for the traveller to take back and return from. A failure or Cancel leaves no
file behind.
"""

from __future__ import annotations

import os
from pathlib import Path

from satchel.errors import InvalidInputError
from satchel.services.core.session import VaultSession
from satchel.services.core.user_files import open_user_file
from satchel.services.sharing.age_streams import (
    ENVELOPE,
    ENVELOPE_NAME,
    HEAD_BYTES,
    RecordsGivenError,
    Sink,
    Source,
    decrypt_stream,
    folder_refused,
    free_name,
    staged_beside,
    starts_with_envelope,
)
from satchel.services.sharing.bundle_format import BundleError
from satchel.services.sharing.identity import (
    check_age_head,
    passphrase_protected,
    vault_identity,
)
from satchel.vault.disk import vault_files
from satchel.vault.disk.atomic_file import fsync_folder
from satchel.work import CancelToken, Progress, check_cancelled


def holds_travel_backup(vs: VaultSession, bundle: Path) -> bool:
    """True when `bundle` is a travel bundle sealed to this vault's key; False for a records
    bundle. Reads and decrypts only its start. Not age, another key or damage: BundleError."""
    handle, _size = open_user_file(bundle)
    with handle:
        head = handle.read(HEAD_BYTES)
        check_age_head(head)
        if passphrase_protected(head):
            return False  # travel bundles are sealed to a key, never to a passphrase
        handle.seek(0)
        return starts_with_envelope(handle, vault_identity(vs))


def save_travel_backup(
    vs: VaultSession,
    bundle: Path,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Decrypt the travel bundle into a new backup file in `folder`; returns its path."""
    identity = vault_identity(vs)
    handle, size = open_user_file(bundle)
    with handle:
        head = handle.read(HEAD_BYTES)
        check_age_head(head)
        if passphrase_protected(head):
            raise RecordsGivenError()
        handle.seek(0)
        folder = _folder(Path(folder))
        target = free_name(folder)
        staged = staged_beside(target)
        try:
            fd = os.open(
                staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600
            )
            with os.fdopen(fd, "wb") as out:
                sink = Sink(out, envelope=ENVELOPE)
                source = Source(handle, size, progress=progress, cancel=cancel)
                decrypt_stream(source, sink, identity)
                _check_envelope(sink.head)
                check_cancelled(cancel)
                out.flush()
                os.fsync(out.fileno())
            os.replace(staged, target)
            fsync_folder(folder)
        except BaseException as error:
            for name in (staged.name, target.name):
                vault_files.remove(folder, name)
            if isinstance(error, OSError):
                raise folder_refused(error, folder) from error
            raise
    if progress is not None:
        progress(1.0)
    return target


def _check_envelope(head: bytes) -> None:
    if head == ENVELOPE:
        return
    if head.startswith(ENVELOPE_NAME):
        raise BundleError(
            "it is a travel backup of a newer format version; install a newer Satchel to keep it",
            "newer_format",
        )
    raise RecordsGivenError()


def _folder(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise folder_refused(error, folder) from error
    if not folder.is_dir():
        raise InvalidInputError(
            problem="cannot_use_folder", path=str(folder), reason="not a folder"
        )
    return folder
