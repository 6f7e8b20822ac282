"""What the travel dialog says when a backup fails its check, and a check of the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from satchel.services.coercion.travel import TravelCheckError


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
