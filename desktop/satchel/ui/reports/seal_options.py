"""The report dialog's "Encrypt the PDF" choice, shown when identities are included.

A report with legal names and phone numbers is as sensitive as the vault; this offers to
write it as an age file for a colleague (their sharing key, age1…) or to a passphrase.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import InvalidInputError
from satchel.services.reports.sealing import report_sealer


class SealOptions(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Encrypt the PDF"), parent)
        self.setObjectName("sealOptions")
        self.plain = QRadioButton(self.tr("Do not encrypt (a plain PDF)"))
        self.to_key = QRadioButton(self.tr("For a colleague: their sharing key"))
        self.to_passphrase = QRadioButton(self.tr("With a passphrase"))
        self.choice = QButtonGroup(self)
        for button in (self.plain, self.to_key, self.to_passphrase):
            self.choice.addButton(button)
        self.plain.setChecked(True)
        self.key = QLineEdit()
        self.key.setPlaceholderText(self.tr("age1…"))
        self.key.setAccessibleName(self.tr("The colleague's sharing key"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase for the report"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("The same passphrase again"))
        hint = QLabel(
            self.tr(
                "An encrypted report is an age file (.age): the colleague opens it with age "
                "(age -d) or the passphrase, then reads the PDF as usual."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form = QFormLayout()
        form.addRow(self.tr("Sharing key"), self.key)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Again"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plain)
        layout.addWidget(self.to_key)
        layout.addWidget(self.to_passphrase)
        layout.addLayout(form)
        layout.addWidget(hint)
        self.choice.buttonToggled.connect(self._update)
        self._update()

    def _update(self, *_: object) -> None:
        self.key.setEnabled(self.to_key.isChecked())
        self.passphrase.setEnabled(self.to_passphrase.isChecked())
        self.again.setEnabled(self.to_passphrase.isChecked())

    @property
    def encrypting(self) -> bool:
        return not self.plain.isChecked()

    def sealer(self) -> Callable[[bytes], bytes] | None:
        """The chosen encryption, or None; raises InvalidInputError naming the problem."""
        if not self.encrypting:
            return None
        if self.to_key.isChecked():
            return report_sealer([self.key.text().strip()])
        if self.passphrase.text() != self.again.text():
            raise InvalidInputError(self.tr("The two passphrases differ."))
        return report_sealer(passphrase=self.passphrase.text())
