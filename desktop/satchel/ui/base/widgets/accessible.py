"""Small fixes Qt leaves to the app so that keyboard and screen-reader users reach everything.

A QLineEdit's trailing action (show/hide passphrase) is a button Tab never visits and a
screen reader cannot name; a table's header and a search box's clear button have no name;
Tab follows the order widgets were made in, not the order they are seen in.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QToolButton,
    QWidget,
)


def _buttons_of(line_edit: QLineEdit, action: QAction) -> list[QToolButton]:
    return [
        button for button in line_edit.findChildren(QToolButton) if button.defaultAction() is action
    ]


def _name_after(button: QToolButton, action: QAction) -> None:
    button.setAccessibleName(action.text())
    button.setToolTip(action.text())


def reachable_action(line_edit: QLineEdit, action: QAction) -> None:
    """Let Tab reach the button Qt draws for `action` inside `line_edit`, named as the action.

    Call after `line_edit.addAction(action, ...)`. Space or Enter on it triggers the action.
    """
    for button in _buttons_of(line_edit, action):
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(action.text())
        button.setToolTip(action.text())
        action.changed.connect(lambda b=button: _name_after(b, action))


class AccessibleDefaults(QObject):
    """Names Qt's own parts as they are first shown, in the language of the moment: every
    table's header row and every line edit's clear button, wherever they are made."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QWidget)
            and not watched.accessibleName()
            and (name := default_name(watched))
        ):
            watched.setAccessibleName(name)
            if isinstance(watched, QToolButton):
                watched.setToolTip(name)
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QToolButton)
            and watched.hasFocus()
            and isinstance(watched.parentWidget(), QLineEdit)
        ):
            watched.event(event)  # Qt draws the icon; then the ring that shows the focus
            _focus_ring(watched)
            return True
        field = watched.parentWidget() if isinstance(watched, QToolButton) else None
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QToolButton)
            and isinstance(field, QLineEdit)
            and watched.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            QWidget.setTabOrder(field, watched)  # right after its field
        return False


def _focus_ring(button: QToolButton) -> None:
    painter = QPainter(button)
    pen = QPen(button.palette().color(QPalette.ColorRole.Highlight))
    pen.setWidth(2)
    painter.setPen(pen)
    painter.drawRoundedRect(button.rect().adjusted(1, 1, -1, -1), 3, 3)
    painter.end()


def default_name(widget: QWidget) -> str:
    if isinstance(widget, QHeaderView):
        if widget.orientation() == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Accessible", "Column headings")
        return QCoreApplication.translate("Accessible", "Row headings")
    if isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QLineEdit):
        action = widget.defaultAction()
        if action is not None and action.objectName() == "_q_qlineeditclearaction":
            return QCoreApplication.translate("Accessible", "Clear the text")
    return ""


def install_accessible_defaults(app: QCoreApplication) -> AccessibleDefaults:
    defaults = AccessibleDefaults(app)
    app.installEventFilter(defaults)
    return defaults


# Tab in reading order ---------------------------------------------------------------------
_COMPOUND = (QComboBox, QAbstractSpinBox, QAbstractItemView)
ROW_TOLERANCE = 12  # px: widgets whose middles are this close share a row


def _part_of_another_control(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, _COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def reading_order(page: QWidget) -> list[QWidget]:
    """`page`'s focusable widgets top to bottom, and left to right within a row."""
    found = [
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisibleTo(page)
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and not _part_of_another_control(widget, page)
    ]
    return _rows(page, found)


def _rows(page: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    spots = []
    for widget in widgets:
        corner = widget.mapTo(page, QPoint(0, 0))
        spots.append((corner.y() + widget.height() // 2, corner.x(), widget))
    spots.sort(key=lambda spot: (spot[0], spot[1]))
    ordered: list[QWidget] = []
    row: list[tuple[int, int, QWidget]] = []
    for spot in spots:
        if row and spot[0] - row[0][0] > ROW_TOLERANCE:
            ordered += [widget for _y, _x, widget in sorted(row, key=lambda s: s[1])]
            row = []
        row.append(spot)
    ordered += [widget for _y, _x, widget in sorted(row, key=lambda s: s[1])]
    return ordered


class ReadingOrder(QObject):
    """Keeps Tab going down the page as the eye does, also through parts built later (a
    checklist's items arrive after the buttons below them were made)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._page and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.Show,
            QEvent.Type.Resize,
        ):
            self._timer.start()
        return False

    def apply(self) -> None:
        ordered = reading_order(self._page)
        for first, second in itertools.pairwise(ordered):
            QWidget.setTabOrder(first, second)


def keep_reading_order(page: QWidget) -> ReadingOrder:
    return ReadingOrder(page)
