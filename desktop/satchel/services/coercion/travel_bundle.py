"""Travel to a trusted colleague: the checked travel backup, sealed to their sharing key.

The backup is written into a hidden scratch folder inside the destination (never on the
laptop's own disk, which is the one searched), restored elsewhere and opened with the
passphrase exactly as for a USB stick (`travel.check_opens`), then streamed through age to
the colleague's "age1…" key into the destination, under 16 random hex digits with no
suffix, as format-2 backups are named. The plaintext inside age is ENVELOPE and then the
backup's bytes (docs/FORMATS.md, "Travel bundles").

The bundle cannot be decrypted here (the key is the colleague's), so its proof of being
whole is the checked backup inside plus a byte-for-byte read-back: the file is read again
from the destination, past the system's cache where it allows, and its SHA-256 compared
with what was written. age authenticates the rest. Cancel or failure removes the partial
bundle and the scratch backup (its start overwritten first); nothing in the vault changes
until `travel.leave_only_cover`.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyrage  # type: ignore[import-untyped]  # ships no type information

from satchel.errors import InvalidInputError
from satchel.services.backups.operations import back_up
from satchel.services.coercion.travel import (
    TravelCheckError,
    check_destination,
    check_opens,
    leave_only_cover,
    needs_cover_passphrase,
    travelling_vault,
)
from satchel.services.core.session import VaultSession
from satchel.services.notebook.cases import count_cases
from satchel.services.sharing.age_streams import (
    ENVELOPE,
    Sink,
    Source,
    drop_cache,
    encrypt_stream,
    folder_refused,
    free_name,
    staged_beside,
)
from satchel.services.sharing.identity import parse_recipient
from satchel.vault.disk import vault_files
from satchel.vault.disk.atomic_file import fsync_folder
from satchel.vault.format2.lifecycle import BACKUP_HEAD_BYTES
from satchel.work import CancelToken, Progress, check_cancelled, stage

_CHUNK = 1 << 20


@dataclass(frozen=True)
class TravelBundle:
    path: Path
    size: int


def write_travel_bundle(
    vs: VaultSession,
    passphrase: str,
    destination: Path,
    recipient: str,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> TravelBundle:
    """The checked backup, sealed to `recipient`, in `destination`. Changes nothing in the
    vault; Cancel or failure leaves the destination as it was."""
    key = parse_recipient(recipient)
    vault = travelling_vault(vs)
    destination = Path(destination)
    check_destination(vault, destination)
    scratch = _scratch_in(destination)
    target: Path | None = None
    try:
        cases = count_cases(vs)
        made = back_up(vs, scratch, progress=stage(progress, 0.0, 0.3), cancel=cancel)
        check_opens(made, passphrase, cases, progress=stage(progress, 0.3, 0.6), cancel=cancel)
        check_cancelled(cancel)
        target = free_name(destination)
        digest = _seal(made, target, key, stage(progress, 0.6, 0.95), cancel)
        check_cancelled(cancel)
        _read_back(target, digest, stage(progress, 0.95, 1.0), cancel)
    except BaseException as error:
        if target is not None:
            for name in (target.name, staged_beside(target).name):
                vault_files.remove(destination, name)
        if isinstance(error, OSError):
            raise folder_refused(error, destination) from error
        raise
    finally:
        _discard(scratch)
    if progress is not None:
        progress(1.0)
    return TravelBundle(target, target.stat().st_size)


def prepare_for_travel_to(
    vs: VaultSession,
    passphrase: str,
    destination: Path,
    recipient: str,
    cover_passphrase: str | None,
) -> TravelBundle:
    """The command line's one go: the bundle, then only the cover left here (session closed)."""
    travelling_vault(vs)
    parse_recipient(recipient)  # a mistyped key is named before any work
    if needs_cover_passphrase(vs) and not cover_passphrase:
        raise InvalidInputError(problem="cover_passphrase_missing")
    made = write_travel_bundle(vs, passphrase, destination, recipient)
    leave_only_cover(vs, cover_passphrase)
    return made


def _scratch_in(destination: Path) -> Path:
    try:
        destination.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".", dir=destination))
    except OSError as error:
        raise folder_refused(error, destination) from error


def _discard(scratch: Path) -> None:
    """Overwrite the start of the scratch backup (its header opens with the passphrase),
    then remove the folder."""
    for path in scratch.iterdir() if scratch.is_dir() else ():
        vault_files.destroy(scratch, path.name, BACKUP_HEAD_BYTES)
    shutil.rmtree(scratch, ignore_errors=True)


def _seal(
    backup: Path,
    target: Path,
    key: pyrage.x25519.Recipient,
    progress: Progress,
    cancel: CancelToken | None,
) -> bytes:
    """ENVELOPE and the backup, through age, to a staged file renamed to `target`; returns
    the SHA-256 of the bytes written."""
    staged = staged_beside(target)
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    with os.fdopen(fd, "wb") as out, backup.open("rb") as plain:
        sink = Sink(out)
        source = Source(
            plain, backup.stat().st_size, prefix=ENVELOPE, progress=progress, cancel=cancel
        )
        encrypt_stream(source, sink, key)
        out.flush()
        os.fsync(out.fileno())
        drop_cache(out)
    os.replace(staged, target)
    fsync_folder(target.parent)
    return sink.digest.digest()


def _read_back(
    target: Path, expected: bytes, progress: Progress, cancel: CancelToken | None
) -> None:
    digest = hashlib.sha256()
    total = max(target.stat().st_size, 1)
    done = 0
    with target.open("rb") as handle:
        drop_cache(handle)
        while chunk := handle.read(_CHUNK):
            check_cancelled(cancel)
            digest.update(chunk)
            done += len(chunk)
            progress(done / total)
    if not hmac.compare_digest(digest.digest(), expected):
        raise TravelCheckError(
            "the bundle read back from the folder is not what was written", "read_back"
        )
