"""Locking without the Lock button: after a time without input, and Ctrl+L from anywhere.

AutoLock locks after the vault's own "lock after inactivity" time without any input.
The time is read from the vault (services.vault_settings) at every unlock and whenever the
settings change; "never" turns the timer off. Any key, click, wheel or pointer movement in
any Satchel window starts the count again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, QTimer

from satchel.services.core.settings import load_settings
from satchel.ui.base.widgets.app_chord import AppChord
from satchel.ui.shell.vault_controller import Change, VaultController

MINUTE_MS = 60_000
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class AutoLock(QObject):
    def __init__(
        self, controller: VaultController, parent: QObject | None = None, minute_ms: int = MINUTE_MS
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._minute_ms = minute_ms
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expired)
        controller.unlocked.connect(self.reload)
        controller.locked.connect(self.timer.stop)
        controller.changed.connect(self._on_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def reload(self) -> None:
        """Read the vault's setting and start counting (or stop, for "never")."""
        self.timer.stop()
        if not self._controller.is_unlocked:
            return
        minutes = self._controller.run(load_settings)
        if minutes is None or minutes.auto_lock_minutes is None:
            return
        self.timer.setInterval(minutes.auto_lock_minutes * self._minute_ms)
        self.timer.start()

    def _on_changed(self, kind: str) -> None:
        if kind == Change.SETTINGS:
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.timer.isActive() and event.type() in _INPUT:
            self.timer.start()  # restarts the count
        return False

    def _expired(self) -> None:
        if self._controller.is_unlocked:
            self._controller.lock()


def lock_chord(controller: VaultController, parent: QObject) -> AppChord:
    """Ctrl+L locks from anywhere in Satchel, an open (even modal) dialog included."""
    chord = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)
    return AppChord(chord, lambda: controller.is_unlocked, controller.lock, parent)
