"""Child of benchmarks/ui.py: start the app on a vault folder, stop at the unlock window's
first paint. Prints "shown <ms since this script began> <ms of imports>" and quits.

Usage: python benchmarks/ui_probe.py VAULT_FOLDER (QT_QPA_PLATFORM=offscreen set by the parent)
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import sys  # noqa: E402 (the clock starts before any import)
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from satchel.ui.access.unlock import UnlockPage  # noqa: E402
from satchel.ui.app import AppOptions, run_app  # noqa: E402

IMPORTED = time.perf_counter()


class FirstPaint(QObject):
    """Quits once the unlock page has painted (the rest of that paint pass included)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self._seen and event.type() == QEvent.Type.Paint and isinstance(watched, UnlockPage):
            self._seen = True
            QTimer.singleShot(0, self._done)  # runs after the current paint pass ends
        return False

    def _done(self) -> None:
        now = time.perf_counter()
        print(f"shown {(now - STARTED) * 1000:.1f} {(IMPORTED - STARTED) * 1000:.1f}", flush=True)
        self._app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])  # run_app takes the existing instance
    app.installEventFilter(FirstPaint(app))
    return run_app(AppOptions(vault=Path(sys.argv[1])))


if __name__ == "__main__":
    sys.exit(main())
