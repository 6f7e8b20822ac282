"""The demo: a throwaway vault full of made-up data, built off the UI thread, deleted after.

The vault lives in a fresh temporary folder and has no keyslot at all (a random key held
only in memory), so once Satchel closes it nothing on disk can open it again; the folder
is deleted when the demo is locked and when the app exits.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QProgressBar, QVBoxLayout, QWidget

from satchel.services.core.session import VaultSession
from satchel.ui.access.page_frame import fit_height, text_label
from satchel.ui.base.tasks import BackgroundTask
from satchel.ui.base.text.messages import user_message
from satchel.ui.shell.vault_controller import VaultController

DEMO_PREFIX = "demo-"  # names no product: camouflage covers /tmp too
PROGRESS_STEPS = 100


def build_demo_vault(folder: Path, locale: str, progress: Callable[[float], None]) -> VaultSession:
    """Imported late: Faker and the demo data are only needed when the demo is asked for."""
    from satchel.services.demo.vault import open_demo_vault  # noqa: PLC0415

    return open_demo_vault(folder, locale=locale, progress=progress)


class DemoProgressDialog(QDialog):
    """Window-modal, no cancel: the build takes seconds and leaves nothing half-made."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Demo vault"))
        self.setObjectName("demoProgress")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addWidget(text_label(self.tr("Making the demo vault…"), "heading"))
        layout.addWidget(
            text_label(
                self.tr("Made-up cases, people and notes, deleted when you lock it or quit."),
                "hint",
            )
        )
        layout.addSpacing(8)
        self.bar = QProgressBar()
        self.bar.setRange(0, PROGRESS_STEPS)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Demo vault progress"))
        layout.addWidget(self.bar)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        fit_height(self)

    def set_fraction(self, fraction: float) -> None:
        self.bar.setValue(round(max(0.0, min(fraction, 1.0)) * PROGRESS_STEPS))

    def reject(self) -> None:
        """Esc does not close it; the work finishes by itself."""


class DemoLauncher(QObject):
    failed = Signal(str)

    def __init__(self, controller: VaultController, window: QObject, locale: str) -> None:
        super().__init__(window)
        self._controller = controller
        self._window = window if isinstance(window, QWidget) else None
        self._locale = locale
        self.folder: Path | None = None  # the temporary folder, while a demo exists
        self.task: BackgroundTask | None = None
        self.progress: DemoProgressDialog | None = None
        self._abandon = False
        controller.locked.connect(self._on_locked)

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self) -> None:
        """Build the demo vault in the background, then hand it to the controller."""
        if self.task is not None:
            return
        if self._controller.is_unlocked:
            self._controller.lock()  # one vault at a time; a demo left behind is deleted
        self.cleanup()
        folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
        self.folder = folder
        locale = self._locale
        self.task = BackgroundTask(
            lambda progress, _cancel: build_demo_vault(folder / "vault", locale, progress), self
        )
        self.task.progressed.connect(self._on_progress)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self._show_progress()
        self.task.start()

    def _show_progress(self) -> None:
        dialog = DemoProgressDialog(self._window)
        dialog.show()
        self.progress = dialog

    def _on_progress(self, fraction: float) -> None:
        if self.progress is not None:
            self.progress.set_fraction(fraction)

    def _close_progress(self) -> None:
        dialog, self.progress = self.progress, None
        if dialog is not None:
            dialog.hide()  # close() would ask reject(), which refuses
            dialog.deleteLater()

    def _on_finished(self, session: object) -> None:
        self.task = None
        self._close_progress()
        assert isinstance(session, VaultSession)
        if self._abandon or self.folder is None:  # the app is closing: do not open it
            session.close()
            return
        self._controller.adopt(session, self.folder / "vault", demo=True)

    def _on_failed(self, error: object) -> None:
        self.task = None
        self._close_progress()
        if self._abandon:
            return
        self.cleanup()
        message = self.tr("The demo could not be made: {0}").format(user_message(error))
        self.failed.emit(message)

    def _on_locked(self) -> None:
        if self.folder is not None and self.task is None:
            self.cleanup()

    def cleanup(self) -> None:
        """Delete the throwaway vault folder, locking the demo first if it is open.

        At exit the demo may still be being built: wait for the worker, close what it
        made, then delete the folder.
        """
        if self.task is not None:
            self._abandon = True
            QThreadPool.globalInstance().waitForDone()
            QCoreApplication.sendPostedEvents()  # delivers the worker's result (closed above)
            self.task = None
            self._close_progress()
        self._abandon = False
        if self._controller.is_unlocked and self._controller.demo:
            self._controller.lock()  # emits locked, which comes back here with it closed
            return
        folder, self.folder = self.folder, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
