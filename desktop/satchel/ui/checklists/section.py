"""The Checklists list: every checklist of every case, with its progress and next date.

Selecting one opens its case. Ctrl+N adds a checklist (from a template) to the case of the
selected row, then opens that case.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from satchel.services.checklists import case_checklists
from satchel.services.checklists.overview import (
    ChecklistOverview,
    count_checklists,
    list_all_checklists,
)
from satchel.services.templates.shipped import list_templates
from satchel.ui.base.list_section import ListSection
from satchel.ui.base.paged_model import PagedTableModel
from satchel.ui.base.text.due_marks import urgency, urgency_color, urgency_icon, urgency_text
from satchel.ui.base.text.formats import format_date
from satchel.ui.base.text.keys import key_text
from satchel.ui.cases.checklists_panel import template_language
from satchel.ui.checklists.review_notice import menu_suffix
from satchel.ui.checklists.template_editor import TemplateEditor
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import Change, VaultController

AnyIndex = QModelIndex | QPersistentModelIndex
CASE_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("case", "progress", "next")  # the checklist's own title is in the tooltip


class ChecklistOverviewModel(PagedTableModel[ChecklistOverview]):
    refresh_on = frozenset({Change.CHECKLIST, Change.CASE})

    def count(self) -> int:
        return int(self._controller.read(count_checklists))

    def page(self, offset: int, limit: int) -> list[ChecklistOverview]:
        rows: list[ChecklistOverview] = self._controller.read(list_all_checklists, offset, limit)
        return rows

    def header_titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Checklists", "Case"),
            QCoreApplication.translate("Checklists", "Progress"),
            QCoreApplication.translate("Checklists", "Next date"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        in_range = index.isValid() and 0 <= index.row() < len(self._rows)
        row = self.slot(index.row()) if in_range else None
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            words = urgency_text(urgency(row.next_due)) if column == "next" else ""
            if column == "case":
                words = row.title
            return ", ".join(part for part in (self._display(row, column), words) if part)
        if role == Qt.ItemDataRole.ToolTipRole and column == "case":
            return f"{row.case_title}\n{row.title}"
        if column == "next":
            return self._urgency_data(row, role)
        return {
            Qt.ItemDataRole.UserRole: row.id,
            CASE_ROLE: row.case_id,
            PROGRESS_ROLE: (row.done, row.counted),
        }.get(role)

    @staticmethod
    def _urgency_data(row: ChecklistOverview, role: int) -> Any:
        level = urgency(row.next_due)
        if role == Qt.ItemDataRole.DecorationRole:
            return urgency_icon(level)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = urgency_color(level)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return urgency_text(level) or None
        return None

    @staticmethod
    def _display(row: ChecklistOverview, column: str) -> str:
        if column == "case":
            return row.case_title
        if column == "progress":
            if not row.counted:
                return QCoreApplication.translate("Checklists", "Nothing needed")
            return QCoreApplication.translate("Checklists", "{0} of {1} done").format(
                row.done, row.counted
            )
        return format_date(row.next_due)


class ProgressDelegate(QStyledItemDelegate):
    """Draws "3 of 5 done" as words above a slim bar: the words never sit on the fill, so
    they read in either theme and at any width (elided, never clipped mid-letter)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        value = index.data(PROGRESS_ROLE)
        if not isinstance(value, tuple):
            super().paint(painter, option, index)
            return
        done, counted = value
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        area = QRect(option.rect).adjusted(6, 2, -6, -8)
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        elided = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        painter.save()
        painter.setPen(palette.color(text_role))
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided
        )
        track = QRect(area.left(), option.rect.bottom() - 6, area.width(), 3)
        painter.fillRect(track, palette.color(QPalette.ColorRole.Mid))
        if counted:
            filled = QRect(track)
            filled.setWidth(round(track.width() * min(done, counted) / counted))
            colour = palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
            )
            painter.fillRect(filled, colour)
        painter.restore()


class ChecklistsSection(ListSection):
    def __init__(
        self, controller: VaultController, host: EditorHost, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, host, ChecklistOverviewModel(controller), parent)
        self.setObjectName("checklistsSection")
        self.view.setObjectName("checklistTable")
        self.view.setAccessibleName(self.tr("Checklists"))
        self.view.stretch_first_column()
        self.view.setItemDelegateForColumn(COLUMNS.index("progress"), ProgressDelegate(self.view))
        self.count_label.setProperty("role", "hint")
        self.templates_button = QPushButton(self.tr("Templates…"))
        self.templates_button.setAccessibleName(self.tr("Edit, import and export templates"))
        self.templates_button.clicked.connect(self.open_templates)
        self.template_editor: TemplateEditor | None = None
        toolbar = QHBoxLayout()
        toolbar.addStretch(1)
        toolbar.addWidget(self.templates_button)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.view.activated.connect(self._open_index)
        self._assemble(toolbar, counted=True)

    # Section ----------------------------------------------------------------------------
    def new_item(self) -> None:
        """Ctrl+N: add a checklist to the selected row's case, from a template."""
        case_id = self.view.currentIndex().data(CASE_ROLE)
        if not isinstance(case_id, uuid.UUID):
            self.count_label.setText(
                self.tr("Select a checklist first: {0} adds to its case.").format(
                    key_text("Ctrl+N")
                )
            )
            return
        key = self._choose_template()
        if key is None:
            return
        new_id = self._controller.change(
            Change.CHECKLIST, case_checklists.add_checklist, case_id, key, lang=template_language()
        )
        if new_id is not None:
            self.select_record(new_id)
            self._open(case_id)

    def open_templates(self) -> TemplateEditor:
        """The template editor, as a window-modal dialog (one at a time)."""
        if self.template_editor is None:
            self.template_editor = TemplateEditor(self._controller, self)
            self.template_editor.finished.connect(self._templates_closed)
        self.template_editor.open()
        return self.template_editor

    def _templates_closed(self, _result: int) -> None:
        if self.template_editor is not None:
            self.template_editor.deleteLater()
            self.template_editor = None

    def _choose_template(self) -> str | None:
        templates = self._controller.run(list_templates, template_language()) or []
        if len(templates) <= 1:
            return templates[0].key if templates else None
        titles = [f"{t.title} {menu_suffix(t.reviewed_on, t.stale)}" for t in templates]
        title, ok = QInputDialog.getItem(
            self, self.tr("Add a checklist"), self.tr("Template:"), titles, 0, False
        )
        if not ok:
            return None
        return templates[titles.index(title)].key

    # selection --------------------------------------------------------------------------
    _current: uuid.UUID | None = None

    def _before_reset(self) -> None:
        current = self.view.currentIndex().data(Qt.ItemDataRole.UserRole)
        self._current = current if isinstance(current, uuid.UUID) else None

    def _after_reset(self) -> None:
        if self._current is not None:
            self.select_record(self._current)
        self._update_state()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = current.data(CASE_ROLE) if current.isValid() else None
        if not self._restoring and isinstance(case_id, uuid.UUID):
            self._open(case_id)

    def _open_index(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ROLE)
        if isinstance(case_id, uuid.UUID):
            self._open(case_id)

    def _open(self, case_id: uuid.UUID) -> None:
        self._host.open_item("case", case_id)

    def empty_text(self) -> str:
        return self.tr(
            "No checklists yet. Open a case and add one, or select a checklist here "
            "and press {0} to add another to its case."
        ).format(key_text("Ctrl+N"))

    def count_text(self, total: int) -> str:
        return self.tr("%n checklist(s)", "", total).replace("(s)", "" if total == 1 else "s")
