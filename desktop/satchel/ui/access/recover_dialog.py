"""Forgot the passphrase: the 24-word recovery phrase opens the vault and sets a new one.

All the slow work (the recovery slot's key derivation, then sealing the new passphrase
slot) runs in a BackgroundTask; on success the unlocked session goes to the controller.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from satchel.services import access
from satchel.services.coercion.failed_unlocks import FailedUnlockError
from satchel.services.core.session import VaultSession
from satchel.ui.access.key_task_dialog import KeyTaskDialog
from satchel.ui.access.page_frame import field_block, text_label
from satchel.ui.access.passphrase_fields import PassphraseFields
from satchel.ui.base.text.messages import attempts_left
from satchel.ui.shell.vault_controller import VaultController
from satchel.work import CancelToken, Progress


class RecoverDialog(KeyTaskDialog):
    # The last allowed attempt failed and the vault is gone; True: the user asked to be told.
    erased = Signal(bool)

    def __init__(
        self, controller: VaultController, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, parent, min_width=520, error_name="recoverError")
        self.setWindowTitle(self.tr("Recover the vault"))
        self.setObjectName("recoverDialog")
        self.folder = folder

        layout = self.layout_
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

        self.busy.setAccessibleName(self.tr("Setting the new passphrase"))
        layout.addWidget(self.busy)
        layout.addWidget(self.error)

        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel and go back"))
        self.ok_button = QPushButton(self.tr("Set passphrase and &unlock"))
        self.ok_button.setObjectName("recoverOk")
        self.ok_button.setAccessibleName(self.tr("Set the new passphrase and unlock"))
        self.ok_button.clicked.connect(self.submit)
        layout.addLayout(self._buttons(self.ok_button))
        self.phrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self.task is not None:
            return
        phrase = " ".join(self.phrase.toPlainText().split())
        if not phrase:
            self.show_error(self.tr("Type the recovery phrase first."))
            return
        problem = self.passphrase.problem()
        if problem is not None:
            self.show_error(problem)
            return
        new_passphrase = self.passphrase.passphrase()
        folder = self.folder

        def work(_progress: Progress, _cancel: CancelToken) -> VaultSession:
            return access.recover_and_open(folder, phrase, lambda: new_passphrase)

        self._start(work, self._opened)

    def _inputs(self) -> list[QWidget]:
        return [self.phrase, self.passphrase, self.ok_button, self.cancel_button]

    def _opened(self, session: object) -> None:
        assert isinstance(session, VaultSession)
        self.phrase.clear()
        self.passphrase.clear()
        self.accept()
        self._controller.adopt(session, self.folder)

    def _failed(self, error: object) -> None:
        if not isinstance(error, FailedUnlockError):
            super()._failed(error)
        elif error.erased:
            self.task = None
            self.reject()
            self.erased.emit(error.attempts_left is not None)
        else:
            super()._failed(error)
            if error.attempts_left is not None:
                self.show_error(f"{self._wrong_secret()} {attempts_left(error.attempts_left)}")

    def _wrong_secret(self) -> str:
        return self.tr(
            "That recovery phrase does not open this vault. Check each word against "
            "your paper. Nothing was changed."
        )
