"""Locked means: no vault data in any widget, the database closed, the keys overwritten.

A vault holds a random sentinel in each kind of field (case title and summary, a note's title
and body, a pseudonym, the sealed legal name and phone, plus a search text). The window is
used as a person would: the case editor, a note with its history, the people list, a person
with the identity revealed and its edit dialog open, a search. The same scan of every widget
first finds the sentinels (so it can see them), then the vault is locked — by
`controller.lock()`, by Ctrl+L in the main window, or by the auto-lock timer — and the scan
must find nothing:

- every widget in QApplication.allWidgets(): texts of line edits, text edits, labels,
  buttons and combo boxes; window titles, tooltips, status tips, accessible names and
  descriptions; its actions' texts; and every cell of an item view's model (all roles that
  hold text), including models anywhere under the window;
- the session: `engine` is None and the old engine's pool has no connection checked out;
- the key buffers the vault held (master key, database key, field-sealing key, commit-record
  key) are all zeros, in the very bytearrays that were in use;
- the identity value copied before the lock is no longer on the clipboard;
- the window shows the unlock page, naming only the vault folder's name.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.factories import make_vault

from satchel.services.notebook import cases, notes, people
from satchel.ui.access.unlock import UnlockPage
from satchel.ui.notes.editor import NoteEditor
from satchel.ui.people.identity_panel import IdentityPanel
from satchel.ui.shell.window import ShellWindow
from satchel.ui.shell.workspace import Workspace

TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)
MAX_ROWS = 2000  # per level of a model; the test vault holds a handful


def _sentinels() -> dict[str, str]:
    """One random token per field: letters and digits, so search keeps it whole."""

    def token(word: str) -> str:
        return f"{word}Q{secrets.token_hex(6)}"

    return {
        "case title": token("Casetitle"),
        "case summary": token("Casesummary"),
        "note title": token("Notetitle"),
        "note body": token("Notebody"),
        "pseudonym": token("Pseudonym"),
        "legal name": token("Legalname"),
        "phone": "+7 " + "".join(str(secrets.randbelow(10)) for _ in range(12)),
        "search text": token("Searchtext"),
    }


# The scan -----------------------------------------------------------------------------------


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)  # no children to read
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(min(model.rowCount(parent), MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in TEXT_ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if not flat and depth < 4 and column == 0 and model.rowCount(index) > 0:
                yield from _model_texts(model, index, depth + 1)
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if header is not None:
            yield str(header)


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    for action in widget.actions():
        yield action.text()
        yield action.toolTip()
    if isinstance(widget, QLineEdit):
        yield widget.text()
        yield widget.placeholderText()
    elif isinstance(widget, QTextEdit):
        yield widget.toPlainText()
        yield widget.toHtml()
    elif isinstance(widget, QPlainTextEdit):
        yield widget.toPlainText()
    elif isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QComboBox):
        yield widget.currentText()
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model(), QModelIndex())


def _found(sentinels: dict[str, str], owners: list[QObject]) -> dict[str, list[str]]:
    """Sentinel name -> where it was seen (class and object name), over every widget and
    every item model under `owners`."""
    seen: dict[str, list[str]] = {}

    def look(where: str, texts: Iterator[str]) -> None:
        for text in texts:
            for name, value in sentinels.items():
                if value in text or value.casefold() in text.casefold():
                    seen.setdefault(name, []).append(where)

    for widget in QApplication.allWidgets():
        look(f"{type(widget).__name__}#{widget.objectName()}", _widget_texts(widget))
    for owner in owners:
        for model in owner.findChildren(QAbstractItemModel):
            look(f"model {type(model).__name__}", _model_texts(model, QModelIndex()))
    return seen


# The session --------------------------------------------------------------------------------


def _fill(folder: Path, s: dict[str, str]) -> dict[str, Any]:
    vs, _phrase = make_vault(folder)
    case_id = cases.create_case(vs, title=s["case title"], summary=s["case summary"])
    person_id = people.create_person(
        vs,
        pseudonym=s["pseudonym"],
        identity={"legal_name": s["legal name"], "phone": s["phone"]},
        case_id=case_id,
    )
    note_id = notes.create_note(
        vs, title=s["note title"], body=f"First draft {s['note body']}", case_id=case_id
    )
    notes.save_note(vs, note_id, body=f"Second draft {s['note body']}")  # a revision to show
    return {"vs": vs, "case": case_id, "person": person_id, "note": note_id}


def _use_the_window(
    qtbot: QtBot, window: ShellWindow, ids: dict[str, Any], s: dict[str, str]
) -> Workspace:
    """Case editor, a note and its history, the people list, a person revealed with the
    identity dialog left open, a search that finds the note and one that finds nothing."""
    workspace = window.workspace
    assert isinstance(workspace, Workspace)
    workspace.open_item("case", ids["case"])
    workspace.open_item("note", ids["note"])
    note_editor = workspace._editor
    assert isinstance(note_editor, NoteEditor)
    history = note_editor.show_history()
    qtbot.waitUntil(history.isVisible)
    history.close()
    workspace.show_section(1)  # the people list
    workspace.open_item("person", ids["person"])
    panel = workspace._editor.findChild(IdentityPanel)  # type: ignore[union-attr]
    assert isinstance(panel, IdentityPanel)
    assert panel.reveal()
    assert panel.value_edits["legal_name"].text() == s["legal name"]
    assert panel.copy("legal_name")  # on the clipboard until its delay, or the lock
    dialog = panel.open_editor()  # the edit dialog, opened with the revealed values
    qtbot.waitUntil(dialog.isVisible)
    workspace.search_box.setText(s["note body"])
    workspace.search_panel.run_search()
    assert workspace.search_panel.results
    workspace.search_box.setText(s["search text"])
    workspace.search_panel.run_search()
    return workspace


def _lock(how: str, qtbot: QtBot, window: ShellWindow) -> None:
    if how == "controller":
        window.controller.lock()
    elif how == "ctrl+l":  # in the main window (from a dialog: see the test below)
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.close()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:  # the auto-lock timer running out
        window.auto_lock.timer.setInterval(1)
        window.auto_lock.timer.start()
        qtbot.waitUntil(lambda: not window.controller.is_unlocked)


@pytest.mark.parametrize("how", ["controller", "ctrl+l", "auto-lock"])
def test_lock_leaves_no_data_in_widgets_and_no_key_in_memory(
    qtbot: QtBot, window: ShellWindow, tmp_path: Path, how: str
) -> None:
    s = _sentinels()
    folder = tmp_path / "vault"
    ids = _fill(folder, s)
    vs = ids["vs"]
    window.controller.adopt(vs, folder)
    workspace = _use_the_window(qtbot, window, ids, s)

    vault = vs.vault
    engine = vs.engine
    assert engine is not None
    keys = {
        "master key": vault._master_key,
        "database key": vault.database_key,
        "field sealing key": vault.sealer._key,
        "commit record key": vault.commit_record._key,  # no guard: a missing key must fail
    }
    assert all(len(key) == 32 and any(key) for key in keys.values())
    owners: list[QObject] = [window, window.controller]
    before = _found(s, owners)
    # The scan sees what is on screen, every sentinel of it.
    assert set(before) == set(s), before
    assert QGuiApplication.clipboard().text() == s["legal name"]

    with qtbot.waitSignal(workspace.destroyed, timeout=5000):
        _lock(how, qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.pages.currentWidget(), UnlockPage))

    assert _found(s, owners) == {}
    clipboard = QGuiApplication.clipboard()
    held = [clipboard.text(mode) for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)]
    assert not any(s["legal name"] in text for text in held)
    assert vs.engine is None
    assert engine.pool.checkedout() == 0
    assert {name: bytes(key) for name, key in keys.items()} == {name: bytes(32) for name in keys}
    assert vault.keys_wiped
    page = window.pages.currentWidget()
    assert isinstance(page, UnlockPage)
    shown = [label.text() for label in page.findChildren(QLabel) if label.text()]
    assert any(folder.name in text for text in shown)
    assert window.windowTitle() == "Satchel"


def test_ctrl_l_locks_from_inside_an_open_dialog(
    qtbot: QtBot, window: ShellWindow, tmp_path: Path
) -> None:
    """The panic chord must work wherever the focus is, the identity dialog included."""
    s = _sentinels()
    folder = tmp_path / "vault"
    ids = _fill(folder, s)
    window.controller.adopt(ids["vs"], folder)
    _use_the_window(qtbot, window, ids, s)  # leaves the identity dialog open
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog is not window
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.controller.is_unlocked
