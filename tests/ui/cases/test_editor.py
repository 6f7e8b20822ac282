"""The case editor: fields saved as you type, people, notes, checklists, deleting."""
# ruff: noqa: RUF001  (Cyrillic text is the point here, not a confusable)

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.ui.driving import Host, press, type_text

from satchel.services.core import session as vault_session
from satchel.services.notebook import cases, notes, people
from satchel.services.notebook.views import CaseDetail
from satchel.ui.base.widgets import delete_question
from satchel.ui.base.widgets.delete_question import DeleteChoice
from satchel.ui.cases.editor import CaseEditor
from satchel.ui.checklists.panel import ChecklistPanel
from satchel.ui.shell.vault_controller import VaultController


@pytest.fixture
def case_id(controller: VaultController) -> uuid.UUID:
    made = controller.run(cases.create_case, title="Family reunion", tags=["visa"])
    assert made is not None
    return made


def open_editor(qtbot: QtBot, controller: VaultController, case_id: uuid.UUID) -> CaseEditor:
    host = Host(controller)
    qtbot.addWidget(host)
    host.open_item("case", case_id)
    with qtbot.waitExposed(host):
        host.show()
    assert isinstance(host.editor, CaseEditor)
    return host.editor


def stored(controller: VaultController, case_id: uuid.UUID) -> CaseDetail:
    detail = controller.run(cases.get_case, case_id)
    assert detail is not None
    return detail


def test_typing_saves_after_a_pause(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, case_id)
    editor.title.selectAll()
    type_text(editor.title, "Воссоединение семьи")
    assert stored(controller, case_id).title == "Family reunion"  # not yet: debounced
    assert editor.save_timer.isActive()
    qtbot.waitUntil(lambda: stored(controller, case_id).title == "Воссоединение семьи")

    editor.status.setCurrentIndex(editor.status.findData("waiting"))
    editor.priority.setCurrentIndex(editor.priority.findData("urgent"))
    editor.tags.end(False)  # fields open showing their start: click at the end to add
    type_text(editor.tags, ", Urgent, #embassy")
    type_text(editor.next_action, "Call the embassy")
    type_text(editor.due.line, "20.12.2026")
    editor.due.line.editingFinished.emit()
    editor.summary.setPlainText("Two children, one passport missing.")
    qtbot.waitUntil(lambda: stored(controller, case_id).summary.startswith("Two children"))
    detail = stored(controller, case_id)
    assert (detail.status, detail.priority) == ("waiting", "urgent")
    assert set(detail.tags) == {"visa", "Urgent", "embassy"}
    assert detail.next_action == "Call the embassy"
    assert detail.due_date == dt.date(2026, 12, 20)
    assert editor.due.text() == "2026-12-20"

    editor.due.line.clear()
    assert editor.save()
    assert stored(controller, case_id).due_date is None


def test_an_empty_title_is_not_saved(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, case_id)
    editor.title.clear()
    editor.title.textEdited.emit("")
    editor.save()
    assert stored(controller, case_id).title == "Family reunion"
    assert editor.error_label.isVisible()
    type_text(editor.title, "Back")
    editor.save()
    assert not editor.error_label.isVisible()
    assert stored(controller, case_id).title == "Back"


def test_closing_and_locking_save_what_is_pending(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, case_id)
    type_text(editor.next_action, "Book")
    editor.close()
    assert stored(controller, case_id).next_action == "Book"

    editor = open_editor(qtbot, controller, case_id)
    editor.next_action.end(False)  # fields open showing their start: click at the end to add
    type_text(editor.next_action, " a lawyer")
    controller.lock()
    assert controller.folder is not None
    controller.adopt(vault_session.unlock(controller.folder, PASSPHRASE), controller.folder)
    assert stored(controller, case_id).next_action == "Book a lawyer"


