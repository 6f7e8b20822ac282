"""Activity: newest first, plain words, paged as the view scrolls, never any content."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.driving import IDENTITY_SENTINEL, RecordingHost

from satchel.services.notebook import cases, identity, notes, people
from satchel.ui.overview.activity import ActivitySection, detail_text, event_text
from satchel.ui.shell.vault_controller import VaultController

NOTE_SENTINEL = "QUOKKA-NOTE-BODY-5512"


@pytest.fixture
def section(
    qtbot: QtBot, controller: VaultController
) -> Iterator[tuple[ActivitySection, RecordingHost]]:
    host = RecordingHost()
    widget = ActivitySection(controller, host)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    yield widget, host


def all_texts(widget: ActivitySection) -> list[str]:
    model = widget.model
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
    return [
        str(model.index(row, column).data(role))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for role in roles
    ]


def test_events_in_plain_words_newest_first_without_content(
    section: tuple[ActivitySection, RecordingHost], controller: VaultController
) -> None:
    widget, _host = section
    assert widget.stack.currentWidget() is widget.empty_label
    case_id = controller.change("case", cases.create_case, title="Case of Anna S.")
    assert case_id is not None
    note_id = controller.change(
        "note", notes.create_note, title="Visit", body=NOTE_SENTINEL, case_id=case_id
    )
    assert note_id is not None
    controller.change("note", notes.save_note, note_id, body=NOTE_SENTINEL + " more")
    person_id = controller.change(
        "person",
        people.create_person,
        pseudonym="Anna S.",
        identity={"legal_name": IDENTITY_SENTINEL},
    )
    assert person_id is not None
    controller.change("identity", identity.reveal_identity, person_id)
    whats = [widget.model.index(r, 1).data() for r in range(widget.model.rowCount())]
    assert whats[:4] == ["Identity revealed", "Person added", "Note changed", "Note created"]
    assert whats[-1] == "Case created"
    assert widget.model.index(0, 3).data() == "Legal name"  # the identity field's own label
    records = [widget.model.index(r, 2).data() for r in range(widget.model.rowCount())]
    # each entry names its record as the lists do: the pseudonym, the note's or case's title
    assert records[:4] == ["Anna S.", "Anna S.", "Visit", "Visit"]
    assert records[-1] == "Case of Anna S."
    texts = " ".join(all_texts(widget))
    for secret in (NOTE_SENTINEL, IDENTITY_SENTINEL):
        assert secret not in texts
    assert widget.stack.currentWidget() is widget.view


def test_pages_load_as_the_view_asks(
    qtbot: QtBot, section: tuple[ActivitySection, RecordingHost], controller: VaultController
) -> None:
    widget, _host = section
    for number in range(7):
        controller.run(cases.create_case, title=f"Case {number}")
    widget.model.page_size = 3
    widget.model.reload()
    assert widget.model.rowCount() == 3
    assert widget.model.canFetchMore()
    widget.model.fetchMore()
    widget.model.fetchMore()
    assert widget.model.rowCount() == 7
    assert not widget.model.canFetchMore()  # a short page: the end
    assert widget.model.pages_fetched == 3


def test_enter_opens_what_the_event_is_about(
    section: tuple[ActivitySection, RecordingHost], controller: VaultController
) -> None:
    widget, host = section
    case_id = controller.change("case", cases.create_case, title="Case of Oleg V.")
    doomed = controller.change("case", cases.create_case, title="Doomed")
    assert doomed is not None
    controller.change("case", cases.delete_case, doomed)
    assert isinstance(case_id, uuid.UUID)
    rows = {widget.model.index(r, 1).data(): r for r in range(widget.model.rowCount())}
    widget.open_index(widget.model.index(rows["Case deleted"], 1))
    assert host.opened == []  # a deleted thing cannot be opened
    assert widget.model.index(rows["Case deleted"], 2).data() == "Doomed"  # from the bin
    widget.open_index(widget.model.index(widget.model.rowCount() - 1, 2))
    assert host.opened == [("case", case_id)]


def test_wording() -> None:
    assert event_text("revealed", "identity") == "Identity revealed"
    assert event_text("changed", "note") == "Note changed"
    assert event_text("exported", "vault") == "Vault: exported"
    assert detail_text("case", "status, next_action") == "status, next action"
    assert detail_text("checklist", "personal-documents") == ""
    assert detail_text("person", "3 from vcard") == "3 from a vCard file"
    assert detail_text("note", "12 from Markdown") == "12 from Markdown files"
    assert (
        detail_text("attachment", "image/png") == "PNG image"
    )  # a type in words, never a MIME string
