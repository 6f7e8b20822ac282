"""The case list as a lazy Qt model: a page of cases at a time, sorted and filtered by SQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from satchel.services.notebook.cases import CaseFilter, count_cases, list_cases
from satchel.services.notebook.views import CaseSummary
from satchel.ui.base.paged_model import PAGE_SIZE, PagedTableModel
from satchel.ui.base.text.formats import format_date
from satchel.ui.base.text.labels import priority_label, status_label
from satchel.ui.shell.vault_controller import Change, VaultController

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # (done, counted)

# Column → the services' sort key. The model never sorts rows in Python.
COLUMNS = ("title", "status", "priority", "due", "progress", "updated")
UNSORTABLE = frozenset({"progress"})  # counted per page; the services cannot order by it
OVERDUE = QColor("#c0392b")
PROGRESS_BAR = QColor("#2e8b57")


def progress_text(progress: tuple[int, int]) -> str:
    done, counted = progress
    return f"{done}/{counted}" if counted else ""


def progress_spoken(progress: tuple[int, int]) -> str:
    done, counted = progress
    if not counted:
        return QCoreApplication.translate("Cases", "No checklist items")
    return QCoreApplication.translate("Cases", "{0} of {1} done").format(done, counted)


class CaseListModel(PagedTableModel[CaseSummary]):
    refresh_on = frozenset(
        {Change.CASE, Change.NOTE, Change.CHECKLIST, Change.PERSON, Change.ATTACHMENT}
    )

    def __init__(self, controller: VaultController, page_size: int = PAGE_SIZE) -> None:
        super().__init__(controller, page_size)
        self._filter = CaseFilter()
        self._sort = "updated"
        self._descending = True

    # query -------------------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_filter(self, where: CaseFilter) -> None:
        if where != self._filter:
            self._filter = where
            self.reload(keep_loaded=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column] in UNSORTABLE:
            return
        key, descending = COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self.pages_fetched:
            return
        self._sort, self._descending = key, descending
        self.reload(keep_loaded=False)

    def count(self) -> int:
        return int(self._controller.read(count_cases, self._filter))

    def page(self, offset: int, limit: int) -> list[CaseSummary]:
        """A page; one in the second half of a counted list is read from the end (Ctrl+End
        and the rows near it cost a short read, not a walk past every case before them)."""
        total = self._total
        from_end = total is not None and offset + limit // 2 > total // 2
        if from_end and total is not None:
            stop = min(offset + limit, total)
            offset, limit = total - stop, max(stop - offset, 0)
            if not limit:
                return []
        rows: list[CaseSummary] = self._controller.read(
            list_cases,
            self._filter,
            sort=self._sort,
            descending=self._descending,
            offset=offset,
            limit=limit,
            from_end=from_end,
        )
        return rows

    # Qt ------------------------------------------------------------------------------------
    def header_titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Cases", "Title"),
            QCoreApplication.translate("Cases", "Status"),
            QCoreApplication.translate("Cases", "Priority"),
            QCoreApplication.translate("Cases", "Due"),
            QCoreApplication.translate("Cases", "Progress"),
            QCoreApplication.translate("Cases", "Updated"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self.slot(index.row())
        if case is None:
            return None
        column = COLUMNS[index.column()]
        value: Any = None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "progress":
            value = progress_spoken(case.progress)
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self._display(case, column)
        elif role == ID_ROLE:
            value = case.id
        elif role == PROGRESS_ROLE:
            value = case.progress
        elif role == Qt.ItemDataRole.ToolTipRole and column == "progress":
            value = progress_spoken(case.progress)
        elif role == Qt.ItemDataRole.ToolTipRole:
            value = self._tooltip(case)
        elif role == Qt.ItemDataRole.ForegroundRole and column == "due" and self._overdue(case):
            value = QBrush(OVERDUE)
        elif role == Qt.ItemDataRole.FontRole and (column, case.priority) == ("priority", "urgent"):
            value = QFont()
            value.setBold(True)
        return value

    @staticmethod
    def _display(case: CaseSummary, column: str) -> str:
        if column == "title":
            return case.title
        if column == "status":
            return status_label(case.status)
        if column == "priority":
            return priority_label(case.priority)
        if column == "due":
            return format_date(case.due_date)
        if column == "progress":
            return progress_text(case.progress)
        return format_date(case.updated_at)

    @staticmethod
    def _overdue(case: CaseSummary) -> bool:
        return (
            case.due_date is not None
            and case.status != "closed"
            and case.due_date < dt.date.today()
        )

    @staticmethod
    def _tooltip(case: CaseSummary) -> str:
        lines = [case.title]
        if case.next_action:
            lines.append(QCoreApplication.translate("Cases", "Next: {0}").format(case.next_action))
        if case.tags:
            lines.append(
                QCoreApplication.translate("Cases", "Tags: {0}").format(", ".join(case.tags))
            )
        return "\n".join(lines)


class ProgressDelegate(QStyledItemDelegate):
    """The progress column: its "3/12" text with a thin bar along the bottom of the cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        progress = index.data(PROGRESS_ROLE)
        if not progress or not progress[1]:
            return
        done, counted = progress
        rect: QRect = option.rect
        track = QRect(rect.left() + 4, rect.bottom() - 3, max(rect.width() - 8, 0), 2)
        painter.save()
        painter.fillRect(track, QColor(128, 128, 128, 60))
        painter.fillRect(
            QRect(track.left(), track.top(), track.width() * done // counted, 2), PROGRESS_BAR
        )
        painter.restore()
