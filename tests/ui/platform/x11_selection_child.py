"""The X11 side of the clipboard tests, run by test_clipboard_x11.py in child processes on a
private X server (QT_QPA_PLATFORM=xcb), because the offscreen platform has no selection.

Run as `python -m tests.ui.platform.x11_selection_child COMMAND`:

  scenario FOLDER   copy secrets from a vault made in FOLDER; print what other X clients saw
  read              print the selection and clipboard as another X client sees them
  hold TEXT         own the selection with TEXT (the user selecting text in another app)

Each look at the selection comes from a separate process, so what is checked is what the X
server hands to other applications, not Qt's copy inside the owning process.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tests.ui.driving import open_controller

from satchel.ui.platform.clipboard import SECRET_HINT_TYPE, secret_clipboard

SECRET = "Олена Петренко"
SECOND_SECRET = "P-1234567"
USER_SELECTION = "selected by the user"
MODULE = "tests.ui.platform.x11_selection_child"  # run with -m from the repository root
LONG_DELAY_MS = 60_000  # cleared by the scenario's own steps, never by this timer
SELECTION = QClipboard.Mode.Selection
Seen = dict[str, str]


def _wait_until(done: Callable[[], bool], what: str, timeout_s: float = 20.0) -> None:
    """Run the event loop until `done` (the owner must answer other clients meanwhile)."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        QTest.qWait(20)


def _start_self(*arguments: str) -> QProcess:
    process = QProcess()
    process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
    process.start(sys.executable, ["-m", MODULE, *arguments])
    if not process.waitForStarted(10_000):
        raise RuntimeError(f"could not start {arguments}: {process.errorString()}")
    return process


def _seen_by_another_client() -> Seen:
    reader = _start_self("read")
    _wait_until(lambda: reader.state() == QProcess.ProcessState.NotRunning, "the reader")
    output = bytes(reader.readAllStandardOutput().data()).decode()
    if reader.exitCode() != 0:
        raise RuntimeError(f"the reader failed ({reader.exitCode()}): {output}")
    seen: Seen = json.loads(output)
    return seen


def read() -> Seen:
    clipboard = QGuiApplication.clipboard()
    selection = clipboard.mimeData(SELECTION)
    hint = bytes(selection.data(SECRET_HINT_TYPE).data()) if selection is not None else b""
    return {
        "selection": clipboard.text(SELECTION),
        "selection_hint": hint.decode(),
        "clipboard": clipboard.text(),
    }


def hold(text: str, app: QApplication) -> int:
    QGuiApplication.clipboard().setText(text, SELECTION)
    print("ready", flush=True)
    return app.exec()  # until the scenario kills this process


def scenario(folder: Path) -> dict[str, object]:
    clipboard = QGuiApplication.clipboard()
    results: dict[str, object] = {"supports_selection": clipboard.supportsSelection()}
    with contextmanager(open_controller)(folder) as controller:
        guard = secret_clipboard(controller)

        guard.delay_ms_override = LONG_DELAY_MS
        guard.copy(SECRET)
        results["after_copy"] = _seen_by_another_client()

        guard.delay_ms_override = 50
        guard.copy(SECRET)  # restarts the timer with the short delay
        _wait_until(lambda: not guard.holds_secret, "the delay to pass")
        results["after_delay"] = _seen_by_another_client()

        guard.delay_ms_override = LONG_DELAY_MS
        guard.copy(SECOND_SECRET)
        holder = _start_self("hold", USER_SELECTION)
        try:
            _wait_until(holder.canReadLine, "the other app to take the selection")
            _wait_until(lambda: not clipboard.ownsSelection(), "the selection to change hands")
            controller.lock()
            results["after_lock"] = _seen_by_another_client()
        finally:
            holder.kill()
            holder.waitForFinished(10_000)
    return results


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    command = argv[1] if len(argv) > 1 else ""
    if command == "read":
        print(json.dumps(read()))
        return 0
    if command == "hold" and len(argv) == 3:
        return hold(argv[2], app)
    if command == "scenario" and len(argv) == 3:
        print(json.dumps(scenario(Path(argv[2]))))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
