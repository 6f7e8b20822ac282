"""Coming back from travel: the real vault from its travel backup, in place of the cover.

Two parts, so the window can keep the cover open until the backup has proved itself:
`stage_return` restores the backup beside the vault folder and opens it with the passphrase
(cancel or failure removes it, the cover stays as it was); `finish_return`, once the cover
is closed, crypto-erases the cover and moves the real vault into its folder. Killed between
the two, the cover is still whole and the staged copy a hidden folder beside it; the backup
on the stick is untouched whatever happens.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from satchel.errors import InvalidInputError
from satchel.services.access import wipe
from satchel.services.backups.restore import restore_as_new_vault
from satchel.services.core import session as vault_session
from satchel.work import CancelToken, Progress, check_cancelled, stage


def stage_return(
    folder: Path,
    backup: Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Restore `backup` into a hidden folder beside `folder` and open it with `passphrase`.

    Returns that folder. Nothing in `folder` changes; on any failure the staged copy goes.
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
        with vault_session.unlock(staged, passphrase):
            pass  # opens with the passphrase: the real vault is whole
        check_cancelled(cancel)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    if progress is not None:
        progress(1.0)
    return staged


def discard_staged(staged: Path) -> None:
    shutil.rmtree(Path(staged).parent, ignore_errors=True)


def finish_return(staged: Path, folder: Path) -> None:
    """Crypto-erase the (closed) cover vault in `folder`, then move the staged vault there."""
    staged, folder = Path(staged), Path(folder)
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
