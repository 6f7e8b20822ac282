"""A read-only table model that loads its rows a page at a time, as the view scrolls.

Subclasses say how to fetch one page and, where the services can count the query, how to
count it (lists with a total: cases, people, checklists); without a count, pages load until
one comes back short (activity, due dates). The view asks for more through
`canFetchMore`/`fetchMore` when the user scrolls near the end. Nothing is sorted or filtered
in Python: a new order or filter is a new query.

The rows are read again after changes of the kinds in `refresh_on` (None: every kind), at
once while the list is active and otherwise the next time it is shown, so typing in a note
does not keep refreshing hidden lists.

Ctrl+End (`reach_end`) makes every row of a counted list exist without reading them: the last
page is read, the rows between stay empty slots, and a slot is filled (its whole page read)
only when it is shown or asked for, so the end of 100,000 cases is one query away, not 500.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from satchel.ui.base.text.messages import user_message
from satchel.ui.shell.vault_controller import VaultController

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    # The kinds of change (VaultController.changed) after which the rows are read again.
    refresh_on: frozenset[str] | None = frozenset()
    headers: tuple[str, ...] = ()

    def __init__(self, controller: VaultController, page_size: int = PAGE_SIZE) -> None:
        super().__init__(controller)
        self._controller = controller
        self.page_size = page_size
        self._rows: list[Row | None] = []  # None: a slot whose page is not read yet
        self._total: int | None = 0  # None: the query is not counted
        self._more = False
        self._active = True
        self._stale = False
        self.pages_fetched = 0  # how many queries for rows ran since the last reset
        controller.changed.connect(self._on_changed)

    # what subclasses provide ---------------------------------------------------------------
    def count(self) -> int | None:
        """How many rows the query has in all; None where the services do not count."""
        return None

    def page(self, offset: int, limit: int) -> list[Row]:
        raise NotImplementedError

    def header_titles(self) -> tuple[str, ...]:
        return self.headers

    # rows ------------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many rows the query has in all, loaded or not (loaded ones where uncounted)."""
        return len(self._rows) if self._total is None else self._total

    def row(self, index: int) -> Row:
        found = self.slot(index)
        if found is None:  # the vault changed under us: the page came back short
            raise IndexError(index)
        return found

    def slot(self, index: int) -> Row | None:
        """The row, its page read first if need be; None only if the vault lost it since."""
        if self._rows[index] is None:
            self._fill_page(index)
        return self._rows[index]

    def rows(self) -> list[Row]:
        return [row for row in self._rows if row is not None]

    def _fill_page(self, index: int) -> None:
        start = index // self.page_size * self.page_size
        rows = self._read_page(start, self.page_size)
        for offset, row in enumerate(rows[: len(self._rows) - start]):
            self._rows[start + offset] = row

    def reach_end(self) -> None:
        """Make every row exist (read later, page by page, as shown) and read the last page.
        A list that is not counted loads on as before."""
        total = self._total
        if not self._more or total is None or total <= len(self._rows):
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, total - 1)
        self._rows.extend([None] * (total - first))
        self.endInsertRows()
        self._more = False
        self._fill_page(total - 1)

    def index_of(self, item_id: object) -> QModelIndex:
        """The loaded row whose `id` is `item_id`, or an invalid index."""
        for number, row in enumerate(self._rows):
            if row is not None and getattr(row, "id", None) == item_id:
                return self.index(number, 0)
        return QModelIndex()

    def reload(self, *, keep_loaded: bool = True) -> None:
        """Read again from the start; keeps as many rows loaded as before (scroll position)."""
        wanted = max(self.page_size, len(self._rows)) if keep_loaded else self.page_size
        sparse = keep_loaded and None in self._rows
        self.beginResetModel()
        self._rows, self.pages_fetched, self._stale = [], 0, False
        self._total = self._read_count()
        if sparse and self._total is not None:  # after Ctrl+End: every row stays
            self._rows = [None] * self._total
            if self._total:
                self._fill_page(0)
            self._more = False
        elif self._total is None:
            self._rows = list(self._read_page(0, wanted))
            self._more = len(self._rows) >= wanted
        else:
            if self._total:
                self._rows = list(self._read_page(0, min(wanted, self._total)))
            self._more = len(self._rows) < self._total
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._total, self._more = [], 0, False
        self.endResetModel()

    def set_active(self, active: bool) -> None:
        """Active lists reload at once after a change; inactive ones when shown again."""
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

    # Qt ----------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self.header_titles())

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        rows = self._read_page(len(self._rows), self.page_size)
        if self._total is None:
            self._more = len(rows) >= self.page_size
        elif not rows:
            self._total = len(self._rows)  # the vault changed under us; stop asking
        if not rows:
            self._more = False
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        if self._total is not None:
            self._more = len(self._rows) < self._total

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

    # reading through the controller -----------------------------------------------------------
    def _read_count(self) -> int | None:
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
