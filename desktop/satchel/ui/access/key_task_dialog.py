"""What the passphrase and recovery dialogs share: one slow key derivation at a time.

The derivation runs in a BackgroundTask behind a busy bar; while it runs the inputs are
disabled and Cancel waits (a closed dialog must not leave a half-done change behind). A
wrong secret gets the subclass's own sentence, any other error the window's table's. The
sentences stay in the subclasses, each dialog's words in its own translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import WrongPassphraseError
from satchel.ui.access.page_frame import fit_height, text_label
from satchel.ui.base.tasks import BackgroundTask
from satchel.ui.base.text.messages import user_message
from satchel.ui.shell.vault_controller import VaultController
from satchel.work import CancelToken, Progress

Work = Callable[[Progress, CancelToken], object]


class KeyTaskDialog(QDialog):
    def __init__(
        self,
        controller: VaultController,
        parent: QWidget | None,
        *,
        min_width: int,
        error_name: str,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setMinimumWidth(min_width)
        self._controller = controller
        self.task: BackgroundTask | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 24, 24, 24)
        self.layout_.setSpacing(16)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.error = text_label("", "error")
        self.error.setObjectName(error_name)
        self.error.hide()
        self.cancel_button = QPushButton()  # the subclass names it
        self.cancel_button.clicked.connect(self.reject)

    # to provide ----------------------------------------------------------------------------
    def _inputs(self) -> list[QWidget]:
        """What is disabled while the derivation runs (Cancel among them)."""
        raise NotImplementedError

    def _wrong_secret(self) -> str:
        """The sentence for a passphrase or phrase that does not open the vault."""
        raise NotImplementedError

    # shared --------------------------------------------------------------------------------
    def _buttons(self, ok: QPushButton) -> QHBoxLayout:
        """Cancel and the dialog's own button, on the right; Enter presses the latter."""
        ok.setProperty("primary", True)
        ok.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(ok)
        return row

    def _start(self, work: Work, done: Callable[[object], None]) -> None:
        self.task = BackgroundTask(work, self)
        self.task.finished.connect(lambda result: self._finished(result, done))
        self.task.failed.connect(self._failed)
        self._set_running(True)
        self.task.start()

    def _finished(self, result: object, done: Callable[[object], None]) -> None:
        self.task = None
        self._set_running(False)
        done(result)

    def _failed(self, error: object) -> None:
        self.task = None
        self._set_running(False)
        if isinstance(error, WrongPassphraseError):
            self.show_error(self._wrong_secret())
        else:
            self.show_error(user_message(error))

    def _set_running(self, running: bool) -> None:
        for widget in self._inputs():
            widget.setEnabled(not running)
        self.busy.setVisible(running)
        if running:
            self.error.hide()
        self._fit()

    def show_error(self, message: str) -> None:
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
        if self.task is None:  # the key derivation finishes before the dialog goes
            super().reject()
