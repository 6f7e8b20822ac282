"""What a keyboard-only user found broken, and the shortcuts window that lists every key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.ui.i18n.screen_walk import DATA_MARK, populated_vault, settle

from satchel.services.notebook.notes import list_notes
from satchel.ui.base.widgets.accessible import reading_order
from satchel.ui.cases.editor import CaseEditor
from satchel.ui.help.shortcuts import shortcuts
from satchel.ui.notes.editor import NoteEditor
from satchel.ui.people.editor import PersonEditor
from satchel.ui.shell.window import ShellWindow
from satchel.ui.shell.workspace import Workspace


@pytest.fixture
def window(qtbot: QtBot, window: ShellWindow) -> ShellWindow:
    """The suite's window, active: keys and focus go to the active window."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def workspace(qtbot: QtBot, window: ShellWindow, tmp_path: Path) -> Workspace:
    session = populated_vault(tmp_path / "vault", "en")
    window.controller.adopt(session, tmp_path / "vault")
    assert window.workspace is not None
    settle()
    window.activateWindow()  # the new page can take activation away
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window.workspace


def _tab(qtbot: QtBot, backwards: bool = False) -> QWidget | None:
    focus = QApplication.focusWidget()
    assert focus is not None
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    qtbot.keyClick(focus, key)
    return QApplication.focusWidget()


def test_tab_reaches_the_show_passphrase_button_and_space_shows_it(
    qtbot: QtBot, window: ShellWindow, closed_vault: Path
) -> None:
    window.show_unlock(closed_vault)
    page = window.pages.currentWidget()
    field = page.findChild(QLineEdit, "unlockPassphrase")
    assert field is not None
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    button = _tab(qtbot)
    assert isinstance(button, QToolButton)
    assert button.parentWidget() is field
    assert button.accessibleName() == "Show the passphrase"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    assert button.accessibleName() == "Hide the passphrase"


def test_the_new_passphrase_fields_reveal_button_is_reachable_too(
    qtbot: QtBot, window: ShellWindow, fast_vault_creation: object
) -> None:
    window.show_create()
    field = window.findChild(QLineEdit, "newPassphrase")
    assert field is not None
    buttons = [b for b in field.findChildren(QToolButton) if b.defaultAction() is not None]
    assert buttons and all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert all(b.accessibleName() for b in buttons)


def test_tab_in_the_case_editor_visits_checklist_items_before_the_buttons_below(
    qtbot: QtBot, workspace: Workspace
) -> None:
    view = workspace.sections[0].findChild(QWidget, "caseTable")
    view.setCurrentIndex(view.model().index(0, 0))
    settle()
    editor = workspace.editor_pane.currentWidget()
    assert isinstance(editor, CaseEditor)
    page = editor.findChild(QWidget, "editorPage")
    qtbot.waitUntil(lambda: bool(editor.checklists.findChildren(QWidget, "checklistItem")))
    settle()
    # Walk the real Tab chain from the title to the Delete button.
    editor.title.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title)
    visited: list[QWidget] = []
    for _ in range(300):
        focus = _tab(qtbot)
        if focus is None or focus is editor.delete_button or not page.isAncestorOf(focus):
            break
        visited.append(focus)
    items = editor.checklists
    attachments = editor.attachments
    first_button = next(
        i for i, w in enumerate(visited) if w in (editor.report_button, editor.export_button)
    )
    assert any(items.isAncestorOf(w) for w in visited[:first_button])
    assert not any(items.isAncestorOf(w) for w in visited[first_button:])
    last_item = max(i for i, w in enumerate(visited) if items.isAncestorOf(w))
    first_attachment = min(
        (i for i, w in enumerate(visited) if attachments.isAncestorOf(w)), default=first_button
    )
    assert last_item < first_attachment <= first_button
    assert reading_order(page)[-1] is editor.delete_button


