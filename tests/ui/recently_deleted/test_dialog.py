"""Undo in the window: the delete question, "Deleted — Undo", Recently deleted, undoing an
unlink and undoing every change made in an editor."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.driving import Host, open_controller

from satchel.services.notebook import cases, notes, people, recently_deleted
from satchel.ui.base.widgets import delete_question
from satchel.ui.base.widgets.delete_question import DeleteChoice, choice_of
from satchel.ui.cases.editor import CaseEditor
from satchel.ui.people.editor import PersonEditor
from satchel.ui.recently_deleted.dialog import RecentlyDeletedDialog
from satchel.ui.shell.undo_bar import UndoBar
from satchel.ui.shell.vault_controller import VaultController


@pytest.fixture
def controller(tmp_path: Path) -> Iterator[VaultController]:
    yield from open_controller(tmp_path / "vault")


@pytest.fixture
def undo_bar(qtbot: QtBot, controller: VaultController) -> Iterator[UndoBar]:
    window = QWidget()  # held here: the bar goes with its window
    qtbot.addWidget(window)
    bar = UndoBar(controller, window)
    window.show()
    yield bar


def _case(controller: VaultController, title: str = "Family reunion") -> uuid.UUID:
    made = controller.run(cases.create_case, title=title, summary="Embassy on Monday")
    assert made is not None
    return made


def _editor(qtbot: QtBot, controller: VaultController, kind: str, item: uuid.UUID) -> QWidget:
    host = Host(controller)
    qtbot.addWidget(host)
    host.open_item(kind, item)
    with qtbot.waitExposed(host):
        host.show()
    assert host.editor is not None
    return host.editor


def test_the_delete_question_names_the_action_and_cancel_is_the_default(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = delete_question.delete_question(parent, "Delete case", "Delete this case?", "Delete case")
    labels = [button.text().replace("&", "") for button in box.buttons()]

    assert "Delete case" in labels and "Cancel" in labels
    assert not {"Yes", "No", "OK"} & set(labels)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert choice_of(box) is DeleteChoice.CANCEL
    box.open()
    box.findChild(QPushButton, "deleteButton").click()
    assert choice_of(box) is DeleteChoice.TO_BIN
    box.checkBox().setChecked(True)
    assert choice_of(box) is DeleteChoice.NOW


def test_a_deleted_case_comes_back_from_the_undo_bar(
    qtbot: QtBot,
    controller: VaultController,
    undo_bar: UndoBar,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id = _case(controller)
    editor = _editor(qtbot, controller, "case", case_id)
    assert isinstance(editor, CaseEditor)
    monkeypatch.setattr(delete_question, "ask_to_delete", lambda *_a: DeleteChoice.TO_BIN)

    editor.delete_button.click()

    assert controller.run(cases.count_cases) == 0
    assert undo_bar.isVisible() and undo_bar.message.text() == "Case deleted"
    undo_bar.undo_button.click()
    assert not undo_bar.isVisible()
    detail = controller.run(cases.get_case, case_id)
    assert detail is not None and detail.summary == "Embassy on Monday"


def test_delete_immediately_skips_the_bin_and_offers_no_undo(
    qtbot: QtBot,
    controller: VaultController,
    undo_bar: UndoBar,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _editor(qtbot, controller, "case", _case(controller))
    assert isinstance(editor, CaseEditor)
    monkeypatch.setattr(delete_question, "ask_to_delete", lambda *_a: DeleteChoice.NOW)

    editor.delete_button.click()

    assert controller.run(cases.count_cases) == 0
    assert controller.run(recently_deleted.list_bin) == []
    assert not undo_bar.isVisible()


def test_unlink_can_be_undone_and_keeps_the_role_text(
    qtbot: QtBot, controller: VaultController, undo_bar: UndoBar
) -> None:
    case_id = _case(controller)
    person = controller.run(people.create_person, pseudonym="Lark")
    assert person is not None
    controller.run(people.link_person, case_id, person, "sister, holds the originals")
    editor = _editor(qtbot, controller, "case", case_id)
    assert isinstance(editor, CaseEditor)

    editor.people.unlink(person)
    detail = controller.run(cases.get_case, case_id)
    assert detail is not None and not detail.people
    assert undo_bar.message.text() == "Lark unlinked from this case"

    undo_bar.undo()

    detail = controller.run(cases.get_case, case_id)
    assert detail is not None
    assert [m.role_in_case for m in detail.people] == ["sister, holds the originals"]


def test_undo_changes_puts_every_field_back_as_it_was_opened(
    qtbot: QtBot, controller: VaultController
) -> None:
    case_id = _case(controller)
    editor = _editor(qtbot, controller, "case", case_id)
    assert isinstance(editor, CaseEditor)
    editor.title.setText("Wrong title")
    editor.summary.setPlainText("Overwritten by mistake")
    assert editor.save()
    editor.title.setText("Wrong again")
    assert editor.save()

    editor.revert_button.click()

    detail = controller.run(cases.get_case, case_id)
    assert detail is not None
    assert (detail.title, detail.summary) == ("Family reunion", "Embassy on Monday")
    assert editor.title.text() == "Family reunion"
    assert not editor.revert_to_opened()  # nothing left to undo


def test_a_person_editor_undoes_its_changes_too(qtbot: QtBot, controller: VaultController) -> None:
    person = controller.run(people.create_person, pseudonym="Wren", organisation="Shelter")
    assert person is not None
    editor = _editor(qtbot, controller, "person", person)
    assert isinstance(editor, PersonEditor)
    editor.organisation.setText("Wrong place")
    assert editor.save()

    assert editor.revert_to_opened()

    detail = controller.run(people.get_person, person)
    assert detail is not None and detail.organisation == "Shelter"


def test_recently_deleted_lists_restores_and_empties(
    qtbot: QtBot, controller: VaultController
) -> None:
    keep = _case(controller, "Kept case")
    gone = _case(controller, "Gone case")
    note = controller.run(notes.create_note, title="Old call", case_id=keep)
    controller.run(cases.delete_case, gone)
    controller.run(notes.delete_note, note)
    dialog = RecentlyDeletedDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()

    texts = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert texts == ["Note: Old call", "Case: Gone case"]
    assert dialog.restore_button.isEnabled()

    dialog.restore_selected()  # the first row, the note

    assert [n.title for n in controller.run(notes.list_notes) or []] == ["Old call"]
    assert dialog.table.rowCount() == 1
    dialog.empty_now()
    assert dialog.table.rowCount() == 0 and dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.empty_button.isEnabled()
    assert controller.run(cases.count_cases) == 1
