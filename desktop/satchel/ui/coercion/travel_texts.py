"""What the travel dialogs say when a backup fails its check or a travel bundle is chosen
to return from, and a check of the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from satchel.services.coercion.travel import TravelCheckError
from satchel.services.sharing.age_streams import is_age_file
from satchel.ui.camouflage.app_brand import app_name


def check_message(error: TravelCheckError) -> str:
    """Each way the check can fail, in the user's language; nothing was erased in any."""
    problem = error.params.get("problem")
    if problem == "wrong_passphrase":
        return QCoreApplication.translate(
            "TravelDialog",
            "The backup does not open with the passphrase you typed. Nothing was erased. "
            "Type the passphrase of this vault.",
        )
    if problem == "count":
        return QCoreApplication.translate(
            "TravelDialog",
            "The backup opens but does not hold every case. Nothing was erased. Try "
            "another folder or USB stick.",
        )
    return QCoreApplication.translate(
        "TravelDialog",
        "The backup could not be read back, so nothing was erased. Try another folder "
        "or USB stick.",
    )


def inside_vault(folder: Path, vault: Path | None) -> bool:
    """A backup there would be erased with the vault (the service refuses it too)."""
    if vault is None:
        return False
    try:
        return folder.resolve().is_relative_to(vault.resolve())
    except OSError:
        return False


def bundle_chosen_message(chosen: str) -> str | None:
    """Return from travel was given the bundle sealed for a colleague (an age file), not
    the backup file it holds: say what to do instead. None for any other file."""
    if not chosen.strip() or not is_age_file(Path(chosen.strip()).expanduser()):
        return None
    return QCoreApplication.translate(
        "ReturnDialog",
        "This is the bundle you sealed for your colleague, not the backup file. It opens only "
        "in their {app}: ask them to open it there (Vault ▸ Import a colleague's bundle…, "
        "then Save the backup…) and to give you back the backup file it holds, on a USB "
        "stick for example. Then choose that file here. Nothing was changed.",
    ).format(app=app_name())
