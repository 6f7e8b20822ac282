"""The person editor: pseudonym first, details saved as you type, identity masked."""
# ruff: noqa: RUF001  (Cyrillic text is the point here, not a confusable)

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.driving import Host, shown_texts, type_text

from satchel.services.notebook import cases, people
from satchel.services.notebook.views import PersonDetail
from satchel.store.types import fold_key
from satchel.ui.base.widgets import delete_question
from satchel.ui.base.widgets.delete_question import DeleteChoice
from satchel.ui.cases.editor import CaseEditor
from satchel.ui.people.editor import PersonEditor
from satchel.ui.shell.vault_controller import VaultController

LEGAL_NAME = "Olena Sentinelko"
PHONE = "+380 00 000 0001"


@pytest.fixture
def person_id(controller: VaultController) -> uuid.UUID:
    made = controller.run(
        people.create_person,
        pseudonym="Marta K.",
        role="client",
        identity={"legal_name": LEGAL_NAME, "phone": PHONE},
    )
    assert made is not None
    return made


def open_editor(qtbot: QtBot, controller: VaultController, person_id: uuid.UUID) -> PersonEditor:
    host = Host(controller)
    qtbot.addWidget(host)
    host.open_item("person", person_id)
    with qtbot.waitExposed(host):
        host.show()
    assert isinstance(host.editor, PersonEditor)
    return host.editor


def stored(controller: VaultController, person_id: uuid.UUID) -> PersonDetail:
    detail = controller.run(people.get_person, person_id)
    assert detail is not None
    return detail


def all_text(editor: PersonEditor) -> str:
    return "\n".join(shown_texts(editor))


def test_details_are_saved_after_a_pause(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, person_id)
    editor.pseudonym.edit.selectAll()
    type_text(editor.pseudonym.edit, "Марта К.")
    type_text(editor.organisation, "Притулок «Надія»")
    type_text(editor.contact, "Signal via the caseworker")
    editor.role.setCurrentIndex(editor.role.findData("family"))
    editor.notes.setPlainText("Prefers mornings.")
    qtbot.waitUntil(lambda: stored(controller, person_id).notes == "Prefers mornings.")
    detail = stored(controller, person_id)
    assert (detail.pseudonym, detail.role) == ("Марта К.", "family")
    assert detail.organisation == "Притулок «Надія»"
    assert detail.contact_method == "Signal via the caseworker"


def test_generate_gives_a_pseudonym_nobody_has(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    for name in ("Anna B.", "Ivan P.", "Maria S."):
        controller.run(people.create_person, pseudonym=name)
    editor = open_editor(qtbot, controller, person_id)
    editor.pseudonym.generate_button.click()
    generated = editor.pseudonym.text()
    others = {fold_key(p.pseudonym) for p in controller.run(people.list_people) or []}
    assert generated and fold_key(generated) not in others
    qtbot.waitUntil(lambda: stored(controller, person_id).pseudonym == generated)


def test_a_taken_pseudonym_is_refused_in_place(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.run(people.create_person, pseudonym="Taken")
    failures: list[str] = []
    controller.failed.connect(failures.append)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: pytest.fail("no pop-up"))
    editor = open_editor(qtbot, controller, person_id)
    editor.pseudonym.edit.selectAll()
    type_text(editor.pseudonym.edit, "taken")
    assert not editor.save()
    assert editor.error_label.isVisible()
    assert "Taken" in editor.error_label.text() or "taken" in editor.error_label.text()
    assert stored(controller, person_id).pseudonym == "Marta K."
    assert failures == []


def test_the_cases_of_a_person_open_on_click(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    case_id = controller.run(cases.create_case, title="Reunion")
    assert case_id is not None
    controller.run(people.link_person, case_id, person_id, "applicant")
    editor = open_editor(qtbot, controller, person_id)
    (link,) = [w for w in editor.findChildren(QLabel) if "Reunion — applicant" in w.text()]
    assert link.accessibleName() == "Open case Reunion"
    host = editor.parentWidget()
    assert isinstance(host, Host)
    link.linkActivated.emit(str(case_id))
    assert host.opened[-1] == ("case", case_id)
    assert isinstance(host.editor, CaseEditor)


def test_identity_is_masked_until_revealed_and_hidden_again(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, person_id)
    panel = editor.identity
    assert not panel.expanded
    assert LEGAL_NAME not in all_text(editor)
    assert PHONE not in all_text(editor)

    panel.reveal_ms_override = 300
    panel.reveal_button.click()
    assert panel.expanded
    assert panel.value_edits["legal_name"].text() == LEGAL_NAME
    assert panel.value_edits["legal_name"].accessibleDescription() == "Legal name, shown"
    assert LEGAL_NAME not in panel.value_edits["legal_name"].accessibleName()

    qtbot.waitUntil(lambda: not panel.revealed, timeout=3000)
    assert LEGAL_NAME not in all_text(editor)
    assert PHONE not in all_text(editor)
    assert panel.value_edits["legal_name"].accessibleDescription() == "Legal name, hidden"


def test_identity_hides_on_lock_and_on_close(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, person_id)
    assert editor.identity.reveal()
    assert LEGAL_NAME in all_text(editor)
    editor.close()
    assert LEGAL_NAME not in all_text(editor)

    editor = open_editor(qtbot, controller, person_id)
    assert editor.identity.reveal()
    controller.lock()
    assert not editor.identity.revealed
    assert LEGAL_NAME not in all_text(editor)


def test_delete_asks_first(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, controller, person_id)
    monkeypatch.setattr(delete_question, "ask_to_delete", lambda *_a: DeleteChoice.TO_BIN)
    editor.delete_button.click()
    assert controller.run(people.count_people) == 0
