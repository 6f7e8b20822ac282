"""Windows: lock on workstation lock, session disconnect and suspend.

WTSRegisterSessionNotification asks Windows to send our top-level window
WM_WTSSESSION_CHANGE (lock, console or remote disconnect); every top-level window also gets
WM_POWERBROADCAST with PBT_APMSUSPEND before sleep. A QAbstractNativeEventFilter sees both
as "windows_generic_MSG". Registration waits for the window's first Show, when it has its
native handle.

The module imports anywhere (ctypes only, no windll at import); the tests on Linux check the
message table, not the Windows calls.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from ctypes import wintypes

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from satchel.ui.platform.session_events import SCREEN_LOCK, SESSION_SWITCH, SUSPEND, SessionEvents

_PLATFORM: str = sys.platform  # a plain str: the type checker runs on Linux too

WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
NATIVE_MESSAGE = b"windows_generic_MSG"

SESSION_CHANGES = {
    WTS_SESSION_LOCK: SCREEN_LOCK,
    WTS_CONSOLE_DISCONNECT: SESSION_SWITCH,
    WTS_REMOTE_DISCONNECT: SESSION_SWITCH,
}


def reason_for_message(message: int, wparam: int) -> str | None:
    """What a window message means for the vault, or None for everything else."""
    if message == WM_WTSSESSION_CHANGE:
        return SESSION_CHANGES.get(wparam)
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return SUSPEND
    return None


class SessionMessageFilter(QAbstractNativeEventFilter):
    """Reads each Windows MSG Qt sees; calls `on_reason` for those that mean "lock"."""

    def __init__(self, on_reason: Callable[[str], None]) -> None:
        super().__init__()
        self._on_reason = on_reason

    def nativeEventFilter(  # noqa: N802 - Qt's name
        self,
        event_type: QByteArray | bytes | bytearray | memoryview,
        message: int,
    ) -> object:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        address = int(message)  # a shiboken VoidPtr on Windows
        if kind == NATIVE_MESSAGE and address:
            msg = wintypes.MSG.from_address(address)
            reason = reason_for_message(int(msg.message), int(msg.wParam or 0))
            if reason is not None:
                self._on_reason(reason)
        return False, 0  # never swallow the message: Windows and Qt still need it


class WindowsSessionEvents(SessionEvents):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._hwnd: int | None = None
        self._filter = SessionMessageFilter(self.request_lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)
            native_filter = self._filter
            self.destroyed.connect(lambda: _uninstall(native_filter))
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Show and self._hwnd is None:
            self._hwnd = int(self._window.winId())
            if _register(self._hwnd):
                hwnd = self._hwnd
                self.destroyed.connect(lambda: _unregister(hwnd))
        return False


def _wtsapi() -> ctypes.WinDLL | None:  # type: ignore[name-defined]
    if _PLATFORM != "win32":
        return None
    return ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]


def _register(hwnd: int) -> bool:
    wtsapi = _wtsapi()
    if wtsapi is None:
        return False
    register = wtsapi.WTSRegisterSessionNotification
    register.argtypes = [wintypes.HWND, wintypes.DWORD]
    register.restype = wintypes.BOOL
    return bool(register(hwnd, NOTIFY_FOR_THIS_SESSION))


def _unregister(hwnd: int) -> None:
    wtsapi = _wtsapi()
    if wtsapi is not None:
        unregister = wtsapi.WTSUnRegisterSessionNotification
        unregister.argtypes = [wintypes.HWND]
        unregister.restype = wintypes.BOOL
        unregister(hwnd)


def _uninstall(native_filter: QAbstractNativeEventFilter) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.removeNativeEventFilter(native_filter)
