"""Narrow and zoomed windows: the panes reflow so nothing scrolls sideways and the editor is
never cut off (1024x768, 1366x768 at 125 % and at 150 %, in logical pixels)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE

from satchel.services.checklists import case_checklists
from satchel.services.core import session as vault_session
from satchel.services.notebook import cases, notes, people
from satchel.ui.cases.section import CasesSection
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.pane_layout import PaneMode
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow
from satchel.ui.shell.workspace import Workspace
from satchel.vault import FAST_TEST_KDF

# Logical sizes: a 1024x768 screen; 1366x768 at 125 % and at 150 % (QT_SCALE_FACTOR).
SIZES = {
    "1024x768": ((1024, 768), PaneMode.COMPACT),
    "1366x768 at 125 %": ((1093, 614), PaneMode.COMPACT),
    "1366x768 at 150 %": ((911, 512), PaneMode.SINGLE),
}
TITLE = "Olena K. — Humanitarian visa application through the embassy in Warsaw"


@pytest.fixture
def window(qtbot: QtBot, app_settings: AppSettings, tmp_path: Path) -> Iterator[ShellWindow]:
    controller = VaultController()
    shell = ShellWindow(controller, app_settings)
    qtbot.addWidget(shell)
    shell.show_welcome()
    shell.show()
    folder = tmp_path / "vault"
    session, _phrase = vault_session.create(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    case = cases.create_case(
        session, title=TITLE, next_action="Book an appointment", due_date="2026-12-20"
    )
    for name, role in (("Olena K.", "client"), ("Ihor L.", "lawyer"), ("Marta S.", "family")):
        people.create_person(session, pseudonym=name, role=role, case_id=case)
    case_checklists.add_checklist(session, case, "personal-documents")
    notes.create_note(session, title="First meeting", body="Documents safe.", case_id=case)
    for number in range(12):
        cases.create_case(session, title=f"Case {number} — residence permit renewal")
    controller.adopt(session, folder)
    yield shell
    controller.lock()


def workspace_of(window: ShellWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


def first_case(workspace: Workspace) -> uuid.UUID:
    section = workspace.sections[0]
    assert isinstance(section, CasesSection)
    rows = [section.model.row(number) for number in range(section.model.rowCount())]
    return next(row.id for row in rows if row.title == TITLE)


def sideways_scrollbars(root: QWidget) -> list[str]:
    return [
        area.objectName() or type(area).__name__
        for area in root.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


def cut_off_fields(editor_area: QWidget) -> list[str]:
    """Controls of the editor not wholly inside the editor's width."""
    room = QRect(editor_area.mapTo(editor_area.window(), QPoint(0, 0)), editor_area.size())
    cut = []
    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractButton)
    for widget in editor_area.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractScrollArea)):
            continue  # a part of another control
        left = widget.mapTo(widget.window(), QPoint(0, 0)).x()
        if left < room.left() or left + widget.width() > room.right() + 1:
            cut.append(widget.accessibleName() or widget.objectName() or type(widget).__name__)
    return cut


def settle(qtbot: QtBot, window: ShellWindow) -> None:
    QApplication.processEvents()
    qtbot.waitUntil(window.isVisible)
    QApplication.processEvents()


@pytest.mark.parametrize("name", list(SIZES))
def test_no_sideways_scrolling_and_the_editor_fits(
    qtbot: QtBot, window: ShellWindow, name: str
) -> None:
    (width, height), mode = SIZES[name]
    window.resize(width, height)
    settle(qtbot, window)
    workspace = workspace_of(window)
    assert workspace.pane_mode == mode
    assert window.width() == width  # nothing in it forces the window wider
    assert sideways_scrollbars(window) == []

    workspace.open_item("case", first_case(workspace))
    settle(qtbot, window)
    assert workspace.editor_area.isVisible()
    assert sideways_scrollbars(window) == []
    assert cut_off_fields(workspace.editor_area) == []
    if mode == PaneMode.SINGLE:
        assert not workspace.centre.isVisible()  # the editor has the list's place
    else:
        assert workspace.centre.isVisible()  # list and editor side by side


def test_a_wide_window_keeps_three_panes_with_section_names(
    qtbot: QtBot, window: ShellWindow
) -> None:
    window.resize(1366, 736)
    settle(qtbot, window)
    workspace = workspace_of(window)
    assert workspace.pane_mode == PaneMode.WIDE
    assert workspace.sidebar.item(0).text() == "Cases"
    assert workspace.search_box.parentWidget() is workspace.sidebar.parentWidget()


def test_compact_sections_show_icons_with_their_names_kept(
    qtbot: QtBot, window: ShellWindow
) -> None:
    window.resize(1024, 768)
    settle(qtbot, window)
    workspace = workspace_of(window)
    item = workspace.sidebar.item(1)
    assert item.text() == ""
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "People"
    assert item.toolTip() == "People  (Ctrl+2)"
    assert workspace.search_box.isVisible()  # moved above the list
    window.resize(1366, 736)
    settle(qtbot, window)
    assert item.text() == "People"


def test_one_column_opens_on_enter_and_goes_back(qtbot: QtBot, window: ShellWindow) -> None:
    window.resize(911, 512)
    settle(qtbot, window)
    workspace = workspace_of(window)
    section = workspace.sections[0]
    assert isinstance(section, CasesSection)
    window.activateWindow()
    section.view.setFocus()
    section.view.setCurrentIndex(section.model.index(0, 0))
    qtbot.keyClick(section.view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not section.open_timer.isActive())
    assert workspace.centre.isVisible() and not workspace.editor_area.isVisible()

    qtbot.keyClick(section.view, Qt.Key.Key_Return)  # Enter: the editor takes the column
    settle(qtbot, window)
    assert workspace.editor_area.isVisible() and not workspace.centre.isVisible()
    back = workspace.back_bar.button
    assert back.isVisible() and back.accessibleName() == "Back to the list"
    back.click()
    settle(qtbot, window)
    assert workspace.centre.isVisible() and not workspace.editor_area.isVisible()
    assert section.view.currentIndex().row() == 1  # the place in the list is kept
