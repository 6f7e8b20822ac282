"""The window's sentences for the problems of travel mode and the duress passphrase.

Part of the input problems (`satchel.ui.base.text.input_messages`), kept apart for their
number. `satchel.errors.INPUT_PROBLEMS` has the English the command line prints.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from satchel.ui.camouflage.app_brand import app_name


def travel_problem(params: dict[str, object]) -> str | None:
    """The sentence for a travel or duress `problem`; None for a problem of another kind."""
    problem = str(params.get("problem"))
    denied = params.get("errno") in (errno.EACCES, errno.EPERM)
    if problem == "cannot_use_folder":
        sentence = (
            QCoreApplication.translate(
                "Errors", "{app} may not write to {path} (permission denied)."
            )
            if denied
            else QCoreApplication.translate(
                "Errors", "{app} cannot use {path}; choose another folder."
            )
        )
    elif problem == "cannot_write_beside":
        sentence = (
            QCoreApplication.translate(
                "Errors", "{app} may not write beside {folder} (permission denied)."
            )
            if denied
            else QCoreApplication.translate(
                "Errors", "{app} cannot write beside {folder}; check that the folder is there."
            )
        )
    else:
        found = _sentences().get(problem)
        if found is None:
            return None
        sentence = found
    return sentence.format(
        path=params.get("path", ""), folder=params.get("folder", ""), app=app_name()
    )


def _sentences() -> dict[str, str]:
    return {
        "not_upgraded": QCoreApplication.translate(
            "Errors", "Unlock the vault once with its passphrase first, so it is upgraded."
        ),
        "travel_inside_vault": QCoreApplication.translate(
            "Errors", "The travel backup must go outside the vault's folder."
        ),
        "cover_passphrase_missing": QCoreApplication.translate(
            "Errors", "Choose a passphrase for the cover vault that stays on the laptop."
        ),
        "old_format": QCoreApplication.translate(
            "Errors",
            "This vault is in the old format. Lock and unlock it once to upgrade it, then set "
            "a duress passphrase.",
        ),
        "no_header": QCoreApplication.translate(
            "Errors", "This vault has no header to tie the setting to."
        ),
    }
