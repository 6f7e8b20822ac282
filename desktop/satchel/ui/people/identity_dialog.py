"""Edit a person's identity compartment.

The fields start empty unless the compartment was revealed first: an empty field then means
"keep what is stored". With revealed values, emptying a field clears it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from satchel.services.notebook.identity import IDENTITY_FIELDS, MAX_FIELD
from satchel.ui.base.text.labels import field_label

MULTILINE = frozenset({"address", "notes", "document_numbers"})


class IdentityDialog(QDialog):
    def __init__(
        self,
        fields_set: tuple[str, ...],
        revealed: dict[str, str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit identity"))
        self.setModal(True)
        self._revealed = dict(revealed) if revealed is not None else None
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.accepted_changes: dict[str, str | None] = {}
        hint = QLabel(
            self.tr("Fill in only what you need. Leave a field empty to keep what is stored.")
            if revealed is None
            else self.tr("Empty a field to remove it from the vault.")
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form = QFormLayout()
        for name in IDENTITY_FIELDS:
            label = field_label(name)
            edit: QLineEdit | QPlainTextEdit
            if name in MULTILINE:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(64)
            else:
                edit = QLineEdit()
                edit.setMaxLength(MAX_FIELD)
            stored = name in fields_set
            if revealed is not None:
                _set_text(edit, revealed.get(name, ""))
            elif stored:
                edit.setPlaceholderText(self.tr("Stored (hidden); type to replace"))
            edit.setAccessibleName(label)
            edit.setAccessibleDescription(
                self.tr("{0}, stored").format(label)
                if stored
                else self.tr("{0}, empty").format(label)
            )
            self.edits[name] = edit
            form.addRow(label, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.finished.connect(self.wipe)

    def accept(self) -> None:
        self.accepted_changes = self.changes()
        super().accept()  # then `finished` wipes the widgets

    def changes(self) -> dict[str, str | None]:
        """The fields to write: typed ones, and (after a reveal) emptied ones as None."""
        result: dict[str, str | None] = {}
        for name, edit in self.edits.items():
            text = _text(edit).strip()
            if self._revealed is None:
                if text:
                    result[name] = text
            elif text != self._revealed.get(name, ""):
                result[name] = text or None
        return result

    def set_value(self, name: str, text: str) -> None:
        _set_text(self.edits[name], text)

    def wipe(self) -> None:
        """Drop every value from the widgets (after saving or cancelling)."""
        for edit in self.edits.values():
            _set_text(edit, "")
        self._revealed = None


def _text(edit: QLineEdit | QPlainTextEdit) -> str:
    return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()


def _set_text(edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(edit, QPlainTextEdit):
        edit.setPlainText(text)
        edit.document().clearUndoRedoStacks()
    else:
        edit.setText(text)
