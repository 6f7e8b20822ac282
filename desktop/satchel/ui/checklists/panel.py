"""One checklist of a case: progress, and each document's state, date, original, note and scans.

Embedded in the case editor, one panel per checklist. Each item is a small row of controls
(not a table) so Tab walks through them in reading order and nothing needs a double-click.
Every change is saved at once through the controller; free text is saved when the field is
left, when the panel is hidden and before the vault locks.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import NotFoundError
from satchel.services.checklists import case_checklists
from satchel.services.core.session import VaultSession
from satchel.services.notebook.views import ChecklistItemView, ChecklistView
from satchel.services.templates.review import checklist_review
from satchel.ui.base.text.due_marks import (
    Urgency,
    days_text,
    urgency,
    urgency_color,
    urgency_icon,
    urgency_text,
)
from satchel.ui.base.text.labels import state_labels
from satchel.ui.base.text.messages import user_message
from satchel.ui.base.widgets.date_field import DateField
from satchel.ui.checklists.review_notice import ReviewNotice
from satchel.ui.checklists.scans import ItemScansDialog, scan_counts
from satchel.ui.shell.vault_controller import Change, VaultController


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


class ChecklistPanel(QWidget):
    progress_changed = Signal(int, int)  # done, counted
    removed = Signal()

    def __init__(
        self, controller: VaultController, checklist_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self._controller = controller
        self.checklist_id = checklist_id
        self._saving = False
        self.rows: list[ChecklistItemRow] = []
        self.view: ChecklistView | None = None
        self.scans_dialog: ItemScansDialog | None = None

        self.title = QLabel()
        self.title.setObjectName("checklistTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.progress_label = QLabel()
        self.progress_label.setProperty("role", "hint")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Checklist progress"))
        self.progress.setTextVisible(False)  # the label beside it says it in words
        self.progress.setFixedWidth(120)
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove this checklist"))
        self.remove_button.clicked.connect(self.remove)
        self.header = QWidget()  # hide it where a host shows title and progress itself
        header = QHBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.progress_label)
        header.addWidget(self.progress)
        header.addWidget(self.remove_button)
        self.review = ReviewNotice()  # when its template was last checked; warns if old
        self._reviewed_version: tuple[str, int] | None = None
        self._items = QVBoxLayout()
        self._items.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.review)
        layout.addLayout(self._items)
        layout.addStretch(1)

        self.progress.installEventFilter(self)  # the label goes where the bar goes
        controller.changed.connect(self._on_changed)
        controller.locking.connect(self.flush)
        self.reload()

    # data -------------------------------------------------------------------------------
    def reload(self, *, keep_typing: bool = False) -> None:
        try:
            view: ChecklistView = self._controller.read(
                case_checklists.get_checklist, self.checklist_id
            )
        except NotFoundError:  # removed elsewhere (the case editor, another panel)
            self.removed.emit()
            return
        except Exception as error:
            self._controller.failed.emit(user_message(error))
            return
        self.view = view
        self.title.setText(view.title)
        self.title.setAccessibleName(self.tr("Checklist: {0}").format(view.title))
        if [row.item.id for row in self.rows] != [item.id for item in view.items]:
            self._rebuild(view)
        else:
            for row, item in zip(self.rows, view.items, strict=True):
                row.show_item(item, keep_typing=keep_typing)
        self._show_progress(*view.progress)
        self._show_review(view)
        self.refresh_scan_counts()

    def _show_review(self, view: ChecklistView) -> None:
        version = (view.template_key, view.template_version)
        if version == self._reviewed_version:
            return
        review = self._controller.run(checklist_review, self.checklist_id)
        if review is not None:
            self._reviewed_version = version
            self.review.show_review(review.reviewed_on, review.stale)

    def refresh_scan_counts(self) -> None:
        if self.view is None or not self._controller.is_unlocked:
            return
        counts = self._controller.run(scan_counts, self.view.case_id)
        if counts is None:
            return
        for row in self.rows:
            row.set_scan_count(counts[row.item.id])

    def open_scans(self, item_id: uuid.UUID) -> ItemScansDialog | None:
        """The item's scans in a small dialog (an AttachmentsPanel for that item only)."""
        if self.view is None:
            return None
        row = next((r for r in self.rows if r.item.id == item_id), None)
        if row is None:
            return None
        if self.scans_dialog is not None:
            self.scans_dialog.reject()
        self.scans_dialog = ItemScansDialog(
            self._controller,
            case_id=self.view.case_id,
            item_id=item_id,
            item_title=row.item.title,
            parent=row,
        )
        self.scans_dialog.destroyed.connect(self._forget_scans_dialog)
        self.scans_dialog.open()
        return self.scans_dialog

    def _forget_scans_dialog(self) -> None:
        self.scans_dialog = None

    def _rebuild(self, view: ChecklistView) -> None:
        for row in self.rows:
            self._items.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for index, item in enumerate(view.items):
            row = ChecklistItemRow(item, self)
            if index:
                row.setFrameShape(QFrame.Shape.NoFrame)
            row.edited.connect(self._save)
            row.scans_requested.connect(self.open_scans)
            self._items.addWidget(row)
            self.rows.append(row)

    def _show_progress(self, done: int, counted: int) -> None:
        self.progress.setRange(0, max(counted, 1))
        self.progress.setValue(done)
        if counted:
            self.progress.setFormat(self.tr("{0} of {1} done").format(done, counted))
        else:
            self.progress.setFormat(self.tr("Nothing needed"))
        self.progress_label.setText(self.progress.format())
        self.progress.setAccessibleDescription(self.progress.format())
        self.progress_changed.emit(done, counted)

    def _save(self, item_id: uuid.UUID, field: str, value: object) -> None:
        if not self._controller.is_unlocked:
            return
        self._saving = True
        try:
            self._controller.change(Change.CHECKLIST, _save_item, item_id, **{field: value})
        finally:
            self._saving = False
        self.reload()  # shows the stored value (or the old one when saving failed)

    def flush(self) -> None:
        """Save text typed but not yet committed (before lock, when hidden)."""
        for row in self.rows:
            for field, value in row.pending():
                self._save(row.item.id, field, value)

    def remove(self) -> None:
        if self.view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove checklist"),
            self.tr("Remove the checklist “{0}” and everything noted in it?").format(
                self.view.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._saving = True
            try:
                self._controller.change(
                    Change.CHECKLIST, case_checklists.delete_checklist, self.checklist_id
                )
            finally:
                self._saving = False
            self.removed.emit()

    # signals ----------------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind == Change.CHECKLIST and not self._saving and self._controller.is_unlocked:
            self.reload(keep_typing=True)
        elif kind == Change.ATTACHMENT:
            self.refresh_scan_counts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.progress and event.type() in {QEvent.Type.Hide, QEvent.Type.Show}:
            self.progress_label.setVisible(not self.progress.isHidden())
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        if self._controller.is_unlocked:
            self.flush()
        super().hideEvent(event)
