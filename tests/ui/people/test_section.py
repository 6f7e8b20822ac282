"""The People section: pseudonyms only, paged lazily, filtered by role; Ctrl+N adds someone."""
# ruff: noqa: RUF001  (Cyrillic text is the point here, not a confusable)

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert
from tests.ui.driving import Host, shown_texts, type_text

from satchel.services.notebook import people
from satchel.store.models import Person
from satchel.store.types import fold_key
from satchel.ui.base.paged_model import PAGE_SIZE
from satchel.ui.people.editor import PersonEditor
from satchel.ui.people.section import PeopleSection
from satchel.ui.shell.vault_controller import VaultController

SECRET = "Olena Petrenko-Sentinel"


@pytest.fixture
def section(qtbot: QtBot, controller: VaultController) -> tuple[PeopleSection, Host]:
    host = Host(controller)
    qtbot.addWidget(host)
    people_section = PeopleSection(controller, host)
    host.add_section(people_section)
    with qtbot.waitExposed(host):
        host.show()
    return people_section, host


def test_new_person_with_a_typed_cyrillic_pseudonym(
    qtbot: QtBot, section: tuple[PeopleSection, Host], controller: VaultController
) -> None:
    people_section, host = section
    assert "Ctrl+N" in people_section.empty_label.text()
    people_section.new_item()
    assert people_section.new_bar.isVisible()
    people_section.new_role.setCurrentIndex(people_section.new_role.findData("lawyer"))
    type_text(people_section.new_pseudonym.edit, "Олег В.")
    qtbot.keyClick(people_section.new_pseudonym.edit, Qt.Key.Key_Return)

    assert people_section.model.rowCount() == 1
    assert people_section.model.row(0).pseudonym == "Олег В."
    assert people_section.model.row(0).role == "lawyer"
    assert isinstance(host.editor, PersonEditor)
    assert not people_section.new_bar.isVisible()


def test_generate_never_repeats_a_pseudonym(
    section: tuple[PeopleSection, Host], controller: VaultController
) -> None:
    people_section, _host = section
    field = people_section.new_pseudonym
    for code in ("en", "ru", "uk", "de"):
        field.locale_box.setCurrentIndex(field.locale_box.findData(code))
        for _ in range(5):
            field.generate_button.click()
            name = field.text()
            taken = {fold_key(p.pseudonym) for p in controller.run(people.list_people) or []}
            assert name and fold_key(name) not in taken
            controller.change("person", people.create_person, pseudonym=name)
    assert people_section.model.total == 20


def test_the_list_shows_pseudonyms_only_and_pages(
    qtbot: QtBot, section: tuple[PeopleSection, Host], controller: VaultController
) -> None:
    people_section, _host = section
    controller.change(
        "person",
        people.create_person,
        pseudonym="Marta K.",
        organisation="Shelter",
        identity={"legal_name": SECRET},
    )
    assert SECRET not in " ".join(shown_texts(people_section))
    assert people_section.model.row(0).organisation == "Shelter"

    now = dt.datetime.now(dt.UTC)
    rows = [
        {
            "id": uuid.uuid4(),
            "pseudonym": f"Sparrow {n:04d}",
            "pseudonym_key": f"sparrow {n:04d}",
            "role": "other" if n % 2 else "ngo",
            "organisation": "",
            "contact_method": "",
            "notes": "",
            "created_at": now,
            "updated_at": now,
        }
        for n in range(3 * PAGE_SIZE)
    ]
    with controller.session.transaction() as session:
        session.execute(insert(Person), rows)
    people_section.refresh()
    assert people_section.model.total == 3 * PAGE_SIZE + 1
    assert people_section.model.rowCount() == PAGE_SIZE
    people_section.view.scrollToBottom()
    qtbot.waitUntil(lambda: people_section.model.rowCount() > PAGE_SIZE)

    people_section.role_filter.setCurrentIndex(people_section.role_filter.findData("ngo"))
    assert people_section.model.total == 3 * PAGE_SIZE // 2
    assert {p.role for p in people_section.model.rows()} == {"ngo"}
    people_section.role_filter.setCurrentIndex(people_section.role_filter.findData("embassy"))
    assert people_section.stack.currentWidget() is people_section.empty_label


def test_selecting_a_row_opens_the_person(
    qtbot: QtBot, section: tuple[PeopleSection, Host], controller: VaultController
) -> None:
    people_section, host = section
    person = controller.change("person", people.create_person, pseudonym="Ada")
    people_section.view.selectRow(0)
    qtbot.waitUntil(lambda: isinstance(host.editor, PersonEditor))  # loads after the selection
    assert isinstance(host.editor, PersonEditor)
    assert host.editor.item_id == person


def test_escape_cancels_a_new_person(qtbot: QtBot, section: tuple[PeopleSection, Host]) -> None:
    people_section, host = section
    people_section.new_item()
    type_text(people_section.new_pseudonym.edit, "Never mind")
    qtbot.keyClick(people_section.new_pseudonym.edit, Qt.Key.Key_Escape)
    assert not people_section.new_bar.isVisible()
    assert people_section.new_pseudonym.text() == ""
    assert people_section.model.total == 0
    assert host.editor is None
