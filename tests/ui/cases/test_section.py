"""The Cases section: Ctrl+N adds a case, the list shows it, a row opens its editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.driving import Host, type_text

from satchel.services.notebook import cases
from satchel.ui.cases.editor import CaseEditor
from satchel.ui.cases.section import CasesSection
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.workspace import Workspace


@pytest.fixture
def section(qtbot: QtBot, controller: VaultController) -> tuple[CasesSection, Host]:
    host = Host(controller)
    qtbot.addWidget(host)
    section = CasesSection(controller, host)
    host.add_section(section)
    with qtbot.waitExposed(host):
        host.show()
    return section, host


def test_an_empty_vault_says_how_to_start(section: tuple[CasesSection, Host]) -> None:
    cases_section, _host = section
    assert cases_section.stack.currentWidget() is cases_section.empty_label
    assert "Ctrl+N" in cases_section.empty_label.text()


def test_ctrl_n_in_the_workspace_adds_a_case_and_opens_it(
    qtbot: QtBot, controller: VaultController
) -> None:
    workspace = Workspace(controller)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    with qtbot.waitActive(workspace):  # shortcuts reach only the active window
        workspace.show()
        workspace.activateWindow()
    cases_section = workspace.sections[0]
    assert isinstance(cases_section, CasesSection)

    qtbot.keyClick(workspace, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert cases_section.new_bar.isVisible()
    assert QApplication.focusWidget() is cases_section.new_title
    type_text(cases_section.new_title, "Виза для Олены")
    qtbot.keyClick(cases_section.new_title, Qt.Key.Key_Return)

    assert cases_section.model.rowCount() == 1
    assert cases_section.model.row(0).title == "Виза для Олены"
    assert not cases_section.new_bar.isVisible()
    assert cases_section.stack.currentWidget() is cases_section.view
    editor = workspace.editor_pane.currentWidget()
    assert isinstance(editor, CaseEditor)
    assert editor.title.text() == "Виза для Олены"
    workspace.close_editor()


def test_escape_cancels_a_new_case(qtbot: QtBot, section: tuple[CasesSection, Host]) -> None:
    cases_section, host = section
    cases_section.new_item()
    type_text(cases_section.new_title, "Never mind")
    qtbot.keyClick(cases_section.new_title, Qt.Key.Key_Escape)
    assert not cases_section.new_bar.isVisible()
    assert cases_section.model.total == 0
    assert host.editor is None


def test_selecting_a_row_opens_the_case_and_saving_keeps_the_selection(
    qtbot: QtBot, controller: VaultController, section: tuple[CasesSection, Host]
) -> None:
    cases_section, host = section
    first = controller.change("case", cases.create_case, title="First")
    controller.change("case", cases.create_case, title="Second")
    assert cases_section.model.rowCount() == 2

    cases_section.view.selectRow(1)  # "First": the older one
    qtbot.waitUntil(lambda: isinstance(host.editor, CaseEditor))  # loads after the selection
    editor = host.editor
    assert isinstance(editor, CaseEditor)
    assert editor.item_id == first

    editor.title.setText("First, renamed")
    editor.title.textEdited.emit("First, renamed")
    qtbot.waitUntil(lambda: cases.get_case(controller.session, first).title == "First, renamed")
    # The list reloaded (the case moved to the top) and still shows the open case selected,
    # without opening a second editor.
    assert cases_section.model.row(0).title == "First, renamed"
    assert cases_section.view.currentIndex().row() == 0
    assert host.editor is editor


def test_filters_narrow_the_list(qtbot: QtBot, controller: VaultController, section) -> None:  # type: ignore[no-untyped-def]
    cases_section, _host = section
    controller.change("case", cases.create_case, title="Visa", tags=["visa"])
    controller.change("case", cases.create_case, title="Old", status="closed")
    cases_section.status_filter.setCurrentIndex(cases_section.status_filter.findData("closed"))
    assert [r.title for r in cases_section.model.rows()] == ["Old"]
    cases_section.status_filter.setCurrentIndex(0)
    type_text(cases_section.tag_filter, "visa")
    qtbot.waitUntil(lambda: [r.title for r in cases_section.model.rows()] == ["Visa"])
    type_text(cases_section.tag_filter, "x")
    qtbot.waitUntil(lambda: cases_section.model.total == 0)
    assert cases_section.empty_label.text() == "No cases match these filters."
    cases_section.due_filter.setCurrentIndex(2)
    assert cases_section.model.case_filter.due_before is not None


def test_switching_cases_saves_the_one_left(
    qtbot: QtBot, controller: VaultController, section: tuple[CasesSection, Host]
) -> None:
    cases_section, host = section
    first = controller.change("case", cases.create_case, title="First")
    second = controller.change("case", cases.create_case, title="Second")
    assert first is not None and second is not None
    cases_section.view.selectRow(0)  # "Second"
    qtbot.waitUntil(lambda: isinstance(host.editor, CaseEditor))  # loads after the selection
    editor = host.editor
    assert isinstance(editor, CaseEditor) and editor.item_id == second
    type_text(editor.next_action, "Call back")
    assert editor.save_timer.isActive()

    cases_section.view.selectRow(1)  # "First": leaving "Second" saves it at once
    qtbot.waitUntil(lambda: host.editor is not editor)
    assert cases.get_case(controller.session, second).next_action == "Call back"
    assert isinstance(host.editor, CaseEditor)
    assert host.editor.item_id == first
    current = cases_section.view.currentIndex()
    assert cases_section.model.row(current.row()).id == first
