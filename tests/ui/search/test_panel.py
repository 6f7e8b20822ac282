"""Search as you type: grouped, highlighted, keyboard-driven, identity never shown."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from tests.ui.driving import (
    IDENTITY_SENTINEL,
    RecordingHost,
    press,
    type_text,
)

from satchel.services.checklists import case_checklists
from satchel.services.notebook import cases, notes, people
from satchel.ui.search.panel import (
    HEADER_ROLE,
    HTML_ROLE,
    MARK_CLOSE,
    MARK_OPEN,
    SearchPanel,
    marked_html,
)
from satchel.ui.shell.vault_controller import VaultController


@pytest.fixture
def ids(controller: VaultController) -> dict[str, uuid.UUID]:
    """One of each kind, all mentioning "passport"; the identity holds it too."""
    case_id = controller.run(
        cases.create_case, title="Passport renewal for Marta K.", summary="Embassy visit"
    )
    assert case_id is not None
    person_id = controller.run(
        people.create_person,
        pseudonym="Marta K.",
        notes="Keeps her passport at home",
        identity={"legal_name": f"{IDENTITY_SENTINEL} passport"},
        case_id=case_id,
    )
    note_id = controller.run(
        notes.create_note,
        title="Call",
        body="The <b>passport</b> & visa are with the lawyer.",
        case_id=case_id,
    )
    checklist_id = controller.run(case_checklists.add_checklist, case_id, "personal-documents")
    found = {"case": case_id, "person": person_id, "note": note_id, "checklist": checklist_id}
    assert all(isinstance(value, uuid.UUID) for value in found.values())
    return found  # type: ignore[return-value]


@pytest.fixture
def panel(qtbot: QtBot, controller: VaultController) -> Iterator[tuple[SearchPanel, RecordingHost]]:
    host = RecordingHost()
    widget = SearchPanel(controller, host)
    qtbot.addWidget(widget)
    widget.resize(600, 700)
    widget.show()
    yield widget, host


def rows(panel: SearchPanel) -> list[tuple[bool, str]]:
    model = panel.model
    return [
        (bool(model.index(r, 0).data(HEADER_ROLE)), str(model.index(r, 0).data()))
        for r in range(model.rowCount())
    ]


def test_results_come_as_you_type_grouped_by_kind(
    qtbot: QtBot, panel: tuple[SearchPanel, RecordingHost], ids: dict[str, uuid.UUID]
) -> None:
    widget, _host = panel
    widget.search("passp")
    assert widget.timer.isActive()  # debounced
    qtbot.waitUntil(lambda: bool(widget.results), timeout=1000)
    headers = [text for is_header, text in rows(widget) if is_header]
    assert headers == ["Cases", "People", "Notes", "Checklist items"]
    shown = rows(widget)
    assert shown[0] == (True, "Cases")
    assert shown[1] == (False, "Passport renewal for Marta K.")
    assert widget.current_result() is not None
    assert widget.current_result().kind == "case"  # type: ignore[union-attr]
    assert widget.count_label.text().endswith("results")


def test_matches_are_bold_and_text_is_escaped(
    panel: tuple[SearchPanel, RecordingHost], ids: dict[str, uuid.UUID]
) -> None:
    widget, _host = panel
    widget.search("passport")
    widget.run_search()
    note_row = next(
        r for r in range(widget.model.rowCount()) if widget.model.index(r, 0).data() == "Call"
    )
    rich = widget.model.index(note_row, 0).data(HTML_ROLE)
    assert "<b>passport</b>" in rich
    assert "&lt;b&gt;" in rich  # the note's own markup is shown as text
    assert "&amp; visa" in rich
    assert "Passport renewal for Marta K." in rich  # the case it belongs to
    assert MARK_OPEN not in rich and MARK_CLOSE not in rich


def test_marked_html() -> None:
    assert marked_html(f"a {MARK_OPEN}x<y{MARK_CLOSE} b") == "a <b>x&lt;y</b> b"
    assert marked_html(f"{MARK_OPEN}open") == "<b>open</b>"  # always balanced
    assert marked_html(f"stray{MARK_CLOSE} & more") == "stray &amp; more"


def test_identity_never_appears(
    panel: tuple[SearchPanel, RecordingHost], ids: dict[str, uuid.UUID]
) -> None:
    widget, _host = panel
    widget.search(IDENTITY_SENTINEL)
    widget.run_search()
    assert widget.results == []
    assert "Nothing found" in widget.empty_label.text()
    widget.search("passport")
    widget.run_search()
    texts = [
        str(widget.model.index(r, 0).data(role))
        for r in range(widget.model.rowCount())
        for role in (Qt.ItemDataRole.DisplayRole, HTML_ROLE, Qt.ItemDataRole.AccessibleTextRole)
    ]
    assert widget.results
    assert not any(IDENTITY_SENTINEL in text for text in texts)


def test_up_down_skip_headers_and_enter_opens_the_right_editor(
    qtbot: QtBot, panel: tuple[SearchPanel, RecordingHost], ids: dict[str, uuid.UUID]
) -> None:
    widget, host = panel
    box = QLineEdit()
    qtbot.addWidget(box)
    widget.attach_search_box(box)
    box.textChanged.connect(widget.search)
    box.returnPressed.connect(widget.open_current)
    box.show()
    type_text(box, "passport")
    press(box, Qt.Key.Key_Return)  # before the debounce: searches, then opens
    assert host.opened == [("case", ids["case"])]
    expected = [("person", ids["person"]), ("note", ids["note"])]
    for kind_and_id in expected:
        press(box, Qt.Key.Key_Down)  # skips the "People" / "Notes" headers
        press(box, Qt.Key.Key_Return)
        assert host.opened[-1] == kind_and_id
    press(box, Qt.Key.Key_Down)
    assert widget.current_result().kind == "checklist_item"  # type: ignore[union-attr]
    press(box, Qt.Key.Key_Return)
    assert host.opened[-1] == ("case", ids["case"])  # a checklist item opens its case
    press(box, Qt.Key.Key_PageUp)
    assert widget.current_result().kind == "case"  # type: ignore[union-attr]
    press(box, Qt.Key.Key_Up)  # nothing above the first result
    assert widget.view.currentIndex().row() == 1


def test_the_list_itself_takes_enter(
    panel: tuple[SearchPanel, RecordingHost], ids: dict[str, uuid.UUID]
) -> None:
    widget, host = panel
    widget.search("Marta")
    widget.run_search()
    widget.view.setFocus()
    press(widget.view, Qt.Key.Key_Down)
    press(widget.view, Qt.Key.Key_Return)
    assert host.opened == [("person", ids["person"])]


def test_changes_refresh_the_results(
    panel: tuple[SearchPanel, RecordingHost], controller: VaultController, qtbot: QtBot
) -> None:
    widget, _host = panel
    widget.search("zanzibar")
    widget.run_search()
    assert widget.results == []
    controller.change("case", cases.create_case, title="Zanzibar trip")
    qtbot.waitUntil(lambda: bool(widget.results), timeout=1000)
    widget.search("")
    widget.run_search()
    assert widget.model.rowCount() == 0
