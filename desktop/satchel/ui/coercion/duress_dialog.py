"""Set or remove the duress passphrase, with what each choice costs, in plain words.

The work (one key derivation, then making and filling the cover's database) runs off the
UI thread; the dialog shows it is busy and keeps the vault's session for the whole time.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from satchel.services.coercion.duress import duress_state, remove_duress, set_duress
from satchel.ui.access.page_frame import fit_height, text_label
from satchel.ui.access.passphrase_fields import PassphraseFields
from satchel.ui.base.tasks import BackgroundTask
from satchel.ui.base.text.messages import user_message
from satchel.ui.camouflage.app_brand import app_name
from satchel.ui.shell.vault_controller import VaultController
from satchel.work import CancelToken, Progress


class DuressDialog(QDialog):
    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duressDialog")
        self.setWindowTitle(self.tr("Duress passphrase"))
        self.setMinimumWidth(560)
        self._controller = controller
        state = controller.run(duress_state)
        self._available = bool(state and state.available)
        self._is_set = bool(state and state.is_set)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(text_label(self.tr("Duress passphrase"), "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "A second passphrase for when you are forced to unlock. Typed where "
                    "{app} asks for your passphrase, it opens a cover vault that looks and "
                    "works like an ordinary one. Nothing in the files tells that it exists."
                ).format(app=app_name()),
                "hint",
            )
        )
        self.status = QLabel()
        self.status.setObjectName("duressStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self._modes(layout)
        self.fields = PassphraseFields(self)
        self.fields.first_label.setText(self.tr("&Duress passphrase"))
        layout.addWidget(self.fields)
        self.sample = QCheckBox(self.tr("Fill the cover with a few &ordinary notes"))
        self.sample.setObjectName("duressSample")
        self.sample.setChecked(True)
        layout.addWidget(self.sample)
        self.problem = text_label("", "warning")
        self.problem.setObjectName("duressProblem")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.set_button = QPushButton(self.tr("&Set duress passphrase"))
        self.set_button.setObjectName("setDuress")
        self.set_button.setProperty("primary", True)
        self.set_button.clicked.connect(self.apply)
        self.remove_button = QPushButton(self.tr("&Remove it"))
        self.remove_button.setObjectName("removeDuress")
        self.remove_button.clicked.connect(self.remove)
        self.buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._task: BackgroundTask | None = None
        self._show_state()

    def _modes(self, layout: QVBoxLayout) -> None:
        """The two choices, each with its trade-off (docs/COERCION.md says more)."""
        self.erase = QRadioButton(self.tr("&Erase this vault when it is typed"))
        self.erase.setObjectName("duressErase")
        self.erase.setChecked(True)
        layout.addWidget(self.erase)
        layout.addWidget(
            text_label(
                self.tr(
                    "This vault's keys are destroyed at that moment: nobody can open it "
                    "afterwards, you neither; only a backup kept elsewhere brings it back. An "
                    "examiner finds one ordinary vault, unless they copied the disk before. "
                    "Risk: if they suspect a wipe, they may hold you longer."
                ),
                "hint",
            )
        )
        self.keep = QRadioButton(self.tr("&Hide this vault and keep it"))
        self.keep.setObjectName("duressHide")
        layout.addWidget(self.keep)
        layout.addWidget(
            text_label(
                self.tr(
                    "This vault stays as it is, unseen. Nothing is lost. But it is still "
                    "there: someone who copies the disk twice may notice a second database "
                    "changing, and someone who doubts your cover can keep asking."
                ),
                "hint",
            )
        )

    def _show_state(self) -> None:
        if not self._available:
            text = self.tr(
                "A duress passphrase can be set only after unlocking with the passphrase."
            )
        elif self._is_set:
            text = self.tr(
                "A duress passphrase is set. Setting a new one replaces it and its cover."
            )
        else:
            text = self.tr("No duress passphrase is set.")
        self.status.setText(text)
        self.set_button.setEnabled(self._available and self._task is None)
        self.remove_button.setEnabled(self._is_set and self._task is None)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        fit_height(self)

    def apply(self) -> None:
        problem = self.fields.problem()
        if problem:
            self._say(problem)
            return
        mode = "erase" if self.erase.isChecked() else "hide"
        passphrase, sample = self.fields.passphrase(), self.sample.isChecked()
        session = self._controller.session
        language = QLocale().name()  # the window's language: the cover's notes in it too

        def work(_progress: Progress, _cancel: CancelToken) -> None:
            set_duress(session, passphrase, mode=mode, sample_content=sample, language=language)

        self._start(BackgroundTask(work, self), is_set=True)

    def remove(self) -> None:
        session = self._controller.session

        def work(_progress: Progress, _cancel: CancelToken) -> bool:
            return remove_duress(session)

        self._start(BackgroundTask(work, self), is_set=False)

    def _start(self, task: BackgroundTask, *, is_set: bool) -> None:
        self._task = task
        self._say(self.tr("Working… (a few seconds)"))
        self._show_state()

        def done(_result: object) -> None:
            self._task, self._is_set = None, is_set
            self.fields.clear()
            self._say("")
            self._show_state()

        def failed(error: object) -> None:
            self._task = None
            self._say(user_message(error))
            self._show_state()

        task.finished.connect(done)
        task.failed.connect(failed)
        task.start()

    @property
    def busy(self) -> bool:
        return self._task is not None
