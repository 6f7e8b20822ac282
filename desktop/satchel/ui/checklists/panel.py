"""One checklist of a case: progress, and each document's state, date, original, note and scans.

Embedded in the case editor, one panel per checklist. Each item is a small row of controls
(not a table) so Tab walks through them in reading order and nothing needs a double-click.
Every change is saved at once through the controller; free text is saved when the field is
left, when the panel is hidden and before the vault locks.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import NotFoundError
from satchel.services.checklists import case_checklists
from satchel.services.notebook.views import ChecklistView
from satchel.services.templates.review import checklist_review
from satchel.ui.base.text.messages import user_message
from satchel.ui.checklists.item_row import ChecklistItemRow, _save_item
from satchel.ui.checklists.review_notice import ReviewNotice
from satchel.ui.checklists.scans import ItemScansDialog, scan_counts
from satchel.ui.shell.vault_controller import Change, VaultController


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
