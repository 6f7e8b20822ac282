"""Travel mode: a verified backup elsewhere, then only a cover vault left on the laptop.

Order, each step whole before the next: the backup is written to the folder the user chose;
it is restored into a temporary folder and opened with the passphrase, and its content
counted against the vault's (nothing is erased unless that backup really opens); a cover
is made if there is none; then the real vault's slots are destroyed in one header write and
its files after. Killed at any moment, the folder holds the old vault or the cover, and the
backup is either complete or absent.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from satchel.errors import InvalidInputError
from satchel.services.backups.operations import back_up
from satchel.services.backups.restore import restore_as_new_vault
from satchel.services.coercion.duress import duress_state, set_duress
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.services.notebook.cases import count_cases
from satchel.vault.format2.unlocked import HiddenVault


class TravelCheckError(InvalidInputError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The travel backup did not pass its check ({detail}). Nothing was erased; the "
            "vault is as it was. Try another folder or USB stick."
        )


def prepare_for_travel(
    vs: VaultSession, passphrase: str, destination: Path, cover_passphrase: str | None
) -> Path:
    """Returns the backup file. `cover_passphrase` is needed only when no duress passphrase
    is set; the session is closed at the end (the real vault is gone from the laptop)."""
    vault = vs.vault
    if not isinstance(vault, HiddenVault):
        raise InvalidInputError("Unlock the vault once with its passphrase first (to upgrade it).")
    has_cover = duress_state(vs).is_set
    if not has_cover and not cover_passphrase:
        raise InvalidInputError("Choose a passphrase for the cover vault that stays on the laptop.")
    destination = Path(destination)
    try:
        if destination.resolve().is_relative_to(vault.folder.resolve()):
            raise InvalidInputError("The travel backup must go outside the vault's folder.")
    except OSError as error:
        raise InvalidInputError(f"Cannot use {destination}: {error.strerror or error}.") from error
    cases = count_cases(vs)
    made = back_up(vs, destination)
    _check_opens(made, passphrase, cases)
    if not has_cover:
        assert cover_passphrase is not None
        set_duress(vs, cover_passphrase, mode="hide")
    vs.close_keeping_keys()
    vault.erase_own_side()
    return made


def _check_opens(backup: Path, passphrase: str, cases: int) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="check-"))
    try:
        target = scratch / "v"
        restore_as_new_vault(backup, target)
        with vault_session.unlock(target, passphrase) as restored:
            if count_cases(restored) != cases:
                raise TravelCheckError("it holds a different number of cases")
    except TravelCheckError:
        raise
    except Exception as error:
        raise TravelCheckError(str(error)) from error
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
