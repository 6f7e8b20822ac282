"""The question before a restore in place, and the sentence after it, which say what
happens to a duress passphrase (services.backups.restore.duress_kept_by_restore). Their
context stays the dialog's, where these sentences were first translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _duress_goes() -> str:
    return QCoreApplication.translate(
        "BackupsDialog",
        "Your duress passphrase goes with it: this backup is from before your last "
        "passphrase change. Set it again in Settings afterwards.",
    )


def confirm_restore_in_place(parent: QWidget, when: str, duress_kept: bool | None) -> bool:
    """Yes or Cancel (the default); `duress_kept` False adds that the duress passphrase goes."""
    text = QCoreApplication.translate(
        "BackupsDialog",
        "Replace this vault with the backup of {0}? Everything written since then "
        "is replaced. The vault as it is now is kept as a backup first. The vault "
        "locks, and opens again with the passphrase it had on {0}.",
    ).format(when)
    if duress_kept is False:
        text += "\n\n" + _duress_goes()
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BackupsDialog", "Restore in place"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def restored_in_place(when: str, duress_kept: bool | None) -> str:
    text = QCoreApplication.translate(
        "BackupsDialog",
        "Restored. Unlock the vault with the passphrase it had on {0}. "
        "The vault as it was is kept as a backup.",
    ).format(when)
    return f"{text} {_duress_goes()}" if duress_kept is False else text
