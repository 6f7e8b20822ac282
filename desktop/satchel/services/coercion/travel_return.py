"""Coming back from travel: the real vault from its travel backup, in place of the cover.

Two parts, so the window can keep the cover open until the backup has proved itself:
`stage_return` restores the backup beside the vault folder and opens it with the passphrase
(cancel or failure removes it, the cover stays as it was); `finish_return`, once the cover
is closed, puts the real vault back into its folder. Killed between the two, the cover is
still whole and the staged copy a hidden folder beside it; the backup on the stick is
untouched whatever happens.

The cover the user travelled with stays as their duress passphrase, as before the trip
(vault/format2/kept_cover.py): its slots go, unread, into the restored header, and the real
vault owns that position again, so the duress passphrase and its mode (erase or hide) work
as they did. The real vault's files go into the other pair, then the header copies are
written: a kill before that leaves the cover alone, after it both.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from satchel.errors import DamagedError, InvalidInputError, VaultError
from satchel.services.access import wipe
from satchel.services.backups.restore import restore_as_new_vault
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.vault import wipe_vault
from satchel.vault.disk.atomic_file import fsync_folder, write_atomically
from satchel.vault.format2 import header as headers
from satchel.vault.format2.kept_cover import CoverSlots, adopt_cover, cover_slots
from satchel.vault.format2.layout import HEADER_COPIES, pairs
from satchel.vault.format2.unlocked import HiddenVault
from satchel.work import CancelToken, Progress, check_cancelled, stage

__all__ = [
    "CoverSlots",
    "cover_to_keep",
    "discard_staged",
    "finish_return",
    "stage_return",
]


def cover_to_keep(vs: VaultSession) -> CoverSlots | None:
    """What Return needs to keep the open cover as the duress passphrase; None when the
    open vault is not a cover."""
    vault = vs.vault
    return cover_slots(vault) if isinstance(vault, HiddenVault) else None


def stage_return(
    folder: Path,
    backup: Path,
    passphrase: str,
    *,
    keep: CoverSlots | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Restore `backup` into a hidden folder beside `folder` and open it with `passphrase`;
    with `keep`, the cover's slots join its header (same salt only: the cover was made in
    this vault). Returns that folder. Nothing in `folder` changes; a failure removes it.
    """
    folder = Path(folder)
    backup = Path(backup)
    if not backup.is_file():
        raise InvalidInputError(problem="not_a_backup", name=str(backup))
    try:
        scratch = Path(tempfile.mkdtemp(prefix=".", dir=folder.parent))
    except OSError as error:
        raise InvalidInputError(
            problem="cannot_write_beside",
            folder=str(folder),
            reason=error.strerror or str(error),
            errno=error.errno,
        ) from error
    staged = scratch / "v"
    try:
        restore_as_new_vault(backup, staged, progress=stage(progress, 0.0, 0.8), cancel=cancel)
        check_cancelled(cancel)
        with vault_session.unlock(staged, passphrase) as restored:  # the real vault is whole
            vault = restored.vault
            if keep is not None and isinstance(vault, HiddenVault):
                adopt_cover(vault, keep)
        check_cancelled(cancel)
    except BaseException:
        discard_staged(staged)
        raise
    if progress is not None:
        progress(1.0)
    return staged


def discard_staged(staged: Path) -> None:
    """Crypto-erase the staged copy (it opens with the passphrase), then remove its folder."""
    with contextlib.suppress(VaultError, OSError):
        wipe_vault(Path(staged))
    shutil.rmtree(Path(staged).parent, ignore_errors=True)


def finish_return(staged: Path, folder: Path, keep: CoverSlots | None = None) -> bool:
    """Put the staged vault into `folder` (the cover there closed). With `keep`, and the
    cover's slots in the staged header, the cover stays beside it: returns True. Otherwise
    the cover is crypto-erased first and the staged vault moved in whole: False."""
    staged, folder = Path(staged), Path(folder)
    if keep is not None and _keeps(staged, folder, keep):
        _move_beside_cover(staged, folder, keep)
        return True
    _replace_cover(staged, folder)
    return False


def _keeps(staged: Path, folder: Path, keep: CoverSlots) -> bool:
    """The staged header holds the cover's slots, and the folder's still does too."""
    try:
        ours, theirs = headers.readable_header(staged), headers.readable_header(folder)
    except (DamagedError, OSError):  # either unreadable: the cover is not kept
        return False
    return all(ours.positions[p] == sealed for p, sealed in keep.adopted.items()) and all(
        theirs.positions[p] == sealed for p, sealed in keep.found.items()
    )


def _move_beside_cover(staged: Path, folder: Path, keep: CoverSlots) -> None:
    """The real side's files into the pair the cover does not use, then the header copies
    (the deciding one first): until then the folder opens only as the cover."""
    source, target = pairs(staged)[0], pairs(folder)[1 - keep.pair_index]
    for path in target.journal_files:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    for moved, into in (
        *zip(source.journal_files, target.journal_files, strict=True),
        (source.record, target.record),
        (source.database, target.database),
    ):
        if moved.exists():
            os.replace(moved, into)
    fsync_folder(folder)
    header = headers.readable_header(staged).encode()
    for name in HEADER_COPIES:
        write_atomically(folder / name, header)
    with contextlib.suppress(OSError):
        shutil.rmtree(staged.parent)


def _replace_cover(staged: Path, folder: Path) -> None:
    if folder.exists():
        wipe(folder)
    if folder.exists() and not any(folder.iterdir()):
        folder.rmdir()
    if folder.exists():  # something not of the vault stayed (a planted link): files one by one
        for item in sorted(staged.iterdir()):
            os.replace(item, folder / item.name)
    else:
        os.replace(staged, folder)
    with contextlib.suppress(OSError):
        shutil.rmtree(staged.parent)
