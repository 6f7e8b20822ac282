"""Where the window opens: inside the screen's available area, where the user left it.

A laptop at 1366x768 with a panel, or at 150 % scaling (911x512 logical pixels), has less
room than the window would like; the window is never larger than the space it gets, so the
status bar with Lock stays on screen. The last size and position are kept in the app
settings as four numbers and a flag: nothing about a vault, no path.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

PREFERRED = QSize(1280, 800)


def fit_rect(available: QRect, saved: QRect | None, minimum: QSize) -> QRect:
    """The saved rectangle if it still fits on this screen, else the preferred size (or the
    screen's size, whichever is smaller), moved inside the available area.

    `minimum` is the window's own smallest size; it is honoured only where the screen
    allows, so a tiny screen gets a window that fits rather than one that overflows."""
    wanted = saved.size() if saved is not None and saved.isValid() else PREFERRED
    width = min(max(wanted.width(), minimum.width()), available.width())
    height = min(max(wanted.height(), minimum.height()), available.height())
    if saved is not None and saved.isValid():
        left, top = saved.x(), saved.y()
    else:
        left = available.x() + (available.width() - width) // 2
        top = available.y() + (available.height() - height) // 2
    left = min(max(left, available.x()), available.x() + available.width() - width)
    top = min(max(top, available.y()), available.y() + available.height() - height)
    return QRect(left, top, width, height)
