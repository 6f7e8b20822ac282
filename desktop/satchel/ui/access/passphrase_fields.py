"""A new passphrase, typed twice, with a strength meter and "Suggest a passphrase".

Used when a vault is created and when a new passphrase is set with the recovery phrase.
The verdict comes from services.passphrases (zxcvbn); a weak passphrase is refused with
the reason, so the caller asks `problem()` before it does anything.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.services.core.passphrases import (
    PassphraseAssessment,
    assess_passphrase,
    suggest_passphrase,
)
from satchel.ui.access.page_frame import field_block
from satchel.ui.base.icons import icon
from satchel.ui.base.widgets.accessible import reachable_action
from satchel.ui.camouflage.app_brand import app_name


class PassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assessment: PassphraseAssessment | None = None

        self.first_label = QLabel(self.tr("&Passphrase"))
        self.first_label.setProperty("role", "subheading")
        self.first = QLineEdit()
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.first.setAccessibleDescription(
            self.tr("At least ten characters; several random words are best.")
        )
        self.first_label.setBuddy(self.first)
        self.reveal_action = QAction(icon("reveal"), self.tr("Show the passphrase"), self)
        self.reveal_action.setCheckable(True)
        self.reveal_action.toggled.connect(self.set_revealed)
        self.first.addAction(self.reveal_action, QLineEdit.ActionPosition.TrailingPosition)
        reachable_action(self.first, self.reveal_action)

        self.second_label = QLabel(self.tr("Type it &again"))
        self.second_label.setProperty("role", "subheading")
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("New passphrase, again"))
        self.second_label.setBuddy(self.second)

        self.meter = QProgressBar()
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel()
        self.verdict.setObjectName("strengthVerdict")
        self.verdict.setProperty("role", "hint")
        self.verdict.setWordWrap(True)

        self.suggest_button = QPushButton(icon("key"), self.tr("&Suggest a passphrase"))
        self.suggest_button.setObjectName("suggestPassphrase")
        self.suggest_button.setAccessibleName(self.tr("Suggest a passphrase of six random words"))
        self.suggest_button.clicked.connect(self.suggest)

        self._lay_out()
        self.first.textChanged.connect(self._on_text)
        self.second.textChanged.connect(self._on_text)
        self._on_text()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        first = field_block(self.first_label, self.first)
        meter_row = QHBoxLayout()
        meter_row.setSpacing(8)
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.suggest_button)
        first.addSpacing(4)
        first.addLayout(meter_row)
        first.addWidget(self.verdict)
        layout.addLayout(first)
        layout.addLayout(field_block(self.second_label, self.second))
        self.setTabOrder(self.first, self.second)
        self.setTabOrder(self.second, self.suggest_button)

    # reading ----------------------------------------------------------------------------
    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """Why this passphrase cannot be used, in words for the user; None when it can."""
        text = self.first.text()
        if not text:
            return self.tr("Choose a passphrase first, or let {app} suggest one.").format(
                app=app_name()
            )
        assessment = self._assessment or assess_passphrase(text)
        if not assessment.acceptable:
            reason = assessment.warning or (assessment.suggestions or ("",))[0]
            message = self.tr("This passphrase is too easy to guess.")
            return f"{message} {reason}".strip()
        if self.second.text() != text:
            return self.tr("The two passphrases are not the same. Type it again.")
        return None

    # acting -----------------------------------------------------------------------------
    def suggest(self) -> None:
        """Fill both fields with six random words and show them, to be written down."""
        words = suggest_passphrase()
        self.set_revealed(True)
        self.first.setText(words)
        self.second.setText(words)
        self.first.setFocus()

    def set_revealed(self, revealed: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)
        if self.reveal_action.isChecked() != revealed:
            self.reveal_action.setChecked(revealed)
        self.reveal_action.setIcon(icon("hide" if revealed else "reveal"))
        self.reveal_action.setText(
            self.tr("Hide the passphrase") if revealed else self.tr("Show the passphrase")
        )

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.set_revealed(False)

    def _on_text(self) -> None:
        text = self.first.text()
        self._assessment = assess_passphrase(text) if text else None
        score = self._assessment.score if self._assessment else 0
        self.meter.setValue(score if text else 0)
        self.meter.setProperty("strength", str(score))
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.verdict.setText(self._verdict_text())
        self.changed.emit()

    def _verdict_text(self) -> str:
        assessment = self._assessment
        if assessment is None:
            return self.tr("Six random words are strong and easy to type.")
        names = [
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        ]
        name = names[max(0, min(assessment.score, 4))]
        if assessment.acceptable:
            return self.tr("Strength: {0}.").format(name)
        detail = assessment.warning or (assessment.suggestions or ("",))[0]
        return self.tr("Strength: {0}. {1}").format(name, detail).strip()
