"""The Cases list: filters, a lazy sortable table, and Ctrl+N for a new case."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from satchel.services.notebook.cases import CASE_STATUSES, CaseFilter, create_case
from satchel.ui.base.list_section import RecordListSection
from satchel.ui.base.text.keys import key_text
from satchel.ui.base.text.labels import status_label
from satchel.ui.base.widgets.inline_entry import EscapeLineEdit
from satchel.ui.cases.editor import CaseEditor
from satchel.ui.cases.list_model import (
    COLUMNS,
    ID_ROLE,
    UNSORTABLE,
    CaseListModel,
    ProgressDelegate,
)
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import Change, VaultController

DUE_WINDOWS = (None, -1, 0, 7, 30)  # days from today; -1 is "overdue"


class CasesSection(RecordListSection):
    id_role = ID_ROLE
    make_editor = CaseEditor
    model: CaseListModel

    def __init__(
        self, controller: VaultController, host: EditorHost, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, host, CaseListModel(controller), parent)
        self.setObjectName("casesSection")
        self.view.setObjectName("caseTable")
        self.view.setAccessibleName(self.tr("Cases"))
        # Narrow: Updated goes first, then Priority, Progress, Status; Due stays longest.
        self.view.stretch_first_column(drop_order=(5, 2, 4, 1, 3))
        self._build_filters()
        self._build_new_bar()
        self._assemble(self._filter_row, self.new_bar, counted=True)
        # The services' default order: most recently changed first.
        self.view.horizontalHeader().setSortIndicator(
            COLUMNS.index("updated"), Qt.SortOrder.DescendingOrder
        )
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.view.setItemDelegateForColumn(COLUMNS.index("progress"), ProgressDelegate(self.view))

    # building ------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in CASE_STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.tag_filter = EscapeLineEdit()
        self.tag_filter.setPlaceholderText(self.tr("Tag"))
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.tag_filter.setClearButtonEnabled(True)
        self.tag_filter.setMaximumWidth(160)
        # The word "Tag" stays readable in every language; the clear button needs room too.
        placeholder = self.tag_filter.fontMetrics().horizontalAdvance(self.tr("Tag"))
        self.tag_filter.setMinimumWidth(min(160, placeholder + 4 * self.fontMetrics().height()))
        self.tag_filter.escaped.connect(self.tag_filter.clear)
        self.due_filter = QComboBox()
        self.due_filter.setAccessibleName(self.tr("Filter by due date"))
        for days, text in zip(
            DUE_WINDOWS,
            (
                self.tr("Any due date"),
                self.tr("Overdue"),
                self.tr("Due today"),
                self.tr("Due within 7 days"),
                self.tr("Due within 30 days"),
            ),
            strict=True,
        ):
            self.due_filter.addItem(text, days)
        self.new_button = QPushButton(self.tr("New case"))
        self.new_button.setObjectName("newCaseButton")
        self.new_button.setToolTip(self.tr("Add a case ({0})").format(key_text("Ctrl+N")))
        self.new_button.setAccessibleName(self.tr("New case"))
        self.new_button.clicked.connect(self.new_item)

        self._tag_timer = QTimer(self)
        self._tag_timer.setSingleShot(True)
        self._tag_timer.setInterval(300)
        self._tag_timer.timeout.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.due_filter.currentIndexChanged.connect(self._apply_filter)
        self.tag_filter.textChanged.connect(self._tag_timer.start)

        self._filter_row = QHBoxLayout()
        self._filter_row.setSpacing(8)
        self._filter_row.addWidget(self.status_filter)
        self._filter_row.addWidget(self.tag_filter)
        self._filter_row.addWidget(self.due_filter)
        self._filter_row.addStretch(1)
        self._filter_row.addWidget(self.new_button)

    def _build_new_bar(self) -> None:
        self.new_bar = QFrame()
        self.new_bar.setObjectName("newCaseBar")
        self.new_title = self.new_entry = EscapeLineEdit()
        self.new_title.setPlaceholderText(self.tr("Title of the new case"))
        self.new_title.setAccessibleName(self.tr("Title of the new case"))
        self.new_title.setMaxLength(200)
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setAccessibleName(self.tr("Create the case"))
        self.create_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel the new case"))
        row = QHBoxLayout(self.new_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_title, 1)
        row.addWidget(self.create_button)
        row.addWidget(cancel)
        self.new_bar.hide()
        self.new_title.returnPressed.connect(self._create_case)
        self.new_title.escaped.connect(self._cancel_new)
        self.new_title.textChanged.connect(
            lambda text: self.create_button.setEnabled(bool(text.strip()))
        )
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._create_case)
        cancel.clicked.connect(self._cancel_new)

    # Section -------------------------------------------------------------------------------
    def _create_case(self) -> None:
        title = self.new_title.text().strip()
        if not title:
            return
        case_id = self._controller.change(Change.CASE, create_case, title=title)
        if case_id is not None:
            self._created(case_id)

    # filters -------------------------------------------------------------------------------
    def _apply_filter(self) -> None:
        days = self.due_filter.currentData()
        due_before = None if days is None else dt.date.today() + dt.timedelta(days=int(days))
        self.model.set_filter(
            CaseFilter(
                status=self.status_filter.currentData(),
                tag=self.tag_filter.text().strip().lstrip("#") or None,
                due_before=due_before,
            )
        )

    # keeping the place across reloads -------------------------------------------------------
    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on a column the services cannot sort by leaves the current order shown."""
        if 0 <= column < len(COLUMNS) and COLUMNS[column] in UNSORTABLE:
            key, descending = self.model.sort_key
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header = self.view.horizontalHeader()
            blocked = header.blockSignals(True)
            header.setSortIndicator(COLUMNS.index(key), order)
            header.blockSignals(blocked)

    def empty_text(self) -> str:
        if self.model.case_filter != CaseFilter():
            return self.tr("No cases match these filters.")
        return self.tr("No cases yet — press {0} to add the first one.").format(key_text("Ctrl+N"))

    def count_text(self, total: int) -> str:
        return self.tr("Cases: %n", "", total)
