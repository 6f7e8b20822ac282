"""`satchel --demo --screenshot FILE.png [--view V]`: render the demo window, save, exit.

Views: "cases" (the Cases section), "case" (the first case open in the editor), "person"
(the first person open), "search" (a search for a word common in the demo's case titles).
Between steps the event loop runs for a few short rounds (timers, not sleeps) so that
models fetch, layouts settle and searches typed into the box deliver their results.
"""

from __future__ import annotations

import re
import sys
import uuid
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from satchel.services.core.session import VaultSession
from satchel.services.notebook.cases import list_cases
from satchel.services.notebook.people import list_people
from satchel.ui.shell.workspace import Workspace

VIEWS = ("cases", "case", "person", "search")
SETTLE_ROUNDS = 6
ROUND_MS = 60  # a search box debounces keystrokes; a few rounds cover it
_WORD = re.compile(r"\w{4,}")


def settle(rounds: int = SETTLE_ROUNDS, interval_ms: int = ROUND_MS) -> None:
    """Let queued work, timers and repaints run: a short chain of event-loop rounds."""
    for _ in range(rounds):
        loop = QEventLoop()
        QTimer.singleShot(interval_ms, loop.quit)
        loop.exec()
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()


def _first_id(vs: VaultSession, kind: str) -> uuid.UUID | None:
    rows = list_cases(vs, limit=1) if kind == "case" else list_people(vs, limit=1)
    return rows[0].id if rows else None


def common_word(vs: VaultSession) -> str:
    """The most frequent longer word in the first case titles: it will find something."""
    counts: Counter[str] = Counter()
    for case in list_cases(vs, limit=30):
        counts.update(word.lower() for word in _WORD.findall(case.title))
    return counts.most_common(1)[0][0] if counts else "case"


def prepare_view(workspace: Workspace, vs: VaultSession, view: str) -> None:
    """Put the workspace in the state the view names."""
    if view == "cases":
        workspace.show_section(0)
    elif view in {"case", "person"}:
        workspace.show_section(0 if view == "case" else 1)
        settle(2)
        item_id = _first_id(vs, view)
        if item_id is not None:
            workspace.open_item(view, item_id)
    elif view == "search":
        workspace.show_section(0)
        workspace.focus_search()
        workspace.search_box.setText(common_word(vs))
    else:
        raise ValueError(view)


def _fail(message: str) -> int:
    print(f"satchel: {message}", file=sys.stderr)
    return 1


def take_screenshot(window: QWidget, target: Path, view: str) -> int:
    """Render `view` in `window` and save it as PNG at `target`; the exit code to return."""
    if view not in VIEWS:
        return _fail(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}.")
    workspace = getattr(window, "workspace", None)
    controller = getattr(window, "controller", None)
    if not isinstance(workspace, Workspace) or controller is None or not controller.is_unlocked:
        return _fail("the screenshot needs the demo vault open, and it is not.")
    settle()
    try:
        prepare_view(workspace, controller.session, view)
    except Exception as error:
        return _fail(f"the {view!r} view could not be shown ({type(error).__name__}: {error}).")
    settle()
    target = Path(target)
    if not target.parent.is_dir():
        return _fail(f"cannot write the screenshot: the folder {target.parent} does not exist.")
    if not window.grab().save(str(target), "PNG"):
        return _fail(f"cannot write the screenshot to {target} (permission or disk problem?).")
    return 0
