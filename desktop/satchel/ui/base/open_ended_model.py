"""A read-only table model for lists without a count: pages load until one comes back short.

Used where the services page through a query but do not count it (activity, due dates).
The list reloads after changes of the kinds it shows, at once when visible and otherwise
the next time it is shown, so typing in a note does not keep refreshing hidden lists.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from satchel.ui.base.messages import user_message
from satchel.ui.shell.vault_controller import VaultController

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


class OpenEndedModel(QAbstractTableModel, Generic[Row]):
    refresh_on: frozenset[str] | None = None  # None: every kind of change
    headers: tuple[str, ...] = ()

    def __init__(self, controller: VaultController, page_size: int = PAGE_SIZE) -> None:
        super().__init__(controller)
        self._controller = controller
        self.page_size = page_size
        self._rows: list[Row] = []
        self._more = False
        self._active = True
        self._stale = False
        self.pages_fetched = 0
        controller.changed.connect(self._on_changed)

    def page(self, offset: int, limit: int) -> list[Row]:
        raise NotImplementedError

    def header_titles(self) -> tuple[str, ...]:
        return self.headers

    # rows -------------------------------------------------------------------------------
    def row(self, index: int) -> Row:
        return self._rows[index]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def reload(self) -> None:
        wanted = max(self.page_size, len(self._rows))
        self.beginResetModel()
        self._rows, self.pages_fetched, self._stale = [], 0, False
        self._rows = self._read(0, wanted)
        self._more = len(self._rows) >= wanted
        self.endResetModel()

    def set_active(self, active: bool) -> None:
        """Visible lists reload at once after a change; hidden ones when shown again."""
        self._active = active
        if active and self._stale:
            self.reload()

    def _on_changed(self, kind: str) -> None:
        if self.refresh_on is not None and kind not in self.refresh_on:
            return
        if self._active:
            self.reload()
        else:
            self._stale = True

    def _read(self, offset: int, limit: int) -> list[Row]:
        if not self._controller.is_unlocked:
            return []
        self.pages_fetched += 1
        try:
            return self.page(offset, limit)
        except Exception as error:
            self._controller.failed.emit(user_message(error))
            return []

    # Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self.header_titles())

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        rows = self._read(len(self._rows), self.page_size)
        self._more = len(rows) >= self.page_size
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        titles = self.header_titles()
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
