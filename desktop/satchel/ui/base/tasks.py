"""Long work off the UI thread: key derivation, demo generation, imports.

A task is a plain callable run in Qt's global thread pool; its result or its error comes
back to the UI thread through a queued signal, so the window never freezes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from satchel.errors import (
    BusyError,
    DamagedError,
    LockedError,
    NotAVaultError,
    TamperedError,
    VaultError,
    WrongPassphraseError,
)


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(float)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Callable[[float], None]], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._relay.progressed.emit)
        except Exception as error:
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


class BackgroundTask(QObject):
    """One piece of long work; connect to `finished`/`failed`/`progressed`, then `start()`."""

    finished = Signal(object)
    failed = Signal(object)  # the exception; VaultError carries a message for the user
    progressed = Signal(float)  # 0.0 … 1.0 where the work can tell

    _running: ClassVar[set[BackgroundTask]] = set()  # keeps tasks alive until they report

    def __init__(
        self, work: Callable[[Callable[[float], None]], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self.progressed)
        self._work = work

    def start(self) -> None:
        BackgroundTask._running.add(self)
        QThreadPool.globalInstance().start(_Runnable(self._work, self._relay))

    def _on_finished(self, result: object) -> None:
        BackgroundTask._running.discard(self)
        self.finished.emit(result)

    def _on_failed(self, error: object) -> None:
        BackgroundTask._running.discard(self)
        self.failed.emit(error)


def _known_messages() -> list[tuple[type[Exception], str]]:
    tr = QCoreApplication.translate
    return [
        (
            WrongPassphraseError,
            tr("Errors", "Wrong passphrase. Nothing was changed; check it and try again."),
        ),
        (
            BusyError,
            tr(
                "Errors",
                "This vault is open in another Satchel window or command. Close it there first.",
            ),
        ),
        (
            TamperedError,
            tr(
                "Errors",
                "This vault failed its authenticity check: it was altered "
                "or damaged after Satchel wrote it. Nothing was changed. "
                "Restore it from a backup.",
            ),
        ),
        (
            DamagedError,
            tr(
                "Errors",
                "This vault is damaged and cannot be read. Nothing was "
                "changed. Restore it from a backup.",
            ),
        ),
        (NotAVaultError, tr("Errors", "That folder does not hold a Satchel vault.")),
        (LockedError, tr("Errors", "The vault is locked. Unlock it again to go on.")),
    ]


def user_message(error: object) -> str:
    """What to tell the user about a failure, in their language; never a traceback."""
    for kind, message in _known_messages():
        if isinstance(error, kind):
            return message
    if isinstance(error, VaultError):
        return str(error)  # input problems name the field and value; translated later
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong ({0}). Your saved work is kept."
    ).format(type(error).__name__)
