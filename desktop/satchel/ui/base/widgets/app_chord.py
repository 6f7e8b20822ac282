"""A key chord caught for the whole application, an open (even modal) dialog included.

A window shortcut only fires in its window, and a modal dialog blocks even an application
shortcut; the chords that protect the user (lock, panic wipe) must work from anywhere, so
the key press is caught by an event filter on the application instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject
from PySide6.QtGui import QKeyEvent


class AppChord(QObject):
    """Calls `action` when `chord` is pressed anywhere while `active()` says so; the key
    press is then consumed, so no field also receives it."""

    def __init__(
        self,
        chord: QKeyCombination,
        active: Callable[[], bool],
        action: Callable[[], object],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.chord = chord
        self._active = active
        self._action = action
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.keyCombination() == self.chord
            and self._active()
        ):
            self._action()
            return True
        return super().eventFilter(watched, event)
