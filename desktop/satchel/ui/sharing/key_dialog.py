"""Show the vault's sharing key (its age public key) for colleagues to copy.

The key is public: a colleague encrypts bundles to it and only this vault can open them.
It is shown in a plain read-only field with a Copy button; the clipboard is not cleared
afterwards, as it holds no secret.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.services.sharing.identity import public_key
from satchel.ui.shell.vault_controller import VaultController


class SharingKeyDialog(QDialog):
    def __init__(self, key: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sharing key"))
        self.setMinimumWidth(620)
        explanation = QLabel(
            self.tr(
                "Give this key to colleagues who send you cases. Bundles encrypted to it open "
                "only in this vault. It is not a secret: you can send it by any channel, but "
                "check it with them by another channel (read out the last characters)."
            )
        )
        explanation.setWordWrap(True)
        self.key = QLineEdit(key)
        self.key.setObjectName("sharingKey")
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("This vault's sharing key"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(mono)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copySharingKey")
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel()
        self.copied.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key.text())
        self.copied.setText(self.tr("Copied."))


def show_sharing_key_dialog(
    parent: QWidget, controller: VaultController
) -> SharingKeyDialog | None:
    """Show the key (made on first use); None when the vault could not give it."""
    key = controller.run(public_key)
    if key is None:
        return None
    dialog = SharingKeyDialog(key, parent)
    dialog.show()
    return dialog
