"""Edit a person's identity compartment, with or without revealing it first.

Without a reveal the fields start empty and say which ones hold something: typing in one
replaces what is stored without showing it, "Remove" beside it deletes it on Save, and an
untouched field keeps its value. After a reveal the fields hold the values, and emptying a
field (or Remove) deletes it. The date of birth is a date field (typed as people write it,
or picked from a calendar; stored as ISO); an older value that is not a date is shown as it
is and kept unless changed. Screen readers hear whether a field is stored and hidden, never
its value.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from satchel.services.notebook.identity import IDENTITY_FIELDS, MAX_FIELD
from satchel.ui.base.text.date_parsing import parse_typed_date
from satchel.ui.base.text.labels import field_label
from satchel.ui.base.widgets.date_field import DateField
from satchel.ui.base.widgets.error_label import ErrorLabel

MULTILINE = frozenset({"address", "notes", "document_numbers"})
DATE_FIELDS = frozenset({"birth_date"})

FieldEdit = QLineEdit | QPlainTextEdit | DateField


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
        self._stored = frozenset(fields_set)
        self.edits: dict[str, FieldEdit] = {}
        self.remove_buttons: dict[str, QToolButton] = {}
        self.accepted_changes: dict[str, str | None] = {}
        hint = QLabel(
            self.tr(
                "Fill in only what you need. Hidden fields keep what is stored unless you "
                "type a new value or remove it."
            )
            if revealed is None
            else self.tr("Empty a field to remove it from the vault.")
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.error = ErrorLabel("identityError")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name in IDENTITY_FIELDS:
            edit = self._make_edit(name)
            if revealed is not None:
                _set_text(edit, revealed.get(name, ""))
            self.edits[name] = edit
            self._describe(name)
            form.addRow(field_label(name), self._row(name, edit))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # room for "Stored (hidden); type to replace" beside a Remove button
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.finished.connect(self.wipe)

    # building ----------------------------------------------------------------------------
    def _make_edit(self, name: str) -> FieldEdit:
        label = field_label(name)
        edit: FieldEdit
        if name in DATE_FIELDS:
            edit = DateField(label)
            edit.refused.connect(self.error.setText)
            edit.date_changed.connect(lambda _date: self.error.clear())
        elif name in MULTILINE:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
        else:
            edit = QLineEdit()
            edit.setMaxLength(MAX_FIELD)
        if self._revealed is None and name in self._stored:
            _placeholder(edit, self.tr("Stored (hidden); type to replace"))
        edit.setAccessibleName(label)
        return edit

    def _row(self, name: str, edit: FieldEdit) -> QWidget:
        if name not in self._stored:
            return edit
        remove = QToolButton()
        remove.setObjectName(f"remove_{name}")
        remove.setCheckable(True)
        remove.setText(self.tr("Remove"))
        remove.setToolTip(
            self.tr("Remove {0} from the vault when you save").format(field_label(name))
        )
        remove.setAccessibleName(self.tr("Remove {0}").format(field_label(name)))
        remove.toggled.connect(lambda on, field=name: self._set_removed(field, removed=on))
        self.remove_buttons[name] = remove
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(remove)
        return row

    def _describe(self, name: str) -> None:
        """What a screen reader hears: the field's state, never its value."""
        label = field_label(name)
        if self.is_removed(name):
            text = self.tr("{0}, removed when you save").format(label)
        elif name not in self._stored:
            text = self.tr("{0}, empty").format(label)
        elif self._revealed is None:
            text = self.tr("{0}, stored and hidden; typing replaces it").format(label)
        else:
            text = self.tr("{0}, stored").format(label)
        edit = self.edits[name]
        if isinstance(edit, DateField):
            edit.set_description(text)
        else:
            edit.setAccessibleDescription(text)

    # removing ----------------------------------------------------------------------------
    def is_removed(self, name: str) -> bool:
        button = self.remove_buttons.get(name)
        return button is not None and button.isChecked()

    def remove(self, name: str) -> None:
        """Mark a stored field to be deleted on Save (what the Remove button does)."""
        self.remove_buttons[name].setChecked(True)

    def _set_removed(self, name: str, *, removed: bool) -> None:
        edit = self.edits[name]
        if removed:
            _set_text(edit, "")
            _placeholder(edit, self.tr("Removed when you save"))
        elif self._revealed is None:
            _placeholder(edit, self.tr("Stored (hidden); type to replace"))
        else:
            _set_text(edit, self._revealed.get(name, ""))
            _placeholder(edit, "")
        edit.setEnabled(not removed)
        button, label = self.remove_buttons[name], field_label(name)
        button.setText(self.tr("Keep") if removed else self.tr("Remove"))
        button.setAccessibleName(
            self.tr("Keep {0}").format(label) if removed else self.tr("Remove {0}").format(label)
        )
        self._describe(name)

    # saving --------------------------------------------------------------------------------
    def accept(self) -> None:
        invalid = [
            edit
            for edit in self.edits.values()
            if isinstance(edit, DateField) and edit.isEnabled() and not edit.is_valid()
        ]
        for edit in invalid:
            if self._revealed is not None and edit.text() == self._revealed.get("birth_date"):
                continue  # an older value that is not a date: kept as it is
            edit.commit()  # marks the field and says why; nothing is saved, nothing erased
            edit.setFocus()
            return
        self.accepted_changes = self.changes()
        super().accept()  # then `finished` wipes the widgets

    def changes(self) -> dict[str, str | None]:
        """The fields to write: typed ones, removed ones (None), and after a reveal emptied
        ones (None); a date as ISO."""
        result: dict[str, str | None] = {}
        for name, edit in self.edits.items():
            if self.is_removed(name):
                result[name] = None
                continue
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


def _text(edit: FieldEdit) -> str:
    if isinstance(edit, DateField):
        typed = edit.text().strip()
        found = parse_typed_date(typed)
        return found.isoformat() if found else typed
    return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()


def _set_text(edit: FieldEdit, text: str) -> None:
    if isinstance(edit, DateField):
        found = parse_typed_date(text)
        if found is not None and found.isoformat() == text.strip():
            edit.set_value(found)
        else:
            edit.set_value(None)
            edit.line.setText(text)  # an older value that is not a date, shown as it is
            edit.line.setCursorPosition(0)
    elif isinstance(edit, QPlainTextEdit):
        edit.setPlainText(text)
        edit.document().clearUndoRedoStacks()
    else:
        edit.setText(text)


def _placeholder(edit: FieldEdit, text: str) -> None:
    if isinstance(edit, DateField):
        edit.set_placeholder(text)
    else:
        edit.setPlaceholderText(text)
