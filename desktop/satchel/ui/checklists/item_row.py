"""One checklist item in the panel: state, due date, notes and scans, saved as the user types.

The row shows what a save refused next to the field instead of losing the text, and keeps
what is typed while the panel redraws for a change made elsewhere.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from satchel.services.checklists import case_checklists
from satchel.services.core.session import VaultSession
from satchel.services.notebook.views import ChecklistItemView
from satchel.ui.base.text.due_marks import (
    Urgency,
    days_text,
    urgency,
    urgency_color,
    urgency_icon,
    urgency_text,
)
from satchel.ui.base.text.labels import state_labels
from satchel.ui.base.widgets.date_field import DateField


def _save_item(vs: VaultSession, item_id: uuid.UUID, /, **changes: object) -> bool:
    case_checklists.set_item(vs, item_id, **changes)  # type: ignore[arg-type]
    return True


class ChecklistItemRow(QFrame):
    """The controls of one item; emits `edited(item_id, field, value)` for the panel to save."""

    edited = Signal(object, str, object)
    scans_requested = Signal(object)  # item id

    def __init__(self, item: ChecklistItemView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistItem")
        self.item = item
        self.marker = QLabel()
        self.marker.setFixedSize(16, 16)
        self.title = QLabel(item.title)
        self.title.setWordWrap(True)
        if item.help:
            self.title.setToolTip(item.help)
            self.title.setWhatsThis(item.help)
        self.state = QComboBox()
        for key, label in state_labels().items():
            self.state.addItem(label, key)
        self.state.setAccessibleName(self.tr("State: {0}").format(item.title))
        self.due = DateField(self.tr("Due or expiry date: {0}").format(item.title))
        self.due.line.setPlaceholderText(self.tr("Due or expiry"))
        self.due_hint = QLabel()
        self.due_hint.setObjectName("dueHint")
        # Wraps rather than widening the row: "expires within 30 days (in 12 days)" runs
        # long in Russian and German, and the editor pane is narrow.
        self.due_hint.setWordWrap(True)
        self.due_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.original = QLineEdit()
        self.original.setPlaceholderText(self.tr("Where the original is"))
        self.original.setAccessibleName(self.tr("Where the original is: {0}").format(item.title))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note"))
        self.note.setAccessibleName(self.tr("Note: {0}").format(item.title))
        self.scans_button = self._scans_button(item)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.marker)
        top.addWidget(self.title, 1)
        top.addWidget(self.due_hint)
        top.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(self._fields_row())
        self.show_item(item)
        self.state.currentIndexChanged.connect(self._state_chosen)
        self.due.date_changed.connect(lambda date: self.edited.emit(self.item.id, "due_date", date))
        self.due.refused.connect(self._show_refusal)
        self.original.editingFinished.connect(
            lambda: self._text_left("original_location", self.original)
        )
        self.note.editingFinished.connect(lambda: self._text_left("note", self.note))

    def _fields_row(self) -> QHBoxLayout:
        fields = QHBoxLayout()
        fields.setSpacing(8)
        fields.addSpacing(self.marker.width() + 8)
        fields.addWidget(self.due)
        fields.addWidget(self.original, 1)
        fields.addWidget(self.note, 1)
        fields.addWidget(self.scans_button)
        return fields

    def _scans_button(self, item: ChecklistItemView) -> QToolButton:
        """Opens the item's scans; shows how many there are."""
        button = QToolButton()
        button.setObjectName("scansButton")
        button.setToolTip(self.tr("Scans and photos of this document"))
        button.setAccessibleName(self.tr("Scans for {0}").format(item.title))
        button.clicked.connect(lambda: self.scans_requested.emit(self.item.id))
        self.scans_button = button
        self.set_scan_count(0)
        return button

    def set_scan_count(self, count: int) -> None:
        self.scan_count = count
        if count:
            self.scans_button.setText(self.tr("Scans ({0})").format(count))
        else:
            self.scans_button.setText(self.tr("Scans"))
        self.scans_button.setAccessibleDescription(
            self.tr("%n file(s) attached", "", count) if count else self.tr("No files attached")
        )

    def show_item(
        self, item: ChecklistItemView, today: dt.date | None = None, *, keep_typing: bool = False
    ) -> None:
        """Show stored values; with keep_typing, a field with focus keeps what is typed."""
        self.item = item
        self.state.blockSignals(True)
        self.state.setCurrentIndex(max(self.state.findData(item.state), 0))
        self.state.blockSignals(False)
        for field, value in self._texts(item).items():
            if not (keep_typing and field.hasFocus()) and field.text() != value:
                field.setText(value)
                field.setCursorPosition(0)
        refused = not self.due.is_valid()  # typed text that is not a date is never erased
        typing = keep_typing and self.due.line.hasFocus()
        stale = self.due.value() != item.due_date or self.due.text() != self.due.shown_text()
        if not refused and not typing and stale:
            self.due.set_value(item.due_date)
        level = urgency(item.due_date, item.state, today)
        self.marker.setPixmap(urgency_icon(level).pixmap(16, 16))
        words = urgency_text(level)
        self.marker.setAccessibleName(words)
        self.marker.setToolTip(words)
        if not refused:
            self._show_due_hint(item, level, today)
        self.title.setAccessibleName(f"{item.title}, {words}" if words else item.title)
        self.setProperty("urgency", level.value)
        settled = item.state == "not_needed"
        role = QPalette.ColorRole.PlaceholderText if settled else QPalette.ColorRole.WindowText
        palette = self.title.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(role))
        self.title.setPalette(palette)

    def _show_due_hint(
        self, item: ChecklistItemView, level: Urgency, today: dt.date | None
    ) -> None:
        self._set_hint_role("")
        words = urgency_text(level)
        if level is Urgency.NONE or item.due_date is None:
            self.due_hint.clear()
        else:
            days = (item.due_date - (today or dt.date.today())).days
            self.due_hint.setText(f"{words} ({days_text(days)})")
        color = urgency_color(level)
        self.due_hint.setStyleSheet(f"color: {color.name()};" if color else "")

    def _set_hint_role(self, role: str) -> None:
        if self.due_hint.property("role") != role:
            self.due_hint.setProperty("role", role)
            self.due_hint.style().unpolish(self.due_hint)
            self.due_hint.style().polish(self.due_hint)

    def _texts(self, item: ChecklistItemView) -> dict[QLineEdit, str]:
        return {self.original: item.original_location, self.note: item.note}

    def pending(self) -> list[tuple[str, object]]:
        """Typed values not saved yet, as (field, value); a date only when it reads as one."""
        names = {self.original: "original_location", self.note: "note"}
        changes: list[tuple[str, object]] = [
            (names[field], field.text())
            for field, saved in self._texts(self.item).items()
            if field.text().strip() != saved
        ]
        if self.due.is_valid() and self.due.current() != self.item.due_date:
            changes.append(("due_date", self.due.current()))
        return changes

    def _show_refusal(self, message: str) -> None:
        """Said beside the item, not in a box: the typed text stays for the user to fix."""
        self.due_hint.setText(message)
        self.due_hint.setWordWrap(True)
        self.due_hint.setStyleSheet("")
        self._set_hint_role("error")

    def _state_chosen(self, _index: int) -> None:
        self.edited.emit(self.item.id, "state", self.state.currentData())

    def _text_left(self, field: str, editor: QLineEdit) -> None:
        if (field, editor.text()) in self.pending():
            self.edited.emit(self.item.id, field, editor.text())
