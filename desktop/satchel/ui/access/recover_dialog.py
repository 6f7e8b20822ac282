"""Forgot the passphrase: the 24-word recovery phrase opens the vault and sets a new one.

All the slow work (the recovery slot's key derivation, then sealing the new passphrase
slot) runs in a BackgroundTask; on success the unlocked session goes to the controller.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import WrongPassphraseError
from satchel.services import access
from satchel.services.core.session import VaultSession
from satchel.ui.access.page_frame import field_block, fit_height, text_label
from satchel.ui.access.passphrase_fields import PassphraseFields
from satchel.ui.base.tasks import BackgroundTask
from satchel.ui.base.text.messages import user_message
from satchel.ui.shell.vault_controller import VaultController
from satchel.work import CancelToken, Progress


class RecoverDialog(QDialog):
    def __init__(
        self, controller: VaultController, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover the vault"))
        self.setObjectName("recoverDialog")
        self.setModal(True)
        self.setMinimumWidth(520)
        self._controller = controller
        self.folder = folder
        self.task: BackgroundTask | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(text_label(self.tr("Set a new passphrase"), "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Type the 24 words of the recovery phrase from your paper, then choose a "
                    "new passphrase. The recovery phrase keeps working afterwards."
                ),
                "hint",
            )
        )
        phrase_label = text_label(self.tr("Recovery &phrase"), "subheading")
        self.phrase = QPlainTextEdit()
        self.phrase.setObjectName("recoveryPhrase")
        self.phrase.setAccessibleName(self.tr("Recovery phrase, 24 words"))
        self.phrase.setPlaceholderText(self.tr("word1 word2 word3 …"))
        self.phrase.setTabChangesFocus(True)
        self.phrase.setFixedHeight(self.phrase.fontMetrics().lineSpacing() * 4 + 16)
        phrase_label.setBuddy(self.phrase)
        layout.addLayout(field_block(phrase_label, self.phrase))

        self.passphrase = PassphraseFields()
        self.passphrase.first_label.setText(self.tr("&New passphrase"))
        layout.addWidget(self.passphrase)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Setting the new passphrase"))
        self.busy.hide()
        self.error = text_label("", "error")
        self.error.setObjectName("recoverError")
        self.error.hide()
        layout.addWidget(self.busy)
        layout.addWidget(self.error)

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel and go back"))
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Set passphrase and &unlock"))
        self.ok_button.setObjectName("recoverOk")
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.ok_button.setAccessibleName(self.tr("Set the new passphrase and unlock"))
        self.ok_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self.phrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self.task is not None:
            return
        phrase = " ".join(self.phrase.toPlainText().split())
        if not phrase:
            self._show_error(self.tr("Type the recovery phrase first."))
            return
        problem = self.passphrase.problem()
        if problem is not None:
            self._show_error(problem)
            return
        new_passphrase = self.passphrase.passphrase()
        folder = self.folder

        def work(_progress: Progress, _cancel: CancelToken) -> VaultSession:
            return access.recover_and_open(folder, phrase, lambda: new_passphrase)

        self.task = BackgroundTask(work, self)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self._set_running(True)
        self.task.start()

    def _set_running(self, running: bool) -> None:
        for widget in (self.phrase, self.passphrase, self.ok_button, self.cancel_button):
            widget.setEnabled(not running)
        self.busy.setVisible(running)
        if running:
            self.error.hide()
        self._fit()

    def _on_finished(self, session: object) -> None:
        self.task = None
        assert isinstance(session, VaultSession)
        self.phrase.clear()
        self.passphrase.clear()
        self.accept()
        self._controller.adopt(session, self.folder)

    def _on_failed(self, error: object) -> None:
        self.task = None
        self._set_running(False)
        if isinstance(error, WrongPassphraseError):
            message = self.tr(
                "That recovery phrase does not open this vault. Check each word against "
                "your paper. Nothing was changed."
            )
        else:
            message = user_message(error)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self._fit()

    def _fit(self) -> None:
        if self.isVisible():
            fit_height(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        fit_height(self)

    def reject(self) -> None:
        if self.task is None:  # never leave a half-done change behind a closed dialog
            super().reject()
