"""Small pieces shared by the list sections: an Esc-aware line edit and the list's table view."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget


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

    def stretch_first_column(
        self, widths: tuple[int, ...], drop_order: tuple[int, ...] | None = None
    ) -> None:
        """The first column (the title) takes the room left by the others. When the list is
        too narrow for a readable title (a 1024 px window, 150 % scaling), other columns are
        hidden, in `drop_order` (default: from the right), until the title has its room."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(widths, start=1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        self._widths = widths
        self._drop_order = drop_order or tuple(range(len(widths), 0, -1))
        self._fit_columns()

    def title_room(self) -> int:
        """The narrowest the title column may get: about 24 characters of the current font."""
        return self.fontMetrics().averageCharWidth() * 24

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        widths = getattr(self, "_widths", ())
        if not widths:
            return
        room = self.viewport().width()
        used = sum(widths)
        hidden: set[int] = set()
        for column in self._drop_order:
            if room - used >= self.title_room():
                break
            hidden.add(column)
            used -= widths[column - 1]
        for column in range(1, len(widths) + 1):
            if self.isColumnHidden(column) != (column in hidden):
                self.setColumnHidden(column, column in hidden)
                if column not in hidden:
                    self.setColumnWidth(column, widths[column - 1])


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
