"""What the Cases and People lists share: opening the selected row in the editor and keeping
the place (selected row, scroll position) when the list reloads after a change.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QTableView, QWidget

from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import VaultController


class _Rows(Protocol):
    def index_of(self, item_id: uuid.UUID) -> QModelIndex: ...


class RecordListSection(QWidget):
    """Subclasses set `view`, `id_role` and `make_editor`, then call `_wire_view()`."""

    view: QTableView  # its model has index_of(item_id), as the paged list models do
    id_role: int
    make_editor: Callable[[VaultController, EditorHost, uuid.UUID], QWidget]

    def __init__(
        self, controller: VaultController, host: EditorHost, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._host = host
        self._open_id: uuid.UUID | None = None
        self._restoring = False
        self._scroll = 0

    def _wire_view(self) -> None:
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.view.activated.connect(self._on_activated)
        self.view.doubleClicked.connect(self._on_activated)

    def open_record(self, item_id: uuid.UUID, *, focus: bool = False) -> None:
        self._open_id = item_id  # before the old editor closes, saves and reloads the list
        editor = type(self).make_editor(self._controller, self._host, item_id)
        self._host.show_editor(editor)
        editor.destroyed.connect(lambda *_: self._forget(item_id))
        if focus and hasattr(editor, "focus_first"):
            editor.focus_first()

    def _forget(self, item_id: uuid.UUID) -> None:
        if self._open_id == item_id:
            self._open_id = None

    def select_record(self, item_id: uuid.UUID) -> None:
        index = cast(_Rows, self.view.model()).index_of(item_id)
        if index.isValid():
            self._restoring = True
            try:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
            finally:
                self._restoring = False

    def _on_current_row(
        self,
        current: QModelIndex | QPersistentModelIndex,
        _previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if self._restoring or not current.isValid():
            return
        item_id = current.data(self.id_role)
        if isinstance(item_id, uuid.UUID) and item_id != self._open_id:
            self.open_record(item_id)

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        item_id = index.data(self.id_role)
        if isinstance(item_id, uuid.UUID):
            self.open_record(item_id, focus=True)

    def _remember_scroll(self) -> None:
        self._scroll = self.view.verticalScrollBar().value()

    def _restore_place(self) -> None:
        """After a reload: the open item selected again, the list scrolled where it was."""
        if self._open_id is not None:
            self.select_record(self._open_id)
        self.view.verticalScrollBar().setValue(self._scroll)
