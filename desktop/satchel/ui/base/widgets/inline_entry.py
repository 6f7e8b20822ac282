"""Small pieces shared by the list sections: an Esc-aware line edit and the list's table view."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from satchel.ui.base.widgets.column_widths import column_width


class EscapeLineEdit(QLineEdit):
    """A line edit that takes Esc for itself (to cancel), before any window shortcut."""

    escaped = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ListTableView(QTableView):
    """A calm, row-selecting table for the centre lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        self._stretched: tuple[int, ...] = ()
        self._sized: tuple[int, ...] = ()
        self._drop_order: tuple[int, ...] = ()
        self._widths: dict[int, int] = {}
        self._measure_timer = QTimer(self)
        self._measure_timer.setSingleShot(True)
        self._measure_timer.setInterval(0)
        self._measure_timer.timeout.connect(self._measure)

    def stretch_first_column(self, drop_order: tuple[int, ...] | None = None) -> None:
        """The first column (the title) stretches; see `stretch_columns`."""
        self.stretch_columns((0,), drop_order)

    def stretch_columns(
        self, stretched: tuple[int, ...] = (0,), drop_order: tuple[int, ...] | None = None
    ) -> None:
        """The `stretched` columns (the title) take the room the others leave; every other
        column is as wide as its header's text and its visible cells, measured in the current
        font, so a translated header is never cut. When the list is too narrow for a
        readable title (a 1024 px window, 150 % scaling), other columns are hidden, in
        `drop_order` (default: from the right), until the title has its room."""
        header = self.horizontalHeader()
        model = self.model()
        assert model is not None, "set the model first"
        self._stretched = stretched
        self._sized = tuple(c for c in range(model.columnCount()) if c not in stretched)
        for column in stretched:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in self._sized:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._drop_order = tuple(reversed(self._sized)) if drop_order is None else drop_order
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self._measure_soon)
        model.headerDataChanged.connect(self._measure_soon)
        self._measure()

    def title_room(self) -> int:
        """The narrowest the title column may get: about 24 characters of the current font."""
        return self.fontMetrics().averageCharWidth() * 24

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._measure_soon()  # the rows now on screen are the ones to measure

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measure_soon()

    def _measure_soon(self, *_args: object) -> None:
        """Rows arrive a page at a time: measure once they have, not at every signal."""
        self._measure_timer.start()

    def _measure(self) -> None:
        self._widths = {column: column_width(self, column) for column in self._sized}
        for column, width in self._widths.items():
            if not self.isColumnHidden(column) and self.columnWidth(column) != width:
                self.setColumnWidth(column, width)
        self._fit_columns()

    def _fit_columns(self) -> None:
        widths = self._widths
        if not widths:
            return
        room = self.viewport().width()
        used = sum(widths.values())
        hidden: set[int] = set()
        for column in self._drop_order:
            if room - used >= self.title_room():
                break
            hidden.add(column)
            used -= widths[column]
        for column, width in widths.items():
            if self.isColumnHidden(column) != (column in hidden):
                self.setColumnHidden(column, column in hidden)
                if column not in hidden:
                    self.setColumnWidth(column, width)


def tab_before(widgets: list[QWidget], anchor: QWidget) -> None:
    """Put `widgets` (made after the rest of the form) into the Tab order just before `anchor`.

    Qt ignores setTabOrder for widgets that take no focus, so the chain starts from the
    nearest focusable widget before `anchor`.
    """
    if not widgets:
        return
    previous = anchor.previousInFocusChain()
    while (
        previous is not None
        and previous is not anchor
        and (
            any(previous is w for w in widgets)
            or not previous.focusPolicy() & Qt.FocusPolicy.TabFocus
        )
    ):
        previous = previous.previousInFocusChain()
    if previous is None:
        previous = anchor
    chain = [*widgets, anchor] if previous is anchor else [previous, *widgets, anchor]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
