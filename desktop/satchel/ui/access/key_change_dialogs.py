"""Vault ▸ Change passphrase… and Vault ▸ Show a new recovery phrase….

Both ask for the current passphrase (someone at an unlocked laptop must not re-key it) and
run the slow key derivation in a BackgroundTask. A new passphrase meets the rules of
creation (PassphraseFields). A new recovery phrase is shown and confirmed first and put in
place only then: a dialog closed halfway leaves the old paper working.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from satchel.services import access
from satchel.ui.access.key_task_dialog import KeyTaskDialog
from satchel.ui.access.page_frame import field_block, text_label
from satchel.ui.access.passphrase_fields import PassphraseFields
from satchel.ui.access.recovery_phrase_page import RecoveryPhraseStep
from satchel.ui.shell.vault_controller import VaultController


def _tell(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A note that the change is done; it does not block (the change already happened)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("keyChangeDone")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class _KeyDialog(KeyTaskDialog):
    """The shared parts: the current passphrase, a busy bar, an error line, one task."""

    def __init__(self, controller: VaultController, parent: QWidget | None) -> None:
        super().__init__(controller, parent, min_width=480, error_name="keyChangeError")
        self.current_label = text_label(self.tr("&Current passphrase"), "subheading")
        self.current = QLineEdit()
        self.current.setObjectName("currentPassphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.current_label.setBuddy(self.current)
        self.cancel_button.setText(self.tr("Cancel"))
        controller.locking.connect(self._locking)

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        if self.task is not None or not self._controller.is_unlocked:
            return
        self._start(lambda _progress, _cancel: work(), done)

    def _wrong_secret(self) -> str:
        self.current.setFocus()
        self.current.selectAll()
        return self.tr("That is not the current passphrase. Nothing was changed.")

    def _inputs(self) -> list[QWidget]:
        items = (self.layout_.itemAt(index) for index in range(self.layout_.count()))
        widgets = [item.widget() for item in items if item is not None]
        shown = [w for w in widgets if w is not None and w not in (self.busy, self.error)]
        return [*shown, self.cancel_button]

    def _locking(self) -> None:
        self.current.clear()
        if self.task is None:
            super().reject()

    def reject(self) -> None:
        if self.task is None:
            self.current.clear()
        super().reject()


class ChangePassphraseDialog(_KeyDialog):
    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setObjectName("changePassphraseDialog")
        layout = self.layout_
        layout.addWidget(text_label(self.tr("Change the passphrase"), "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "The recovery phrase keeps working. Backups made before today still "
                    "open with the old passphrase."
                ),
                "hint",
            )
        )
        layout.addLayout(field_block(self.current_label, self.current))
        self.fields = PassphraseFields()
        self.fields.first_label.setText(self.tr("&New passphrase"))
        layout.addWidget(self.fields)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        self.ok_button = QPushButton(self.tr("C&hange passphrase"))
        self.ok_button.setObjectName("changePassphraseOk")
        self.ok_button.clicked.connect(self.submit)
        layout.addLayout(self._buttons(self.ok_button))
        self.fields.changed.connect(self.error.hide)
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        current = self.current.text()
        if not current:
            self.show_error(self.tr("Type the current passphrase first."))
            self.current.setFocus()
            return
        problem = self.fields.problem()
        if problem is not None:
            self.show_error(problem)
            return
        session, new = self._controller.session, self.fields.passphrase()
        self._run(lambda: access.change_open_passphrase(session, current, new), self._changed)

    def _changed(self, _result: object) -> None:
        self.current.clear()
        self.fields.clear()
        self.accept()
        _tell(
            self.parentWidget(),
            self.tr("Passphrase changed"),
            self.tr("Use the new passphrase from now on. The recovery phrase still works."),
        )


class NewRecoveryPhraseDialog(_KeyDialog):
    """Passphrase first; then the new words, confirmed; then the slot is re-keyed."""

    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setWindowTitle(self.tr("New recovery phrase"))
        self.setObjectName("newRecoveryPhraseDialog")
        self.phrase = access.propose_recovery_phrase()
        layout = self.layout_
        self.intro = text_label(
            self.tr(
                "A new recovery phrase replaces the one on your paper: once you have written "
                "the new words down, the old phrase no longer opens this vault. Backups made "
                "before today still open with the old phrase."
            ),
            "",
        )
        layout.addWidget(text_label(self.tr("Make a new recovery phrase"), "heading"))
        layout.addWidget(self.intro)
        layout.addLayout(field_block(self.current_label, self.current))
        self.step = RecoveryPhraseStep(self.phrase)
        self.step.hide()
        self.step.confirmed.connect(self._confirmed)
        layout.addWidget(self.step)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        self.ok_button = QPushButton(self.tr("&Show the new words"))
        self.ok_button.setObjectName("showNewPhrase")
        self.ok_button.clicked.connect(self.submit)
        layout.addLayout(self._buttons(self.ok_button))
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        current = self.current.text()
        if not current:
            self.show_error(self.tr("Type the current passphrase first."))
            return
        session = self._controller.session
        self._run(lambda: access.check_passphrase(session, current), self._checked)

    def _checked(self, _result: object) -> None:
        for widget in (self.intro, self.current, self.current_label, self.ok_button):
            widget.hide()
        self.step.show()
        self.step.show_words()
        self._fit()

    def _confirmed(self) -> None:
        session, current, phrase = self._controller.session, self.current.text(), self.phrase
        self._run(lambda: access.set_recovery_phrase(session, current, phrase), self._set)

    def _set(self, _result: object) -> None:
        self.current.clear()
        self.accept()
        _tell(
            self.parentWidget(),
            self.tr("New recovery phrase"),
            self.tr(
                "The new recovery phrase is in place. Destroy the old paper: it no longer "
                "opens this vault."
            ),
        )


def show_change_passphrase_dialog(
    parent: QWidget, controller: VaultController
) -> ChangePassphraseDialog:
    dialog = ChangePassphraseDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_new_recovery_phrase_dialog(
    parent: QWidget, controller: VaultController
) -> NewRecoveryPhraseDialog:
    dialog = NewRecoveryPhraseDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
