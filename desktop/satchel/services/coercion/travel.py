"""Travel mode: a verified backup elsewhere, then only a cover vault left on the laptop.

Order, each step whole before the next: the backup is written to the folder the user chose;
it is restored into a temporary folder and opened with the passphrase, and its content
counted against the vault's (nothing is erased unless that backup really opens); a cover
is made if there is none; then the real vault's slots are destroyed in one header write and
its files after. Killed at any moment, the folder holds the old vault or the cover, and the
backup is either complete or absent.

The window runs the first part (`write_travel_backup`, which can be cancelled) while the
vault stays open, and the second (`leave_only_cover`) once the screens are locked; the
command line runs both in one go (`prepare_for_travel`).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from satchel.errors import CancelledError, InvalidInputError, VaultError, WrongPassphraseError
from satchel.languages import system_language
from satchel.services.backups.file_format import remove_quietly
from satchel.services.backups.operations import back_up
from satchel.services.backups.restore import restore_as_new_vault
from satchel.services.coercion.duress import duress_state, set_duress
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.services.notebook.cases import count_cases
from satchel.vault import wipe_vault
from satchel.vault.format2.unlocked import HiddenVault
from satchel.work import CancelToken, Progress, check_cancelled, stage


class TravelCheckError(InvalidInputError):
    """`problem`: "wrong_passphrase" (the typed passphrase does not open the backup),
    "count" (it opens but holds other content) or "unreadable"; the window words each."""

    code = "travel_check"

    def __init__(self, detail: str, problem: str = "unreadable") -> None:
        super().__init__(
            f"The travel backup did not pass its check ({detail}). Nothing was erased; the "
            "vault is as it was. Try another folder or USB stick."
        )
        self.params = {"detail": detail, "problem": problem}


def travelling_vault(vs: VaultSession) -> HiddenVault:
    vault = vs.vault
    if not isinstance(vault, HiddenVault):
        raise InvalidInputError(problem="not_upgraded")
    return vault


def check_destination(vault: HiddenVault, destination: Path) -> None:
    """The travel backup must not go where the erase reaches (the vault's own folder)."""
    try:
        if destination.resolve().is_relative_to(vault.folder.resolve()):
            raise InvalidInputError(problem="travel_inside_vault")
    except OSError as error:
        raise InvalidInputError(
            problem="cannot_use_folder",
            path=str(destination),
            reason=error.strerror or str(error),
            errno=error.errno,
        ) from error


def needs_cover_passphrase(vs: VaultSession) -> bool:
    """True when no duress passphrase is set: travel then makes a cover, with its own."""
    return not duress_state(vs).is_set


def write_travel_backup(
    vs: VaultSession,
    passphrase: str,
    destination: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """The backup in `destination`, restored elsewhere and opened with `passphrase`.

    Changes nothing in the vault. Cancelled or failing its check, the new backup file is
    removed again, so the folder is as it was.
    """
    vault = travelling_vault(vs)
    destination = Path(destination)
    check_destination(vault, destination)
    cases = count_cases(vs)
    made = back_up(vs, destination, progress=stage(progress, 0.0, 0.5), cancel=cancel)
    try:
        check_opens(made, passphrase, cases, progress=stage(progress, 0.5, 1.0), cancel=cancel)
    except BaseException:
        remove_quietly(made)
        raise
    return made


def leave_only_cover(vs: VaultSession, cover_passphrase: str | None) -> None:
    """Make the cover if there is none, then crypto-erase the real side; closes `vs`.

    Call only after `write_travel_backup` succeeded: from here nothing can be cancelled.
    """
    vault = travelling_vault(vs)
    if needs_cover_passphrase(vs):
        if not cover_passphrase:
            raise InvalidInputError(problem="cover_passphrase_missing")
        set_duress(vs, cover_passphrase, mode="hide", language=system_language())
    vs.close_keeping_keys()
    vault.erase_own_side()


def prepare_for_travel(
    vs: VaultSession, passphrase: str, destination: Path, cover_passphrase: str | None
) -> Path:
    """Returns the backup file. `cover_passphrase` is needed only when no duress passphrase
    is set; the session is closed at the end (the real vault is gone from the laptop)."""
    travelling_vault(vs)
    if needs_cover_passphrase(vs) and not cover_passphrase:
        raise InvalidInputError(problem="cover_passphrase_missing")
    made = write_travel_backup(vs, passphrase, destination)
    leave_only_cover(vs, cover_passphrase)
    return made


def check_opens(
    backup: Path,
    passphrase: str,
    cases: int | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """Restore `backup` into a hidden folder beside it and open it; `cases`: how many it
    must hold. Beside the backup (on the stick), never on the laptop: that copy opens with
    the passphrase, so it is crypto-erased afterwards, and a deleted copy on the laptop's
    disk could outlive the erase of the vault itself."""
    try:
        scratch = Path(tempfile.mkdtemp(prefix=".", dir=Path(backup).parent))
    except OSError as error:
        raise TravelCheckError(error.strerror or str(error)) from error
    try:
        target = scratch / "v"
        restore_as_new_vault(backup, target, progress=stage(progress, 0.0, 0.7), cancel=cancel)
        check_cancelled(cancel)
        with vault_session.unlock(target, passphrase) as restored:
            if cases is not None and count_cases(restored) != cases:
                raise TravelCheckError("it holds a different number of cases", "count")
        if progress is not None:
            progress(1.0)
    except (TravelCheckError, CancelledError):
        raise
    except WrongPassphraseError as error:
        raise TravelCheckError(str(error), "wrong_passphrase") from error
    except Exception as error:
        raise TravelCheckError(str(error)) from error
    finally:
        with contextlib.suppress(VaultError, OSError):
            wipe_vault(scratch / "v")  # its header copies overwritten, then its files gone
        shutil.rmtree(scratch, ignore_errors=True)
