"""Vault ▸ Return from travel…: the real vault back from its travel backup, over the cover.

The backup is restored beside the vault folder and opened with the passphrase first, off
the UI thread, with Cancel (the vault now open stays as it is). Only then is the open vault
closed, erased and replaced, and the real one unlocked with the same passphrase. The work
is services.coercion.travel_return.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import CancelledError, WrongPassphraseError
from satchel.services.coercion.travel_return import (
    CoverSlots,
    cover_to_keep,
    discard_staged,
    finish_return,
    stage_return,
)
from satchel.services.core.session import VaultSession
from satchel.ui.access.page_frame import field_block, fit_height, text_label
from satchel.ui.base.tasks import TaskProgress
from satchel.ui.base.text.messages import user_message
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.coercion.steps import Steps
from satchel.ui.coercion.travel_texts import bundle_chosen_message
from satchel.ui.shell.vault_controller import VaultController
from satchel.work import CancelToken, Progress


class ReturnDialog(QDialog):
    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.setWindowTitle(self.tr("Return from travel"))
        self.setMinimumWidth(600)
        self._controller = controller
        self._folder = controller.folder
        self._replacing = False
        self.finished_return = False
        self._cover: CoverSlots | None = controller.run(cover_to_keep)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(text_label(self.tr("Return from travel"), "heading"))
        self.intro = text_label(
            self.tr(
                "Choose the backup you made before the crossing (on your USB stick, for "
                "example) and type the passphrase of your vault. The backup is opened first; "
                "only then does your vault come back into this folder."
            ),
            "hint",
        )
        layout.addWidget(self.intro)
        self.warning = text_label("", "warning")
        layout.addWidget(self.warning)

        self.form = self._form()
        layout.addWidget(self.form)
        self.keep_cover = QCheckBox(
            self.tr("&Keep the passphrase you travelled with as your duress passphrase")
        )
        self.keep_cover.setObjectName("returnKeepCover")
        self.keep_cover.setChecked(self._cover is not None)
        self.keep_cover.setVisible(self._cover is not None)
        self.keep_cover.toggled.connect(self._show_warning)
        layout.addWidget(self.keep_cover)
        self._show_warning()

        self.progress = TaskProgress(self.tr("Return progress"))
        self.progress.setObjectName("returnProgress")
        self.progress.done.connect(self._staged)
        self.progress.failed.connect(self._stage_failed)
        layout.addWidget(self.progress)
        self.message = text_label("", "error")
        self.message.setObjectName("returnMessage")
        self.message.hide()
        layout.addWidget(self.message)
        self.steps = Steps(self)
        self.steps.back.hide()
        self.steps.next.setText(self.tr("&Return"))
        self.steps.next.setDefault(True)
        self.steps.next.clicked.connect(self._next)
        self.steps.cancel.clicked.connect(self.reject)
        layout.addLayout(self.steps.row)
        controller.locking.connect(self._on_locking)
        fit_height(self)

    def _form(self) -> QWidget:
        self.file = QLineEdit()
        self.file.setObjectName("returnFile")
        self.file.setAccessibleName(self.tr("Backup file"))
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setObjectName("returnBrowse")
        browse.setAccessibleName(self.tr("Choose the backup file"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        file_label = text_label(self.tr("&Backup file"), "subheading")
        file_label.setBuddy(self.file)
        box = QWidget()
        form = QVBoxLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(12)
        form.addLayout(field_block(file_label, row))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("returnPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of your vault"))
        passphrase_label = text_label(self.tr("&Passphrase of your vault"), "subheading")
        passphrase_label.setBuddy(self.passphrase)
        form.addLayout(field_block(passphrase_label, self.passphrase))
        return box

    def _keeps_cover(self) -> bool:
        return self._cover is not None and self.keep_cover.isChecked()

    def _show_warning(self) -> None:
        if self._keeps_cover():
            text = self.tr(
                "The vault open now stays, hidden: the passphrase you travelled with keeps "
                "opening it, as your duress passphrase. You can change or remove it in Settings."
            )
        else:
            text = self.tr(
                "Everything in the vault open now is erased. Afterwards, set your duress "
                "passphrase again in Settings."
            )
        self.warning.setText(text)
        self.warning.setProperty("role", "hint" if self._keeps_cover() else "warning")
        self.warning.style().polish(self.warning)
        fit_height(self)

    def _browse(self) -> None:
        chosen, _filter = file_dialogs.get_open_file_name(
            self, self.tr("Choose the backup file"), self.file.text()
        )
        if chosen:
            self.file.setText(chosen)

    def _say(self, text: str, role: str = "error") -> None:
        self.message.setProperty("role", role)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        fit_height(self)

    def _next(self) -> None:
        if self.finished_return:
            self.accept()
        else:
            self.start()

    def start(self) -> None:
        if self._folder is None:
            return
        if not self.file.text().strip():
            self._say(self.tr("Choose the backup file."))
            return
        if not self.passphrase.text():
            self._say(self.tr("Type the passphrase of your vault."))
            return
        self._say("")
        folder, backup = self._folder, Path(self.file.text().strip()).expanduser()
        passphrase = self.passphrase.text()
        keep = self._cover if self._keeps_cover() else None

        def work(progress: Progress, cancel: CancelToken) -> Path:
            return stage_return(
                folder, backup, passphrase, keep=keep, progress=progress, cancel=cancel
            )

        self._set_busy(True)
        self.progress.start(work)

    def _set_busy(self, busy: bool) -> None:
        self.form.setEnabled(not busy)
        self.keep_cover.setEnabled(not busy)
        self.steps.next.setEnabled(not busy)
        self.steps.cancel.setVisible(not busy)

    def _stage_failed(self, error: object) -> None:
        self._set_busy(False)
        if isinstance(error, CancelledError):
            self._say(self.tr("Cancelled. Nothing was changed."))
        elif isinstance(error, WrongPassphraseError):
            self._say(
                self.tr(
                    "This backup does not open with that passphrase. Nothing was changed; "
                    "type the passphrase your vault had when you made the backup."
                )
            )
        else:
            self._say(bundle_chosen_message(self.file.text()) or user_message(error))

    def _staged(self, staged: object) -> None:
        assert isinstance(staged, Path) and self._folder is not None
        if not self._controller.is_unlocked:  # locked meanwhile: the cover stays as it is
            discard_staged(staged)
            return
        folder, passphrase = self._folder, self.passphrase.text()
        keep = self._cover if self._keeps_cover() else None
        self._replacing = True
        self._set_busy(True)
        self._say(self.tr("The backup opens. Replacing the vault…"), "hint")

        def work(session: VaultSession, _progress: Progress, _cancel: CancelToken) -> bool:
            session.close()  # the vault lock goes with it: the folder can be erased
            return finish_return(staged, folder, keep)

        task = self._controller.hand_over(work)
        task.finished.connect(lambda kept: self._unlock(folder, passphrase, kept is True))
        task.failed.connect(self._replace_failed)

    def _unlock(self, folder: Path, passphrase: str, kept: bool) -> None:
        task = self._controller.unlock_in_background(folder, passphrase)
        task.finished.connect(lambda _result: self._done(kept))
        task.failed.connect(self._replace_failed)
        task.start()

    def _done(self, kept: bool) -> None:
        self.finished_return = True
        self._replacing = False
        self.passphrase.clear()
        self._set_busy(False)
        self.form.hide()
        self.intro.hide()
        self.warning.hide()
        self.steps.cancel.hide()
        self.steps.next.setText(self.tr("&Close"))
        if kept:
            text = self.tr(
                "Welcome back: your vault is open again, and the passphrase you travelled "
                "with is your duress passphrase. Change or remove it in Settings."
            )
        else:
            text = self.tr(
                "Welcome back: your vault is open again. Set your duress passphrase again in "
                "Settings if you use one."
            )
        self._say(text, "hint")
        self.keep_cover.hide()

    def _replace_failed(self, error: object) -> None:
        self._replacing = False
        self._set_busy(False)
        self.form.hide()
        self.steps.cancel.hide()
        self.steps.next.setText(self.tr("&Close"))
        self.finished_return = True
        self._say(
            self.tr("Not done: {0} The backup file is as it was.").format(user_message(error))
        )

    def _on_locking(self) -> None:
        if not self._replacing:
            self.progress.cancel()
            self.reject()

    def reject(self) -> None:
        if self._replacing:
            return  # the replacement runs to its end: Esc must not hide it
        self.progress.cancel()
        super().reject()


def show_return_dialog(parent: QWidget, controller: VaultController) -> ReturnDialog:
    """The menu entry's action: a window-modal dialog, deleted when closed."""
    dialog = ReturnDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
