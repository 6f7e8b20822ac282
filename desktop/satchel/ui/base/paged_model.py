"""A read-only table model that loads its rows a page at a time, as the view scrolls.

Subclasses say how to count and how to fetch one page; the view asks for more through
`canFetchMore`/`fetchMore` when the user scrolls near the end. Nothing is sorted or filtered
in Python: a new order or filter is a new query.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from satchel.ui.base.messages import user_message
from satchel.ui.shell.vault_controller import VaultController

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    # The kinds of change (VaultController.changed) after which the rows are read again.
    refresh_on: frozenset[str] = frozenset()

    def __init__(self, controller: VaultController, page_size: int = PAGE_SIZE) -> None:
        super().__init__(controller)
        self._controller = controller
        self.page_size = page_size
        self._rows: list[Row] = []
        self._total = 0
        self.pages_fetched = 0  # how many queries for rows ran since the last reset
        controller.changed.connect(self._on_changed)

    # what subclasses provide ---------------------------------------------------------------
    def count(self) -> int:
        raise NotImplementedError

    def page(self, offset: int, limit: int) -> list[Row]:
        raise NotImplementedError

    # rows ------------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many rows the query has in all, loaded or not."""
        return self._total

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self.canFetchMore():
            return
        rows = self._read_page(len(self._rows), self.page_size)
        if not rows:
            self._total = len(self._rows)  # the vault changed under us; stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def reload(self, *, keep_loaded: bool = True) -> None:
        """Read again from the start; keeps as many rows loaded as before (scroll position)."""
        wanted = max(self.page_size, len(self._rows)) if keep_loaded else self.page_size
        self.beginResetModel()
        self._rows = []
        self.pages_fetched = 0
        self._total = self._read_count()
        if self._total:
            self._rows = self._read_page(0, min(wanted, self._total))
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._total = [], 0
        self.endResetModel()

    def _on_changed(self, kind: str) -> None:
        if kind in self.refresh_on:
            self.reload()

    # reading through the controller -----------------------------------------------------------
    def _read_count(self) -> int:
        if not self._controller.is_unlocked:
            return 0
        try:
            return self.count()
        except Exception as error:
            self._controller.failed.emit(user_message(error))
            return 0

    def _read_page(self, offset: int, limit: int) -> list[Row]:
        if not self._controller.is_unlocked:
            return []
        self.pages_fetched += 1
        try:
            return self.page(offset, limit)
        except Exception as error:
            self._controller.failed.emit(user_message(error))
            return []

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
