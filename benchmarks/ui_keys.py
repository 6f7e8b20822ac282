"""The case list's keys, for benchmarks/ui.py: Down, PageDown and Ctrl+End at N cases.

Per key: from sending it (QTest.keyClick) to the rows it changed repainted (the window's
posted UpdateRequest: the key path), as CPU time of this process (time.process_time: on a
shared machine wall time counts other people's work) and as wall time. After each key one
event-loop pass runs, as between a user's keys: the idle read of the next page happens
there, never on the key path. The editor opens once the keys rest (120 ms); its load is
timed apart, once, for the row the keys stopped on.

The baseline runs the same keys in the same run on a bare table view over an in-memory model
of as many rows (Qt's own cost of moving a selection and painting rows); the report gives
Satchel's CPU per key as a ratio to it, which holds on a loaded machine where absolute
figures do not.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from satchel.services.core import session as vault_session
from satchel.ui.base.widgets.inline_entry import ListTableView
from satchel.ui.cases.section import CasesSection
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.workspace import Workspace

KEY_PRESSES = 120
PAGE_PRESSES = 40
Times = dict[str, list[float]]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def summary(seconds: list[float]) -> dict[str, float]:
    return {
        "p50": 1000 * percentile(seconds, 0.5),
        "p95": 1000 * percentile(seconds, 0.95),
        "max": 1000 * max(seconds),
    }


def drive(app: QApplication, window: QWidget, view: ListTableView) -> dict[str, Times]:
    """KEY_PRESSES Downs, PAGE_PRESSES PageDowns, then Ctrl+End; CPU and wall per key."""
    cpu: Times = {"down": [], "page": [], "end": []}
    wall: Times = {"down": [], "page": [], "end": []}

    def press(kind: str, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
        c0, w0 = time.process_time(), time.perf_counter()
        QTest.keyClick(view, key, modifier)
        # Only the paint the key asked for (the rows whose selection changed).
        QCoreApplication.sendPostedEvents(window, QEvent.Type.UpdateRequest)
        cpu[kind].append(time.process_time() - c0)
        wall[kind].append(time.perf_counter() - w0)
        app.processEvents()  # idle time before the next key: the next page may be read

    plain = Qt.KeyboardModifier.NoModifier
    for _ in range(KEY_PRESSES):
        press("down", Qt.Key.Key_Down, plain)
    for _ in range(PAGE_PRESSES):
        press("page", Qt.Key.Key_PageDown, plain)
    press("end", Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    return {"cpu": cpu, "wall": wall}


class _Rows(QAbstractTableModel):
    """The baseline's model: N rows of six short texts, all in memory."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self._count = count

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else 6

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"Row {index.row()} · {index.column()}"
        return None


def baseline(app: QApplication, count: int, size: tuple[int, int]) -> dict[str, Times]:
    view = ListTableView()
    model = _Rows(count)
    view.setModel(model)
    view.stretch_columns((0,))
    view.resize(*size)
    view.show()
    app.processEvents()
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    app.processEvents()
    times = drive(app, view, view)
    view.close()
    view.deleteLater()
    app.processEvents()
    return times


def satchel_keys(
    app: QApplication, folder: Path, passphrase: str, size: tuple[int, int]
) -> dict[str, Any]:
    vs = vault_session.unlock(folder, passphrase)
    controller = VaultController()
    controller.adopt(vs, folder)
    workspace = Workspace(controller)
    workspace.resize(*size)
    workspace.show()
    app.processEvents()
    section = workspace.sections[0]
    assert isinstance(section, CasesSection)
    view = section.view
    view.setFocus()
    view.setCurrentIndex(section.model.index(0, 0))
    app.processEvents()
    times = drive(app, workspace, view)
    reached = view.currentIndex().row() == section.model.total - 1
    section.open_timer.stop()
    c0 = time.process_time()
    section._open_pending()  # what the timer does once the keys rest
    QCoreApplication.sendPostedEvents(workspace, QEvent.Type.UpdateRequest)
    editor_cpu = time.process_time() - c0
    workspace.close()
    workspace.deleteLater()
    app.processEvents()
    controller.lock()
    return {"times": times, "end_reached": reached, "editor_cpu": 1000 * editor_cpu}


def list_keys(
    app: QApplication, folder: Path, count: int, passphrase: str, size: tuple[int, int]
) -> dict[str, Any]:
    base = baseline(app, count, size)
    ours = satchel_keys(app, folder, passphrase, size)
    result: dict[str, Any] = {"end_reached": ours["end_reached"], "editor": ours["editor_cpu"]}
    for clock in ("cpu", "wall"):
        mine, theirs = ours["times"][clock], base[clock]
        result[clock] = {
            "down": summary(mine["down"]),
            "page": summary(mine["page"]),
            "all": summary(mine["down"] + mine["page"]),
            "end": 1000 * mine["end"][0],
            "base_all": summary(theirs["down"] + theirs["page"]),
            "base_end": 1000 * theirs["end"][0],
        }
    return result


def report(keys: dict[str, Any], k: str, row: Callable[..., None]) -> None:
    cpu, wall = keys["cpu"], keys["wall"]
    for stat in ("p50", "p95", "max"):
        metric = "key_p95" if stat == "p95" else None
        row(f"case list: Down or PageDown, CPU ms at {k}, {stat}", cpu["all"][stat], metric)
    for stat in ("p50", "p95"):
        ratio = cpu["all"][stat] / max(cpu["base_all"][stat], 1e-3)
        row(f"  baseline (bare table, same keys), CPU {stat}", cpu["base_all"][stat])
        print(f"  {'  ratio to the baseline, ' + stat:<56}{ratio:>9.1f}x")
    for kind, name in (("down", "Down"), ("page", "PageDown")):
        for stat in ("p50", "p95", "max"):
            row(f"  {name} alone, CPU {stat}", cpu[kind][stat])
    row(f"  Ctrl+End once, CPU (reads the last page at {k})", cpu["end"])
    row("  baseline Ctrl+End, CPU", cpu["base_end"])
    row("  the editor, loaded once the keys rest, CPU", keys["editor"])
    for stat in ("p50", "p95"):
        row(f"  wall time (inflated on a shared machine), {stat}", wall["all"][stat])
        row(f"  baseline wall time, {stat}", wall["base_all"][stat])
    row("  Ctrl+End wall time", wall["end"])
    print(f"Ctrl+End reached the last case: {'yes' if keys['end_reached'] else 'NO'}")