def test_link_an_existing_person_with_a_role(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    person = controller.run(people.create_person, pseudonym="Marta K.", role="client")
    controller.run(people.create_person, pseudonym="Ігор Л.", role="lawyer")
    editor = open_editor(qtbot, controller, case_id)
    assert editor.people.empty_label.isVisible()

    dialog = editor.people.open_link_dialog()
    type_text(dialog.find_edit, "mart")
    assert dialog.results.count() == 1
    dialog.results.setCurrentRow(0)
    assert dialog.link_button.isEnabled()
    assert [dialog.role_in_case.itemText(i) for i in range(2)] == ["Client", "Lawyer"]
    type_text(dialog.role_line, "applicant")
    dialog.link_button.click()

    members = stored(controller, case_id).people
    assert [(m.person_id, m.role_in_case) for m in members] == [(person, "applicant")]
    qtbot.waitUntil(lambda: len(editor.people.members) == 1)
    assert not editor.people.empty_label.isVisible()

    editor.people.unlink(members[0].person_id)
    assert stored(controller, case_id).people == ()
    assert editor.people.members == ()


def test_link_a_new_person_with_a_generated_pseudonym(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, case_id)
    dialog = editor.people.open_link_dialog()
    dialog.new_pseudonym.locale_box.setCurrentIndex(dialog.new_pseudonym.locale_box.findData("uk"))
    dialog.new_pseudonym.generate_button.click()
    generated = dialog.new_pseudonym.text()
    assert generated
    assert dialog.link_button.text() == "Add and link"
    labels = [widget.text() for widget in dialog.findChildren(QLabel) if widget.isVisibleTo(dialog)]
    assert "Role in this case" in labels and "Role" not in labels  # asked once
    dialog.role_in_case.setCurrentIndex(dialog.role_in_case.findData("family"))
    dialog.link_button.click()

    (member,) = stored(controller, case_id).people
    assert (member.pseudonym, member.role, member.role_in_case) == (generated, "family", "Family")
    assert [m.pseudonym for m in editor.people.members] == [generated]


def test_notes_timeline_and_new_note(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    controller.run(notes.create_note, title="Older", case_id=case_id)
    controller.run(notes.create_note, title="Pinned", case_id=case_id, pinned=True)
    controller.run(notes.create_note, title="Newest", case_id=case_id)
    editor = open_editor(qtbot, controller, case_id)
    rows = [editor.notes.list.topLevelItem(r) for r in range(3)]
    assert [row.text(0) for row in rows if row] == ["Pinned", "Newest", "Older"]
    assert rows[0] is not None and rows[0].text(1).startswith("Pinned · ")

    host = editor.parent()
    while host is not None and not isinstance(host, Host):
        host = host.parent()
    assert isinstance(host, Host)
    editor.notes.list.itemClicked.emit(editor.notes.list.topLevelItem(1), 0)
    assert host.opened[-1][0] == "note"

    editor = open_editor(qtbot, controller, case_id)
    editor_host = editor.parentWidget()
    assert isinstance(editor_host, Host)
    editor.notes.new_button.click()
    kind, note_id = editor_host.opened[-1]
    assert kind == "note"
    note = controller.run(notes.get_note, note_id)
    assert note is not None and note.case_id == case_id


def test_add_a_checklist_from_a_template(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, case_id)
    panel = editor.checklists
    assert panel.empty_label.isVisible()
    panel.menu.aboutToShow.emit()
    actions = panel.menu.actions()
    assert actions
    actions[0].trigger()

    (block,) = panel.blocks
    assert block.expanded
    assert isinstance(block.panel, ChecklistPanel)
    done, counted = stored(controller, case_id).checklists[0].progress
    assert (block.progress.value(), block.progress.maximum()) == (done, counted)
    assert block.progress_label.text() == f"0 of {counted} done"

    # Collapsed and opened again: the same panel, built once.
    block.set_expanded(False)
    assert not block.body.isVisible()
    block.set_expanded(True)
    assert block.panel is not None


def test_delete_asks_first(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, controller, case_id)
    questions: list[str] = []

    def answer(_parent: QWidget, _title: str, text: str, button: str) -> DeleteChoice:
        questions.append(text)
        assert button == "Delete case"
        return DeleteChoice.CANCEL if len(questions) == 1 else DeleteChoice.TO_BIN

    monkeypatch.setattr(delete_question, "ask_to_delete", answer)
    editor.delete_button.click()
    assert stored(controller, case_id).title == "Family reunion"
    editor.delete_button.click()
    assert "this case" in questions[0]
    assert "Family reunion" not in questions[0]
    assert controller.run(cases.count_cases) == 0


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    person = controller.run(people.create_person, pseudonym="Sam")
    assert person is not None
    controller.run(people.link_person, case_id, person, "sponsor")
    editor = open_editor(qtbot, controller, case_id)
    editor.checklists.menu.aboutToShow.emit()
    editor.checklists.menu.actions()[0].trigger()
    controls = editor.findChildren(QWidget)
    unnamed = [
        w
        for w in controls
        if isinstance(w, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton))
        and w.isVisibleTo(editor)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
        and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))
    ]
    assert unnamed == []


def test_tab_order_follows_the_page(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    person = controller.run(people.create_person, pseudonym="Sam")
    assert person is not None
    controller.run(people.link_person, case_id, person, "sponsor")
    editor = open_editor(qtbot, controller, case_id)
    names: list[str] = []
    widget: QWidget | None = editor.title
    for _ in range(200):
        assert widget is not None
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(editor)
            and widget.isEnabled()
            and widget.accessibleName()
        ):
            names.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
        if widget is editor.title:
            break
    expected = [
        "Case title",
        "Status",
        "Priority",
        "Tags, separated by commas",
        "Next action",
        "Due date",
        "Pick Due date from a calendar",
        "Summary",
        "Open Sam",
        "Role of Sam in this case",
        "Unlink Sam from this case",
        "Link a person to this case",
        "New note in this case",
        "Add a checklist from a template",
    ]
    assert [n for n in names if n in expected] == expected
    assert names[-1] == "Delete this case"


def test_long_fields_open_showing_their_start(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    long_text = "Prepare the certified copy for the consulate, only a photocopy so far"
    controller.change("case", cases.update_case, case_id, next_action=long_text)
    editor = open_editor(qtbot, controller, case_id)
    editor.resize(420, 600)
    assert editor.next_action.text() == long_text
    assert editor.next_action.cursorPosition() == 0  # "Prepare the…", not "…so far"


def test_the_pseudonym_language_is_remembered_across_dialogs_and_unlocks(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, case_id)
    dialog = editor.people.open_link_dialog()
    box = dialog.new_pseudonym.locale_box
    assert box.currentData() == "en"  # the interface language at first
    box.setFocus()
    while box.currentData() != "uk":
        press(box, Qt.Key.Key_Down)  # the user's choice, as the keyboard makes it
    dialog.new_pseudonym.generate_button.click()
    assert dialog.new_pseudonym.text()[0] in "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЮЯ"
    dialog.reject()

    again = editor.people.open_link_dialog()
    assert again.new_pseudonym.locale_box.currentData() == "uk"
    again.reject()
    controller.lock()
    assert controller.folder is not None
    controller.adopt(vault_session.unlock(controller.folder, PASSPHRASE), controller.folder)
    editor = open_editor(qtbot, controller, case_id)
    assert editor.people.open_link_dialog().new_pseudonym.locale_box.currentData() == "uk"
