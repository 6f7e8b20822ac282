"""A case's notes, pinned first and then newest first; a click opens the note."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from satchel.services.notebook.notes import create_note
from satchel.services.notebook.views import NoteSummary
from satchel.ui.base.text.formats import format_moment
from satchel.ui.base.widgets.editor_part import empty_hint, lay_out_part, part_button
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import Change, VaultController

VISIBLE_ROWS = 8
ID_ROLE = Qt.ItemDataRole.UserRole


class CaseNotesTimeline(QWidget):
    def __init__(
        self,
        controller: VaultController,
        host: EditorHost,
        case_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._host = host
        self.case_id = case_id
        self.list = QTreeWidget()
        self.list.setObjectName("noteTimeline")
        self.list.setAccessibleName(self.tr("Notes of this case, newest first"))
        self.list.setHeaderLabels([self.tr("Note"), self.tr("Changed")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self._row_height = self.list.fontMetrics().height() + 12
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = empty_hint(self.tr("No notes yet."))
        self.new_button = part_button(self.tr("New note"), "add", self.tr("New note in this case"))
        lay_out_part(self, self.list, self.empty_label, self.new_button)
        self.new_button.clicked.connect(self.new_note)
        self.list.itemClicked.connect(self._open)
        self.list.itemActivated.connect(self._open)

    def set_notes(self, notes: tuple[NoteSummary, ...]) -> None:
        """Show the notes in the order given (the service's: pinned, then newest first)."""
        self.list.clear()
        for note in notes:
            when = format_moment(note.updated_at)
            item = QTreeWidgetItem([note.title, when])
            item.setData(0, ID_ROLE, note.id)
            item.setToolTip(0, note.title)
            item.setSizeHint(0, QSize(0, self._row_height))
            if note.pinned:
                item.setText(1, self.tr("Pinned · {0}").format(when))
                for column in (0, 1):
                    font = item.font(column)
                    font.setBold(True)
                    item.setFont(column, font)
            self.list.addTopLevelItem(item)
        shown = min(len(notes), VISIBLE_ROWS)
        header = self.list.header().sizeHint().height()
        self.list.setFixedHeight(header + shown * self._row_height + 2 * self.list.frameWidth() + 2)
        self.list.setVisible(bool(notes))
        self.empty_label.setVisible(not notes)

    def note_ids(self) -> list[uuid.UUID]:
        items = (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        return [item.data(0, ID_ROLE) for item in items if item is not None]

    def new_note(self) -> None:
        note_id = self._controller.change(
            Change.NOTE, create_note, title=self.tr("New note"), case_id=self.case_id
        )
        if note_id is not None:
            self._host.open_item("note", note_id)

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        note_id = item.data(0, ID_ROLE)
        if isinstance(note_id, uuid.UUID):
            self._host.open_item("note", note_id)
