"""A progress bar with a Cancel button for one BackgroundTask at a time (backups, bundles).

Cancel sets a threading.Event the work checks between steps, so the work itself stops and
cleans up after itself; the row only reports. Hidden while nothing runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from satchel.ui.base.tasks import BackgroundTask

PROGRESS_STEPS = 100
Work = Callable[[Callable[[float], None], threading.Event], object]


class TaskProgress(QWidget):
    done = Signal(object)  # the work's result
    failed = Signal(object)  # the exception
    changed = Signal()  # work started or stopped

    def __init__(self, accessible_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: BackgroundTask | None = None
        self._cancel: Callable[[], None] | None = None
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

    def start(self, work: Work) -> None:
        """Run `work(progress, cancel)` in a worker."""
        cancel = threading.Event()
        task = BackgroundTask(lambda progress: work(progress, cancel), self)
        self.watch(task, cancel.set)
        task.start()

    def watch(self, task: BackgroundTask, cancel: Callable[[], None]) -> None:
        """Report on a task started elsewhere; `cancel` is what the Cancel button calls."""
        self._task, self._cancel = task, cancel
        self.bar.setValue(0)
        task.progressed.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self._show(True)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel()
            self.cancel_button.setEnabled(False)

    def _on_progress(self, fraction: float) -> None:
        self.bar.setValue(round(max(0.0, min(fraction, 1.0)) * PROGRESS_STEPS))

    def _stop(self) -> None:
        self._task, self._cancel = None, None
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
