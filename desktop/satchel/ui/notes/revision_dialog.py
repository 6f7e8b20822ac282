"""A note's history: every saved version, newest first, with a preview and Restore.

Restoring saves the old text as a new version, so nothing in the history is ever lost.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from satchel.services.notebook import notes
from satchel.services.notebook.views import RevisionView
from satchel.ui.notes.markdown_preview import MarkdownPreview
from satchel.ui.shell.vault_controller import Change, VaultController


def format_moment(moment: dt.datetime) -> str:
    """A stored UTC time in the user's zone and locale, to the second."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, "yyyy-MM-dd HH:mm:ss")


class RevisionDialog(QDialog):
    def __init__(
        self, controller: VaultController, note_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revisionDialog")
        self.setWindowTitle(self.tr("Earlier versions"))
        self.setAccessibleName(self.tr("Note history"))
        self.resize(820, 560)
        self._controller = controller
        self.note_id = note_id
        self.restored: uuid.UUID | None = None

        heading = QLabel(self.tr("Earlier versions of this note"))
        heading.setObjectName("dialogHeading")
        heading.setProperty("role", "subheading")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved versions"))
        self.list.setSpacing(2)
        self.preview_title = QLabel()
        self.preview_title.setObjectName("revisionTitle")
        self.preview_title.setWordWrap(True)
        self.preview_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.preview_title.font()
        font.setBold(True)
        self.preview_title.setFont(font)
        self.preview = MarkdownPreview()
        self.preview.setAccessibleName(self.tr("Version preview"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_title)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([260, 560])
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected version"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.list.currentRowChanged.connect(self._show_selected)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        controller.locking.connect(self.reject)
        self._load()

    def _load(self) -> None:
        revisions = self._controller.run(notes.list_revisions, self.note_id) or []
        for index, revision in enumerate(revisions):
            label = format_moment(revision.saved_at)
            if index == 0:
                label = self.tr("{0}  (current)").format(label)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, revision)
            item.setToolTip(revision.title)
            self.list.addItem(item)
        if revisions:
            self.list.setCurrentRow(0)
        self._show_selected(self.list.currentRow())

    def revisions(self) -> list[RevisionView]:
        found = (self.list.item(i) for i in range(self.list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in found if item is not None]

    def selected(self) -> RevisionView | None:
        if self.list.currentRow() < 0:
            return None
        revision: RevisionView = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        return revision

    def _show_selected(self, row: int) -> None:
        revision = self.selected()
        self.restore_button.setEnabled(revision is not None and row > 0)
        if revision is None:
            self.preview_title.clear()
            self.preview.clear()
            return
        self.preview_title.setText(revision.title)
        self.preview.show_markdown(revision.body)

    def restore_selected(self) -> None:
        revision = self.selected()
        if revision is None or self.list.currentRow() == 0:
            return
        result = self._controller.change(Change.NOTE, notes.restore_revision, revision.id)
        if result is not None:
            self.restored = revision.id
            self.accept()
