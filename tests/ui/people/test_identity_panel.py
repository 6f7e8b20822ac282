"""The identity compartment: which fields are set, reveal (logged), copy, edit."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from tests.ui.driving import open_controller, shown_texts, type_text

from satchel.services.core import activity
from satchel.services.core.settings import VaultSettings, save_settings
from satchel.services.notebook import identity, people
from satchel.ui.people.identity_panel import MASK, IdentityPanel
from satchel.ui.platform.clipboard import SECRET_HINT_TYPE, secret_clipboard
from satchel.ui.shell.vault_controller import VaultController

LEGAL_NAME = "Олена Сентінел"
DOCUMENT = "FX 0000001"


@pytest.fixture
def controller(tmp_path: Path) -> Iterator[VaultController]:
    QGuiApplication.clipboard().clear()
    yield from open_controller(tmp_path / "vault")
    QGuiApplication.clipboard().clear()


@pytest.fixture
def person_id(controller: VaultController) -> uuid.UUID:
    made = controller.run(
        people.create_person,
        pseudonym="Olena",
        identity={"legal_name": LEGAL_NAME, "document_numbers": DOCUMENT},
    )
    assert made is not None
    return made


def make_panel(qtbot: QtBot, controller: VaultController, person_id: uuid.UUID) -> IdentityPanel:
    detail = controller.run(people.get_person, person_id)
    assert detail is not None
    panel = IdentityPanel(controller, person_id, detail.identity_fields_set)
    qtbot.addWidget(panel)
    with qtbot.waitExposed(panel):
        panel.show()
    return panel


def revealed_count(controller: VaultController) -> int:
    events = controller.run(activity.list_activity) or []
    return sum(e.action == "revealed" for e in events)


def test_only_which_fields_are_set_is_shown(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    panel = make_panel(qtbot, controller, person_id)
    assert list(panel.value_edits) == ["legal_name", "document_numbers"]
    assert all(edit.text() == MASK for edit in panel.value_edits.values())
    assert panel.value_edits["legal_name"].accessibleDescription() == "Legal name, hidden"
    assert panel.title() == "Identity · hidden"
    assert LEGAL_NAME not in "\n".join(shown_texts(panel))
    assert revealed_count(controller) == 0


def test_reveal_is_logged_and_collapsing_hides(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    panel = make_panel(qtbot, controller, person_id)
    panel.reveal_button.click()
    assert panel.value_edits["document_numbers"].text() == DOCUMENT
    assert panel.reveal_button.text() == "Hide"
    assert panel.status.text().startswith("Hides again in 30")  # the vault's default
    assert revealed_count(controller) == 1
    panel.set_expanded(False)
    assert not panel.revealed
    assert LEGAL_NAME not in "\n".join(shown_texts(panel))


def test_reveal_time_comes_from_the_vault(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    save_settings(controller.session, VaultSettings(reveal_seconds=5))
    panel = make_panel(qtbot, controller, person_id)
    panel.reveal()
    assert panel.hide_timer.interval() == 5000


def test_copy_one_field_marked_secret_and_cleared(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    panel = make_panel(qtbot, controller, person_id)
    secret_clipboard(controller).delay_ms_override = 200
    panel.set_expanded(True)
    panel.copy_buttons["legal_name"].click()  # masked: copied without showing it

    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == LEGAL_NAME
    assert bytes(clipboard.mimeData().data(SECRET_HINT_TYPE).data()) == b"secret"
    assert not panel.revealed
    assert LEGAL_NAME not in "\n".join(shown_texts(panel))
    assert revealed_count(controller) == 1
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)


def test_edit_without_reveal_starts_empty_and_keeps_the_rest(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    panel = make_panel(qtbot, controller, person_id)
    dialog = panel.open_editor()
    assert all(not text for text in (dialog.changes().values()))
    assert LEGAL_NAME not in "\n".join(shown_texts(dialog))
    type_text(dialog.edits["phone"], "+49 000")
    dialog.accept()

    values = controller.run(identity.reveal_identity, person_id)
    assert values == {"legal_name": LEGAL_NAME, "document_numbers": DOCUMENT, "phone": "+49 000"}
    assert list(panel.value_edits) == ["legal_name", "document_numbers", "phone"]
    assert panel.dialog is None


def test_edit_after_reveal_can_clear_a_field(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    panel = make_panel(qtbot, controller, person_id)
    panel.reveal()
    dialog = panel.open_editor()
    assert dialog.edits["legal_name"].text() == LEGAL_NAME  # type: ignore[union-attr]
    dialog.set_value("document_numbers", "")
    dialog.accept()
    assert not panel.revealed
    assert LEGAL_NAME not in "\n".join(shown_texts(dialog))  # wiped when it closed
    assert controller.run(identity.reveal_identity, person_id) == {"legal_name": LEGAL_NAME}
    assert list(panel.value_edits) == ["legal_name"]


def test_nothing_stored(qtbot: QtBot, controller: VaultController) -> None:
    person = controller.run(people.create_person, pseudonym="Empty")
    assert person is not None
    panel = make_panel(qtbot, controller, person)
    assert panel.title() == "Identity · nothing stored"
    assert not panel.reveal_button.isEnabled()


def test_ctrl_c_on_a_shown_field_goes_through_the_guard(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    panel = make_panel(qtbot, controller, person_id)
    panel.reveal()
    edit = panel.value_edits["document_numbers"]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == DOCUMENT
    assert bytes(clipboard.mimeData().data(SECRET_HINT_TYPE).data()) == b"secret"
    assert secret_clipboard(controller).holds_secret
    assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def test_a_shown_value_cannot_be_selected(
    qtbot: QtBot, controller: VaultController, person_id: uuid.UUID
) -> None:
    """On X11 a selection lands in the PRIMARY clipboard unmarked and never cleared."""
    panel = make_panel(qtbot, controller, person_id)
    panel.reveal()
    edit = panel.value_edits["legal_name"]
    edit.selectAll()
    assert not edit.hasSelectedText()
    qtbot.mouseDClick(edit, Qt.MouseButton.LeftButton)
    assert not edit.hasSelectedText()
