"""The new vault's 24-word recovery phrase: shown once in a numbered grid, then confirmed.

The words are plain labels, not selectable and with no copy button: the phrase belongs on
paper, kept apart from the laptop, never on the clipboard. The user proves they wrote it
down by typing three words back, at positions drawn at random.
"""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

CONFIRM_COUNT = 3
ROWS = 6


def _label(text: str, role: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


class RecoveryPhraseStep(QWidget):
    """Show the words, then ask for three of them; `confirmed` once they match."""

    confirmed = Signal()

    def __init__(self, phrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = phrase.split()
        picks = secrets.SystemRandom().sample(range(len(self.words)), CONFIRM_COUNT)
        self.positions: list[int] = sorted(picks)  # 0-based
        self.stack = QStackedWidget()
        self.stack.addWidget(self._show_page())
        self.stack.addWidget(self._confirm_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # showing ----------------------------------------------------------------------------
    def _show_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(_label(self.tr("Write down your recovery phrase"), "heading"))
        layout.addWidget(
            _label(
                self.tr(
                    "These 24 words open the vault if the passphrase is ever lost. Write "
                    "them on paper, in order, and keep the paper away from this computer. "
                    "They are shown only now and cannot be copied, on purpose."
                ),
                "",
            )
        )
        grid_frame = QFrame()
        grid_frame.setObjectName("phraseGrid")
        grid_frame.setAccessibleName(self.tr("Recovery phrase, 24 numbered words"))
        grid = QGridLayout(grid_frame)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        self.word_labels: list[QLabel] = []
        for index, word in enumerate(self.words):
            column, row = divmod(index, ROWS)
            number = _label(f"{index + 1}.", "hint")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setWordWrap(False)
            word_label = QLabel(word)
            word_label.setProperty("role", "word")
            word_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            word_label.setAccessibleName(self.tr("Word {0}: {1}").format(index + 1, word))
            self.word_labels.append(word_label)
            grid.addWidget(number, row, column * 2)
            grid.addWidget(word_label, row, column * 2 + 1)
        for column in range(len(self.words) // ROWS):
            grid.setColumnStretch(column * 2 + 1, 1)
        layout.addWidget(grid_frame)
        layout.addStretch(1)

        self.written_button = QPushButton(self.tr("I have &written them down"))
        self.written_button.setObjectName("writtenDown")
        self.written_button.setProperty("primary", True)
        self.written_button.setAccessibleName(self.tr("I have written the words down"))
        self.written_button.clicked.connect(self.ask)
        row_layout = QHBoxLayout()
        row_layout.addStretch(1)
        row_layout.addWidget(self.written_button)
        layout.addLayout(row_layout)
        return page

    # confirming -------------------------------------------------------------------------
    def _confirm_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(_label(self.tr("Check what you wrote"), "heading"))
        layout.addWidget(
            _label(self.tr("Type these three words from your paper, to be sure it is right."), "")
        )
        self.word_fields: list[QLineEdit] = []
        fields = QGridLayout()
        fields.setHorizontalSpacing(16)
        fields.setVerticalSpacing(8)
        for row, position in enumerate(self.positions):
            label = QLabel(self.tr("Word {0}").format(position + 1))
            label.setProperty("role", "subheading")
            field = QLineEdit()
            field.setObjectName(f"confirmWord{position + 1}")
            field.setAccessibleName(self.tr("Word {0} of the recovery phrase").format(position + 1))
            field.returnPressed.connect(self.check)
            label.setBuddy(field)
            self.word_fields.append(field)
            fields.addWidget(label, row, 0)
            fields.addWidget(field, row, 1)
        fields.setColumnStretch(1, 1)
        layout.addLayout(fields)
        self.error = _label("", "error")
        self.error.setObjectName("confirmError")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)

        self.back_button = QPushButton(self.tr("Show the &words again"))
        self.back_button.setProperty("role", "link")
        self.back_button.setAccessibleName(self.tr("Show the recovery phrase again"))
        self.back_button.clicked.connect(self.show_words)
        self.confirm_button = QPushButton(self.tr("&Confirm"))
        self.confirm_button.setObjectName("confirmWords")
        self.confirm_button.setProperty("primary", True)
        self.confirm_button.setAccessibleName(self.tr("Confirm the three words"))
        self.confirm_button.clicked.connect(self.check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout.addLayout(buttons)
        return page

    def ask(self) -> None:
        for field in self.word_fields:
            field.clear()
        self.error.hide()
        self.stack.setCurrentIndex(1)
        self.word_fields[0].setFocus()

    def show_words(self) -> None:
        self.stack.setCurrentIndex(0)
        self.written_button.setFocus()

    def check(self) -> None:
        for position, field in zip(self.positions, self.word_fields, strict=True):
            if field.text().strip().lower() != self.words[position].lower():
                self.error.setText(
                    self.tr(
                        "Word {0} does not match. Look at your paper again, or show the "
                        "words again and correct it."
                    ).format(position + 1)
                )
                self.error.show()
                field.setFocus()
                field.selectAll()
                return
        self.error.hide()
        self.confirmed.emit()
