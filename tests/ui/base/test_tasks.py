"""The task runner: work off the UI thread, its progress on the bar, and Cancel obeyed."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from satchel.errors import CancelledError
from satchel.ui.base.tasks import TaskProgress
from satchel.work import CancelToken, Progress, check_cancelled


def test_cancel_stops_the_work_and_hides_the_row(qtbot: QtBot) -> None:
    row = TaskProgress("Work progress")
    qtbot.addWidget(row)
    started, ended = threading.Event(), threading.Event()

    def work(progress: Progress, cancel: CancelToken) -> str:
        progress(0.5)
        started.set()
        while not cancel.is_cancelled():
            ended.wait(0.01)  # checks between steps, as real work does
        check_cancelled(cancel)
        return "finished"

    failures: list[object] = []
    row.failed.connect(failures.append)
    row.start(work)
    assert row.busy and row.isVisibleTo(row.parentWidget() or row)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: row.bar.value() == 50, timeout=10_000)
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], CancelledError)
    assert not row.busy and row.isHidden()


def test_the_result_comes_back_on_the_ui_thread(qtbot: QtBot) -> None:
    row = TaskProgress()
    qtbot.addWidget(row)
    with qtbot.waitSignal(row.done, timeout=10_000) as done:
        row.start(lambda progress, _cancel: threading.current_thread().name)
    assert done.args is not None
    assert done.args[0] != threading.main_thread().name
    assert not row.busy