def test_after_esc_a_click_on_the_same_row_opens_it_again(
    qtbot: QtBot, workspace: Workspace
) -> None:
    view = workspace.sections[0].findChild(QWidget, "caseTable")
    index = view.model().index(0, 0)
    view.setCurrentIndex(index)
    settle()
    assert isinstance(workspace.editor_pane.currentWidget(), CaseEditor)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isinstance(workspace.editor_pane.currentWidget(), CaseEditor))
    assert view.currentIndex().row() == 0  # still highlighted
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(workspace.editor_pane.currentWidget(), CaseEditor))


def test_f6_and_ctrl_tab_move_between_the_panes(qtbot: QtBot, workspace: Workspace) -> None:
    view = workspace.sections[0].findChild(QWidget, "caseTable")
    view.setCurrentIndex(view.model().index(0, 0))
    settle()
    workspace.sidebar.setFocus()
    qtbot.waitUntil(lambda: workspace.current_pane() == 0)
    seen = []
    for keys in ("F6", "F6", "F6", "Ctrl+Tab", "Shift+F6", "Ctrl+Shift+Tab"):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keySequence(focus, QKeySequence(keys))
        seen.append(workspace.current_pane())
    assert seen == [1, 2, 0, 1, 0, 2]


def test_tab_leaves_the_note_editor(
    qtbot: QtBot, window: ShellWindow, workspace: Workspace
) -> None:
    found = window.controller.run(list_notes)
    assert isinstance(found, list) and found
    workspace.open_item("note", found[0].id)
    settle()
    editor = workspace.editor_pane.currentWidget()
    assert isinstance(editor, NoteEditor)
    body = editor.body
    body.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body)
    after = _tab(qtbot)
    assert after is not body and after is not None
    assert "\t" not in body.toPlainText()
    assert _tab(qtbot, backwards=True) is body


def test_identity_fields_announce_hidden_never_their_value(
    qtbot: QtBot, workspace: Workspace
) -> None:
    workspace.show_section(1)
    view = workspace.sections[1].findChild(QWidget, "peopleTable")
    view.setCurrentIndex(view.model().index(0, 0))
    settle()
    editor = workspace.editor_pane.currentWidget()
    assert isinstance(editor, PersonEditor)
    panel = editor.identity
    panel.set_expanded(True)
    settle()

    def announced() -> list[str]:
        said = []
        for edit in panel.value_edits.values():
            interface = QAccessible.queryAccessibleInterface(edit)
            assert interface is not None
            said += [
                interface.text(QAccessible.Text.Name),
                interface.text(QAccessible.Text.Description),
                interface.text(QAccessible.Text.Value),
            ]
        return said

    assert panel.value_edits
    hidden = announced()
    assert all(DATA_MARK not in text for text in hidden)
    assert any("hidden" in text.lower() for text in hidden)
    names = [
        QAccessible.queryAccessibleInterface(edit).text(QAccessible.Text.Name)
        for edit in panel.value_edits.values()
    ]
    panel.reveal_ms_override = 60_000
    panel.reveal_button.click()
    qtbot.waitUntil(lambda: panel.revealed)
    for edit, name in zip(panel.value_edits.values(), names, strict=True):
        now = QAccessible.queryAccessibleInterface(edit).text(QAccessible.Text.Name)
        assert DATA_MARK not in now and DATA_MARK not in name


def test_help_lists_every_shortcut_of_the_window(
    qtbot: QtBot, window: ShellWindow, workspace: Workspace
) -> None:
    listed = " ".join(keys for keys, _what in shortcuts())
    keys: set[str] = set()
    for shortcut in window.findChildren(QShortcut):
        keys.add(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty():
            keys.add(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
    keys.discard("")
    missing = sorted(key for key in keys if key not in listed)
    assert not missing, f"not in Help ▸ Keyboard shortcuts: {missing}"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: window.shortcuts_dialog is not None and window.shortcuts_dialog.isVisible()
    )
    dialog = window.shortcuts_dialog
    assert dialog is not None
    assert dialog.table.rowCount() == len(shortcuts())
    close = dialog.findChild(QPushButton)
    assert close is not None and close.text()
    dialog.close()
    assert PASSPHRASE  # the vault was unlocked for the editors' shortcuts
