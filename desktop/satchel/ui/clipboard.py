"""Copy one secret field: marked for clipboard managers, cleared again after a short delay.

The text goes out with the `x-kde-passwordManagerHint: secret` type beside text/plain, so
clipboard managers that honour it (Klipper, and others that follow KDE's hint) keep no
history of it. After the vault's clipboard delay, and when the vault locks, the clipboard is
cleared, but only while it still holds what we put there: something the user copied since
is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

from satchel.services.vault_settings import load_settings
from satchel.ui.vault_controller import VaultController

SECRET_HINT_TYPE = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type name
SECRET_HINT_VALUE = b"secret"
DEFAULT_SECONDS = 10


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
        mime = QMimeData()
        mime.setText(text)
        mime.setData(SECRET_HINT_TYPE, QByteArray(SECRET_HINT_VALUE))
        QGuiApplication.clipboard().setMimeData(mime)
        self._text = text
        self._timer.start(self.delay_ms())

    def clear(self) -> None:
        """Empty the clipboard now if it still holds our text; forget the text either way."""
        self._timer.stop()
        text, self._text = self._text, None
        if text is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == text:
            clipboard.clear()

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


def secret_clipboard(controller: VaultController) -> SecretClipboard:
    """The controller's clipboard guard, made on first use."""
    guard = controller.findChild(SecretClipboard, "secretClipboard")
    if isinstance(guard, SecretClipboard):
        return guard
    return SecretClipboard(controller)


def copy_secret(controller: VaultController, text: str) -> None:
    secret_clipboard(controller).copy(text)
