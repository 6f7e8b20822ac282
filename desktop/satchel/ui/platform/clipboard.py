"""Copy one secret field: marked for clipboard managers, cleared again after a short delay.

The text goes out beside the platform's "this is a secret" formats (SECRET_FORMATS), so
clipboard managers and history that honour them keep no copy:
  - X11/Wayland: `x-kde-passwordManagerHint: secret` (Klipper, CopyQ and others);
  - Windows: ExcludeClipboardContentFromMonitorProcessing, and CanIncludeInClipboardHistory
    and CanUploadToCloudClipboard as DWORD 0 (Win+V history and cloud clipboard). Qt writes
    `application/x-qt-windows-mime;value="Name"` as the registered clipboard format "Name";
  - macOS: org.nspasteboard.ConcealedType (nspasteboard.org). Qt has no MIME name that
    reaches the pasteboard as that type (any other MIME becomes
    "com.trolltech.anymime.<mime>"), so `conceal_on_pasteboard` adds it through AppKit;
    the MIME form is kept for Qt-based tools, which read it back by that name.
On X11 the primary selection gets the same text when Qt supports it (middle-click paste).

After the vault's clipboard delay, and when the vault locks, each clipboard is cleared, but
only while it still holds what we put there: something the user copied since is left alone.
"""

from __future__ import annotations

import ctypes
import struct
import sys

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

from satchel.services.core.settings import load_settings
from satchel.ui.platform.macos_objc import runtime
from satchel.ui.shell.vault_controller import VaultController

SECRET_HINT_TYPE = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type name
SECRET_HINT_VALUE = b"secret"
DEFAULT_SECONDS = 10
MACOS_CONCEALED_TYPE = "org.nspasteboard.ConcealedType"
_DWORD_ZERO = struct.pack("<I", 0)


def _windows_format(name: str) -> str:
    return f'application/x-qt-windows-mime;value="{name}"'


# Platform family -> (MIME type, data) pairs that go out beside the text.
SECRET_FORMATS: dict[str, tuple[tuple[str, bytes], ...]] = {
    "windows": (
        (_windows_format("ExcludeClipboardContentFromMonitorProcessing"), b"\x01\x00\x00\x00"),
        (_windows_format("CanIncludeInClipboardHistory"), _DWORD_ZERO),
        (_windows_format("CanUploadToCloudClipboard"), _DWORD_ZERO),
    ),
    "macos": (("application/x-nspasteboard-concealed-type", b""),),
    "x11": ((SECRET_HINT_TYPE, SECRET_HINT_VALUE),),
}


def platform_family(platform: str = sys.platform) -> str:
    if platform == "win32":
        return "windows"
    if platform == "darwin":
        return "macos"
    return "x11"  # Linux and the BSDs, X11 or Wayland: both carry MIME types as they are


def secret_mime(text: str, platform: str = sys.platform) -> QMimeData:
    """The text with this platform's secret markers; a fresh object (the clipboard owns it)."""
    mime = QMimeData()
    mime.setText(text)
    for mime_type, data in SECRET_FORMATS[platform_family(platform)]:
        mime.setData(mime_type, QByteArray(data))
    return mime


def conceal_on_pasteboard() -> bool:
    """macOS: add org.nspasteboard.ConcealedType to the general pasteboard Qt just wrote.

    Written against Apple's NSPasteboard documentation (addTypes:owner:, setData:forType:);
    not run by the tests. False where there is no pasteboard.
    """
    objc = runtime()
    if objc is None:
        return False
    board = objc.send(objc.cls("NSPasteboard"), "generalPasteboard")
    kind = objc.nsstring(MACOS_CONCEALED_TYPE)
    types = objc.send(objc.cls("NSArray"), "arrayWithObject:", kind, argtypes=(ctypes.c_void_p,))
    empty = objc.send(objc.cls("NSData"), "data")
    if not (board and kind and types and empty):
        return False
    objc.send(
        board,
        "addTypes:owner:",
        types,
        None,
        restype=ctypes.c_long,
        argtypes=(ctypes.c_void_p, ctypes.c_void_p),
    )
    done = objc.send(
        board,
        "setData:forType:",
        empty,
        kind,
        restype=ctypes.c_bool,
        argtypes=(ctypes.c_void_p, ctypes.c_void_p),
    )
    return bool(done)


class SecretClipboard(QObject):
    """One per controller (see `secret_clipboard`): a copy replaces the previous one."""

    def __init__(self, controller: VaultController) -> None:
        super().__init__(controller)
        self.setObjectName("secretClipboard")
        self._controller = controller
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        # For tests and for callers that know better than the vault setting.
        self.delay_ms_override: int | None = None
        controller.locking.connect(self.clear)

    @property
    def holds_secret(self) -> bool:
        return self._text is not None

    def copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(secret_mime(text))
        if platform_family() == "macos":
            conceal_on_pasteboard()
        if clipboard.supportsSelection():
            clipboard.setMimeData(secret_mime(text), QClipboard.Mode.Selection)
        self._text = text
        self._timer.start(self.delay_ms())

    def clear(self) -> None:
        """Empty each clipboard now if it still holds our text; forget the text either way."""
        self._timer.stop()
        text, self._text = self._text, None
        if text is None:
            return
        clipboard = QGuiApplication.clipboard()
        for mode in _modes(clipboard):
            if clipboard.text(mode) == text:
                clipboard.clear(mode)

    def delay_ms(self) -> int:
        if self.delay_ms_override is not None:
            return self.delay_ms_override
        seconds = DEFAULT_SECONDS
        if self._controller.is_unlocked:
            try:
                seconds = self._controller.read(load_settings).clipboard_seconds
            except Exception:  # a setting that cannot be read must not keep a secret longer
                seconds = DEFAULT_SECONDS
        return max(1, int(seconds)) * 1000


def _modes(clipboard: QClipboard) -> list[QClipboard.Mode]:
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    return modes


def secret_clipboard(controller: VaultController) -> SecretClipboard:
    """The controller's clipboard guard, made on first use."""
    guard = controller.findChild(SecretClipboard, "secretClipboard")
    if isinstance(guard, SecretClipboard):
        return guard
    return SecretClipboard(controller)


def copy_secret(controller: VaultController, text: str) -> None:
    secret_clipboard(controller).copy(text)
