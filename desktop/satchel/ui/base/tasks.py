"""Long work off the UI thread: key derivation, demo generation, imports.

A task is a plain callable run in Qt's global thread pool; its result or its error comes
back to the UI thread through a queued signal, so the window never freezes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
