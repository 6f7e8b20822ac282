"""One small interface for "the computer is being left": screen lock, session switch, sleep.

Each platform tells us in its own way (logind and the screensaver over D-Bus on Linux,
session notifications on Windows, workspace notifications on macOS); the shell only sees
`lock_requested(reason)` and locks the vault. A platform we cannot watch gets a watcher that
never fires, and says nothing: a missing bus is normal on many systems, not an error.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

# Why the lock was requested; for tests and for the activity log's wording, never shown raw.
SCREEN_LOCK = "screen-lock"
SESSION_SWITCH = "session-switch"
SUSPEND = "suspend"
MINIMIZE = "minimize"


class SessionEvents(QObject):
    """Emits `lock_requested` when the OS says the user is leaving; the base never does."""

    lock_requested = Signal(str)

    def request_lock(self, reason: str) -> None:
        self.lock_requested.emit(reason)


def backend_name(platform: str) -> str:
    """Which backend serves a `sys.platform` value: "windows", "macos", "dbus" or "none"."""
    if platform == "win32":
        return "windows"
    if platform == "darwin":
        return "macos"
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return "dbus"
    return "none"


def watch_session_events(window: QWidget, platform: str = sys.platform) -> SessionEvents:
    """The watcher for this platform, owned by `window` (Windows needs its native handle)."""
    backend = backend_name(platform)
    # Each backend is imported only where it runs: they load OS libraries at start.
    if backend == "dbus":
        from satchel.ui.platform.session_events_linux import DBusSessionEvents  # noqa: PLC0415

        return DBusSessionEvents(window)
    if backend == "windows":
        from satchel.ui.platform.session_events_windows import WindowsSessionEvents  # noqa: PLC0415

        return WindowsSessionEvents(window)
    if backend == "macos":
        from satchel.ui.platform.session_events_macos import MacSessionEvents  # noqa: PLC0415

        return MacSessionEvents(window)
    return SessionEvents(window)
