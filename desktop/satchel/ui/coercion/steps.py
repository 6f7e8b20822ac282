"""The Back, Cancel and Next row of a dialog that goes step by step (travel, return)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton


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
