"""Identity editing through the person editor: fix or remove a field without revealing it,
and the date of birth as a date (stored as ISO; older free text converted at unlock)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.ui.driving import Host, press, shown_texts, type_text

from satchel.services.core import activity
from satchel.services.core import session as vault_session
from satchel.services.notebook import identity, people
from satchel.services.notebook.birth_dates import CONVERTED_SETTING
from satchel.store.models import Person, PersonIdentityField, VaultSetting
from satchel.ui.base.widgets.date_field import DateField
from satchel.ui.people.editor import PersonEditor
from satchel.ui.people.identity_dialog import IdentityDialog
from satchel.ui.shell.vault_controller import VaultController

LEGAL_NAME = "Olena Sentinelko"
PHONE = "+380 00 000 0001"


@pytest.fixture
def person_id(controller: VaultController) -> uuid.UUID:
    made = controller.run(
        people.create_person,
        pseudonym="Marta K.",
        identity={"legal_name": LEGAL_NAME, "phone": PHONE},
    )
    assert made is not None
    return made


def open_editor(qtbot: QtBot, controller: VaultController, person_id: uuid.UUID) -> PersonEditor:
    host = Host(controller)
    qtbot.addWidget(host)
    host.resize(900, 700)
    host.open_item("person", person_id)
    with qtbot.waitExposed(host):
        host.show()
    assert isinstance(host.editor, PersonEditor)
    return host.editor


def edit_identity(qtbot: QtBot, editor: PersonEditor) -> IdentityDialog:
    editor.identity.set_expanded(True)
    editor.identity.edit_button.click()
    dialog = editor.identity.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def reveals(controller: VaultController) -> int:
    events = controller.run(activity.list_activity) or []
    return sum(e.action == "revealed" for e in events)


def stored(controller: VaultController, person_id: uuid.UUID) -> dict[str, str]:
    """What the vault holds (opened here by the test, not through the window)."""
    return identity.reveal_identity(controller.session, person_id)


def test_typing_in_a_hidden_field_replaces_it_without_revealing(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, person_id)
    dialog = edit_identity(qtbot, editor)
    phone = dialog.edits["phone"]
    assert phone.text() == ""  # the old value is not there to be seen
    assert phone.placeholderText() == "Stored (hidden); type to replace"
    assert phone.accessibleDescription() == "Phone, stored and hidden; typing replaces it"
    assert dialog.edits["email"].accessibleDescription() == "Email, empty"
    texts = "\n".join(shown_texts(dialog) + shown_texts(editor))
    assert PHONE not in texts and LEGAL_NAME not in texts

    type_text(phone, "+380 00 000 0002")  # one wrong digit, fixed
    dialog.save_button.click()
    assert reveals(controller) == 0  # never opened for the window
    assert not editor.identity.revealed
    assert stored(controller, person_id) == {
        "legal_name": LEGAL_NAME,
        "phone": "+380 00 000 0002",
    }


def test_remove_deletes_a_hidden_field(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, person_id)
    dialog = edit_identity(qtbot, editor)
    assert set(dialog.remove_buttons) == {"legal_name", "phone"}  # only stored fields
    remove = dialog.remove_buttons["legal_name"]
    assert remove.accessibleName() == "Remove Legal name"
    remove.click()
    legal = dialog.edits["legal_name"]
    assert not legal.isEnabled() and legal.placeholderText() == "Removed when you save"
    assert legal.accessibleDescription() == "Legal name, removed when you save"
    assert (remove.text(), remove.accessibleName()) == ("Keep", "Keep Legal name")
    remove.click()  # changed their mind
    assert legal.isEnabled() and dialog.changes() == {}
    remove.click()
    dialog.save_button.click()
    assert reveals(controller) == 0
    assert stored(controller, person_id) == {"phone": PHONE}
    assert list(editor.identity.value_edits) == ["phone"]


def test_emptying_a_field_after_reveal_deletes_it(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, person_id)
    editor.identity.reveal()
    dialog = edit_identity(qtbot, editor)
    phone = dialog.edits["phone"]
    assert isinstance(phone, QLineEdit) and phone.text() == PHONE
    phone.setFocus()
    phone.selectAll()
    press(phone, Qt.Key.Key_Backspace)
    dialog.save_button.click()
    assert stored(controller, person_id) == {"legal_name": LEGAL_NAME}


def test_date_of_birth_is_typed_as_people_write_it_and_stored_as_iso(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    editor = open_editor(qtbot, controller, person_id)
    dialog = edit_identity(qtbot, editor)
    birth = dialog.edits["birth_date"]
    assert isinstance(birth, DateField)  # the due dates' field, with its calendar
    type_text(birth.line, "sometime in 87")
    dialog.save_button.click()
    assert dialog.isVisible()  # refused: said, nothing saved, nothing erased
    assert "is not a date" in dialog.error.text()
    assert birth.text() == "sometime in 87"
    assert "birth_date" not in stored(controller, person_id)

    birth.line.clear()
    type_text(birth.line, "14.03.1987")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert stored(controller, person_id)["birth_date"] == "1987-03-14"

    editor.identity.reveal()
    assert editor.identity.value_edits["birth_date"].text() == "1987-03-14"
    shown = edit_identity(qtbot, editor).edits["birth_date"]
    assert isinstance(shown, DateField) and shown.value() is not None
    assert shown.value().isoformat() == "1987-03-14"  # type: ignore[union-attr]


def plant_free_text(controller: VaultController, person_id: uuid.UUID, text: str) -> None:
    """A date of birth as an older Satchel (or the command line) stored it: free text."""
    vs = controller.session
    with vs.transaction() as session:
        person = session.get(Person, person_id)
        assert person is not None
        sealed = vs.sealer.seal(person_id, "birth_date", text)
        person.identity_fields.append(PersonIdentityField(field="birth_date", sealed=sealed))
        assert session.get(VaultSetting, CONVERTED_SETTING) is None  # as an older vault


def unlock_again(controller: VaultController) -> None:
    folder = controller.folder
    assert folder is not None
    controller.lock()
    controller.adopt(vault_session.unlock(folder, PASSPHRASE), folder)


def test_older_free_text_dates_become_iso_at_unlock_and_others_stay(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    other = controller.run(people.create_person, pseudonym="Ihor L.")
    third = controller.run(people.create_person, pseudonym="Anna S.")
    assert other is not None and third is not None
    plant_free_text(controller, person_id, "14 March 1987")
    plant_free_text(controller, other, "about 1990")
    plant_free_text(controller, third, "03/04/1987")  # March or April: not guessed
    unlock_again(controller)

    assert stored(controller, person_id)["birth_date"] == "1987-03-14"
    assert stored(controller, other)["birth_date"] == "about 1990"
    assert stored(controller, third)["birth_date"] == "03/04/1987"
    events = controller.run(activity.list_activity) or []
    converted = [e for e in events if e.action == "changed" and e.detail == "birth_date"]
    assert [e.ref_id for e in converted] == [person_id]

    # A value that is not a date is shown as it is and kept when the rest is saved.
    editor = open_editor(qtbot, controller, other)
    editor.identity.reveal()
    dialog = edit_identity(qtbot, editor)
    assert dialog.edits["birth_date"].text() == "about 1990"
    type_text(dialog.edits["phone"], "+49 000")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert stored(controller, other) == {"birth_date": "about 1990", "phone": "+49 000"}


def test_a_marked_vault_is_not_read_again(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    plant_free_text(controller, person_id, "14.03.1987")
    unlock_again(controller)
    assert stored(controller, person_id)["birth_date"] == "1987-03-14"
    before = controller.session.commit_seq
    unlock_again(controller)
    assert controller.session.commit_seq == before  # the second unlock writes nothing
