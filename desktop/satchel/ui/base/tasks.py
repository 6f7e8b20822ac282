"""Long work off the UI thread, and the one progress row with Cancel that reports on it.

A task runs a plain `work(progress, cancel)` callable (the contract of `satchel.work`) in
Qt's global thread pool; its result or its error comes back to the UI thread through a
queued signal, so the window never freezes. `cancel()` sets the task's token: the work
checks it between steps, stops, cleans up after itself and fails with CancelledError.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from satchel.work import CancelToken, Progress

PROGRESS_STEPS = 100
Work = Callable[[Progress, CancelToken], Any]


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(float)


class _Runnable(QRunnable):
    def __init__(self, work: Work, cancel: CancelToken, relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._relay.progressed.emit, self._cancel)
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

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self.progressed)
        self._work = work
        self.cancel_token = CancelToken()

    def start(self) -> None:
        BackgroundTask._running.add(self)
        QThreadPool.globalInstance().start(_Runnable(self._work, self.cancel_token, self._relay))

    def cancel(self) -> None:
        """Ask the work to stop; it fails with CancelledError at its next check."""
        self.cancel_token.cancel()

    def _on_finished(self, result: object) -> None:
        BackgroundTask._running.discard(self)
        self.finished.emit(result)

    def _on_failed(self, error: object) -> None:
        BackgroundTask._running.discard(self)
        self.failed.emit(error)


class TaskProgress(QWidget):
    """A progress bar with a Cancel button for one task at a time; hidden while idle."""

    done = Signal(object)  # the work's result
    failed = Signal(object)  # the exception
    changed = Signal()  # work started or stopped

    def __init__(self, accessible_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: BackgroundTask | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, PROGRESS_STEPS)
        self.bar.setAccessibleName(accessible_name or self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self.cancel)
        self._show(False)

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def task(self) -> BackgroundTask | None:
        return self._task

    def start(self, work: Work) -> BackgroundTask:
        """Run `work(progress, cancel)` in a worker and report on it."""
        task = BackgroundTask(work, self)
        self.watch(task)
        task.start()
        return task

    def watch(self, task: BackgroundTask) -> None:
        """Report on a task started elsewhere; Cancel cancels it."""
        self._task = task
        self.bar.setValue(0)
        task.progressed.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self._show(True)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)

    def _on_progress(self, fraction: float) -> None:
        self.bar.setValue(round(max(0.0, min(fraction, 1.0)) * PROGRESS_STEPS))

    def _stop(self) -> None:
        self._task = None
        self._show(False)

    def _on_finished(self, result: object) -> None:
        self._stop()
        self.done.emit(result)

    def _on_failed(self, error: object) -> None:
        self._stop()
        self.failed.emit(error)

    def _show(self, busy: bool) -> None:
        self.setVisible(busy)  # takes no room in its dialog while idle
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.changed.emit()
