"""A dialog's body that scrolls only when the screen is too short for it.

Where the screen has room, it is exactly as tall as its content, so nothing looks
different; where `fit_height` caps the dialog at the screen's height (1366x768 at 125 %
leaves 614 pixels, less a title bar), the body scrolls and the dialog's buttons stay on
the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FittingScrollArea(QScrollArea):
    # The body's content changed size (a message shown, the style applied on first show):
    # the dialog fits its height again (fit_height), once per round of the event loop.
    content_changed = Signal()

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._body = body
        self._announced = False
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        body.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The body's content changed (a field shown, a message): the height this area asks
        of the dialog changes with it; QScrollArea alone would keep asking the old one."""
        if watched is self._body and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            if not self._announced:
                self._announced = True
                QTimer.singleShot(0, self, self._announce)  # not after the area is gone
        return super().eventFilter(watched, event)

    def _announce(self) -> None:
        self._announced = False
        self.content_changed.emit()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        # At the width left beside a scroll bar: measured without it, a bar that appears
        # narrows the text, which then wraps taller than measured and keeps the bar.
        inner = width - self.verticalScrollBar().sizeHint().width()
        wanted = self._body.heightForWidth(inner)
        return wanted if wanted > 0 else self._body.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self._body.sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(self.width(), hint.width())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the body allows, and a few lines tall: the rest scrolls."""
        lines = 6 * self.fontMetrics().height()
        return QSize(self._body.minimumSizeHint().width(), lines)
