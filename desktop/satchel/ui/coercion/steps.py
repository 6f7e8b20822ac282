"""The Back, Cancel and Next row, and the pages, of a dialog that goes step by step."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget


class Steps(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.back = QPushButton(self.tr("&Back"))
        self.back.setObjectName("stepBack")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("stepCancel")
        self.next = QPushButton()
        self.next.setObjectName("stepNext")
        self.next.setProperty("primary", True)
        self.row = QHBoxLayout()
        self.row.addWidget(self.back)
        self.row.addStretch(1)
        self.row.addWidget(self.cancel)
        self.row.addWidget(self.next)


class PageStack(QWidget):
    """One page shown at a time, the others hidden, so the dialog is as tall as the page
    shown (QStackedWidget's height-for-width takes its tallest page: blank space)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = -1

    def addWidget(self, page: QWidget) -> None:  # noqa: N802 - QStackedWidget's name
        page.setVisible(not self._pages)
        self._pages.append(page)
        self._layout.addWidget(page)
        self._current = max(self._current, 0)

    def count(self) -> int:
        return len(self._pages)

    def currentIndex(self) -> int:  # noqa: N802 - QStackedWidget's name
        return self._current

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - QStackedWidget's name
        self._current = index
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)
