"""Keep Satchel's windows out of screenshots, screen recordings and screen sharing.

Windows: SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE) (Windows 10 2004 and later; older
versions fall back to WDA_MONITOR, which shows a black rectangle instead). macOS: the
NSWindow's sharingType set to NSWindowSharingNone. Linux: neither X11 nor Wayland lets an
application hide a window from capture, so the function reports "not supported".

A `CaptureGuard` on the QApplication applies the choice to every top-level window when it
is shown, dialogs included.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from satchel.ui.platform.macos_objc import runtime

_PLATFORM: str = sys.platform  # a plain str: the type checker runs on Linux too

WDA_NONE = 0x0
WDA_MONITOR = 0x1
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1


def capture_exclusion_supported(platform: str = _PLATFORM) -> bool:
    return platform in ("win32", "darwin")


def display_affinities(excluded: bool) -> tuple[int, ...]:
    """Windows affinities to try, best first."""
    return (WDA_EXCLUDEFROMCAPTURE, WDA_MONITOR) if excluded else (WDA_NONE,)


def sharing_type(excluded: bool) -> int:
    """The macOS NSWindowSharingType for the choice (read-only is AppKit's default)."""
    return NS_WINDOW_SHARING_NONE if excluded else NS_WINDOW_SHARING_READ_ONLY


def apply_capture_exclusion(window: QWidget, excluded: bool) -> bool:
    """Hide `window` from capture (or show it again); False where the platform cannot."""
    if not capture_exclusion_supported() or not window.isWindow():
        return False
    if _PLATFORM == "win32":
        return _set_affinity(int(window.winId()), excluded)
    return _set_sharing_type(int(window.winId()), excluded)


def _set_affinity(hwnd: int, excluded: bool) -> bool:
    user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined]
    set_affinity = user32.SetWindowDisplayAffinity
    set_affinity.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    set_affinity.restype = ctypes.c_int
    return any(set_affinity(hwnd, affinity) for affinity in display_affinities(excluded))


def _set_sharing_type(view: int, excluded: bool) -> bool:
    """winId() on macOS is the NSView; its NSWindow carries the sharing type."""
    objc = runtime()
    if objc is None:
        return False
    ns_window = objc.send(view, "window")
    if not ns_window:
        return False
    objc.send(
        ns_window,
        "setSharingType:",
        sharing_type(excluded),
        restype=None,
        argtypes=(ctypes.c_ulong,),
    )
    return True


class CaptureGuard(QObject):
    """Applies the current choice to each top-level window as it is shown."""

    def __init__(self, excluded: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.excluded = excluded
        app = QCoreApplication.instance()
        if app is not None and capture_exclusion_supported():
            app.installEventFilter(self)

    def set_excluded(self, excluded: bool) -> None:
        """Change the choice and apply it to the windows already open."""
        self.excluded = excluded
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                apply_capture_exclusion(widget, excluded)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() in (QEvent.Type.Show, QEvent.Type.WinIdChange)
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            apply_capture_exclusion(watched, self.excluded)
        return False
