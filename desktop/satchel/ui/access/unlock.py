"""Unlock a vault: the passphrase, a busy indicator while the key is derived, clear errors.

The key derivation runs in a BackgroundTask (through the controller), so the window keeps
responding; the field is disabled meanwhile. A wrong passphrase, a damaged vault, a tampered
one and one open elsewhere each get their own message (ui.base.messages.user_message).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel import event_log
from satchel.errors import WrongPassphraseError
from satchel.services.coercion.failed_unlocks import FailedUnlockError
from satchel.ui.access.page_frame import centred_card, field_block, text_label
from satchel.ui.access.recover_dialog import RecoverDialog
from satchel.ui.base.icons import icon
from satchel.ui.base.tasks import BackgroundTask
from satchel.ui.base.text.messages import attempts_left, user_message
from satchel.ui.base.widgets.accessible import reachable_action
from satchel.ui.camouflage.app_brand import app_name
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController


class UnlockPage(QWidget):
    back_requested = Signal()

    def __init__(
        self,
        controller: VaultController,
        folder: Path,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self._controller = controller
        self.folder = folder
        self._settings = settings
        self.task: BackgroundTask | None = None
        self.recover_dialog: RecoverDialog | None = None

        self._build(centred_card(self, 440))
        self.setTabOrder(self.field, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recover_button)
        self.setTabOrder(self.recover_button, self.back_button)

    def _build(self, layout: QVBoxLayout) -> None:
        picture = QLabel()
        picture.setPixmap(icon("lock").pixmap(QSize(40, 40)))
        picture.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(picture)
        layout.addWidget(text_label(self.tr("Unlock your vault"), "title"))
        where = text_label(self.tr("Vault folder: {0}").format(self.folder.name), "hint")
        layout.addWidget(where)

        label = text_label(self.tr("&Passphrase"), "subheading")
        self.field = QLineEdit()
        self.field.setObjectName("unlockPassphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.returnPressed.connect(self.unlock)
        label.setBuddy(self.field)
        self.reveal_action = QAction(icon("reveal"), self.tr("Show the passphrase"), self)
        self.reveal_action.setCheckable(True)
        self.reveal_action.toggled.connect(self._reveal)
        self.field.addAction(self.reveal_action, QLineEdit.ActionPosition.TrailingPosition)
        reachable_action(self.field, self.reveal_action)
        self.unlock_button = QPushButton(icon("lock"), self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.setAccessibleName(self.tr("Unlock the vault"))
        self.unlock_button.clicked.connect(self.unlock)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.field, 1)
        row.addWidget(self.unlock_button)
        layout.addLayout(field_block(label, row))

        self.busy = QProgressBar()
        self.busy.setObjectName("unlockBusy")
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()
        self.status = text_label(self.tr("Unlocking… this takes a second on purpose."), "hint")
        self.status.hide()
        self.error = text_label("", "error")
        self.error.setObjectName("unlockError")
        self.error.hide()
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(self._links())

    def _links(self) -> QVBoxLayout:
        self.recover_button = QPushButton(self.tr("&Forgot it? Use the recovery phrase"))
        self.recover_button.setObjectName("forgotPassphrase")
        self.recover_button.setProperty("role", "link")
        self.recover_button.setAccessibleName(
            self.tr("Set a new passphrase with the recovery phrase")
        )
        self.recover_button.clicked.connect(self.recover)
        self.back_button = QPushButton(icon("back"), self.tr("&Choose another vault"))
        self.back_button.setObjectName("unlockBack")
        self.back_button.setProperty("role", "link")
        self.back_button.setAccessibleName(self.tr("Back to the welcome page"))
        self.back_button.clicked.connect(self.back_requested)
        # One link a line: side by side they do not fit in a longer language.
        links = QVBoxLayout()
        links.setSpacing(0)
        links.addWidget(self.recover_button, 0, Qt.AlignmentFlag.AlignLeft)
        links.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        return links

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reveal(self, revealed: bool) -> None:
        self.field.setEchoMode(
            QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        )
        self.reveal_action.setIcon(icon("hide" if revealed else "reveal"))
        self.reveal_action.setText(
            self.tr("Hide the passphrase") if revealed else self.tr("Show the passphrase")
        )

    # unlocking --------------------------------------------------------------------------
    def unlock(self) -> None:
        if self.task is not None:
            return
        passphrase = self.field.text()
        if not passphrase:
            self._show_error(self.tr("Type the vault's passphrase first."))
            return
        self.error.hide()
        self._set_running(True)
        self.task = self._controller.unlock_in_background(self.folder, passphrase)
        self.task.failed.connect(self._on_failed)
        self.task.finished.connect(self._on_finished)
        self.task.progressed.connect(self._on_progress)
        self.task.start()

    def _on_progress(self, share: float) -> None:
        """Only an upgrade that re-indexes an older vault for search reports progress."""
        self.busy.setRange(0, 100)
        self.busy.setValue(round(share * 100))
        self.status.setText(
            self.tr("Updating the search index for this version of {app}…").format(app=app_name())
        )

    def _set_running(self, running: bool) -> None:
        if running:
            self.busy.setRange(0, 0)
            self.status.setText(self.tr("Unlocking… this takes a second on purpose."))
        for widget in (self.field, self.unlock_button, self.recover_button, self.back_button):
            widget.setEnabled(not running)
        self.busy.setVisible(running)
        self.status.setVisible(running)

    def _on_finished(self, _session: object) -> None:
        self.task = None
        self.field.clear()
        self._set_running(False)

    def _on_failed(self, error: object) -> None:
        if isinstance(error, WrongPassphraseError):
            event_log.event("vault.unlock_refused")
        self.task = None
        self._set_running(False)
        if isinstance(error, FailedUnlockError) and error.erased:
            self._erased(error.attempts_left is not None)
            return
        message = user_message(error)
        if isinstance(error, FailedUnlockError) and error.attempts_left is not None:
            message += " " + attempts_left(error.attempts_left)
        self._show_error(message)
        self.field.setFocus()
        self.field.selectAll()

    def _erased(self, tell: bool) -> None:
        """The last allowed attempt failed and the vault is gone: back to the first page,
        with nothing remembered of it; said only to a user who asked to see the count."""
        if self._settings.remembered_vault == self.folder:
            self._settings.remember_vault(None)
        if tell:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Vault erased"),
                self.tr(
                    "That was the last attempt: the vault was erased, as set in its settings. "
                    "Only a backup kept elsewhere brings it back."
                ),
                QMessageBox.StandardButton.Ok,
                self.window(),
            )
            box.setObjectName("failedUnlockErased")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.back_requested.emit()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # recovery ---------------------------------------------------------------------------
    def recover(self) -> None:
        """Open the dialog that sets a new passphrase with the recovery phrase."""
        self.error.hide()
        self.recover_dialog = RecoverDialog(self._controller, self.folder, self)
        self.recover_dialog.erased.connect(self._erased)
        self.recover_dialog.open()
