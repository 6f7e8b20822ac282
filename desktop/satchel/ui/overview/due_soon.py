"""Due soon: every open checklist date and case deadline across cases, soonest first.

Overdue things come first (their dates are the earliest) and are marked in red with the
word "overdue"; what falls within 30 days is amber. Opening a row opens its case.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QWidget,
)

from satchel.services.notebook import due
from satchel.services.notebook.due import DueItem
from satchel.ui.base.list_section import ListSection
from satchel.ui.base.paged_model import AnyIndex, PagedTableModel
from satchel.ui.base.text.due_marks import (
    Urgency,
    days_text,
    urgency,
    urgency_color,
    urgency_icon,
    urgency_text,
)
from satchel.ui.base.text.formats import format_date
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import Change, VaultController

CASE_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("date", "what", "case")
HORIZONS = (30, 7, 90, None)  # days ahead; None: every date


class DueItemsModel(PagedTableModel[DueItem]):
    refresh_on = frozenset({Change.CHECKLIST, Change.CASE})

    def __init__(self, controller: VaultController) -> None:
        super().__init__(controller)
        self.within_days: int | None = 30

    def page(self, offset: int, limit: int) -> list[DueItem]:
        rows: list[DueItem] = self._controller.read(
            due.due_items, within_days=self.within_days, offset=offset, limit=limit
        )
        return rows

    def header_titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("DueSoon", "Date"),
            QCoreApplication.translate("DueSoon", "What"),
            QCoreApplication.translate("DueSoon", "Case"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        in_range = index.isValid() and 0 <= index.row() < len(self._rows)
        item = self.slot(index.row()) if in_range else None
        if item is None:
            return None
        column = COLUMNS[index.column()]
        level = urgency(item.due_date)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            words = [urgency_text(level), days_text(item.days_left)] if column == "date" else []
            return ", ".join(part for part in (self.display(item, column), *words) if part)
        if column == "date":
            if role == Qt.ItemDataRole.ToolTipRole:
                return ", ".join(
                    part for part in (days_text(item.days_left), urgency_text(level)) if part
                )
            return self._urgency_data(level, role)
        return {Qt.ItemDataRole.UserRole: item.id, CASE_ROLE: item.case_id}.get(role)

    @staticmethod
    def _urgency_data(level: Urgency, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            color = urgency_color(level)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.DecorationRole:
            return urgency_icon(level)
        return None

    @staticmethod
    def display(item: DueItem, column: str) -> str:
        if column == "date":
            return format_date(item.due_date)
        if column == "what":
            if item.kind == "case":
                return QCoreApplication.translate("DueSoon", "Case deadline: {0}").format(
                    item.title
                )
            return item.title
        return item.case_title


class DueSoonSection(ListSection):
    reload_while_hidden = False
    model: DueItemsModel

    def __init__(
        self, controller: VaultController, host: EditorHost, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, host, DueItemsModel(controller), parent)
        self.setObjectName("dueSoonSection")

        self.horizon = QComboBox()
        self.horizon.setAccessibleName(self.tr("How far ahead"))
        for days, text in zip(
            HORIZONS,
            (
                self.tr("Overdue and next 30 days"),
                self.tr("Overdue and next 7 days"),
                self.tr("Overdue and next 90 days"),
                self.tr("All dates"),
            ),
            strict=True,
        ):
            self.horizon.addItem(text, days)
        self.horizon.currentIndexChanged.connect(self._horizon_changed)
        top = QHBoxLayout()
        top.addWidget(self.horizon)
        top.addStretch(1)

        self.view.setObjectName("dueTable")
        self.view.setAccessibleName(self.tr("Due soon"))
        self.view.stretch_columns((COLUMNS.index("what"), COLUMNS.index("case")), drop_order=())
        self.view.activated.connect(self._open)
        self.view.selectionModel().currentRowChanged.connect(self._open)
        self._assemble(top)

    def empty_text(self) -> str:
        return self.tr("Nothing is due. Dates on checklist items show here.")

    def _horizon_changed(self, _index: int) -> None:
        self.model.within_days = self.horizon.currentData()
        self.model.reload()

    def _open(self, index: QModelIndex, *_previous: object) -> None:
        case_id = index.data(CASE_ROLE)
        if isinstance(case_id, uuid.UUID):
            self._host.open_item("case", case_id)
