"""A short-lived "Case deleted — Undo" in the status bar, after a delete or an unlink.

Screens call VaultController.offer_undo(message, undo); the bar shows it with an Undo
button (also Ctrl+Shift+Z while shown) for UNDO_SECONDS, or until the next offer or a lock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from satchel.ui.base.text.keys import key_text
from satchel.ui.shell.vault_controller import VaultController

UNDO_SECONDS = 12


class UndoBar(QFrame):
    def __init__(self, controller: VaultController, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("undoBar")
        self._controller = controller
        self._undo: Callable[[], object] | None = None
        self.message = QLabel()
        self.message.setObjectName("undoMessage")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setToolTip(self.tr("Undo ({0})").format(key_text("Ctrl+Shift+Z")))
        self.undo_button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.undo_button)
        self.shortcut = QShortcut(QKeySequence("Ctrl+Shift+Z"), window, self.undo)
        self.shortcut.setEnabled(False)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_SECONDS * 1000)
        self.timer.timeout.connect(self.dismiss)
        controller.undoable.connect(self.offer)
        controller.locking.connect(self.dismiss)
        self.hide()

    def offer(self, message: str, undo: Callable[[], object]) -> None:
        self._undo = undo
        self.message.setText(message)
        self.undo_button.setAccessibleName(self.tr("Undo: {0}").format(message))
        self.shortcut.setEnabled(True)
        self.show()
        self.timer.start()

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.dismiss()
        if undo is not None and self._controller.is_unlocked:
            undo()

    def dismiss(self) -> None:
        self.timer.stop()
        self._undo = None
        self.shortcut.setEnabled(False)
        self.hide()
