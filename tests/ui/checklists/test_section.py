"""The Checklists list: all checklists across cases, progress, opening the case, Ctrl+N."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from tests.ui.driving import RecordingHost

from satchel.services.checklists import case_checklists
from satchel.services.checklists.overview import case_titles, count_checklists, list_all_checklists
from satchel.services.notebook import cases
from satchel.ui.checklists.section import CASE_ROLE, PROGRESS_ROLE, ChecklistsSection
from satchel.ui.shell.vault_controller import VaultController


def today() -> dt.date:
    """Asked at each use, never at import: a run that passes midnight stays right."""
    return dt.date.today()


def add_case(controller: VaultController, title: str) -> tuple[uuid.UUID, uuid.UUID]:
    case_id = controller.run(cases.create_case, title=title)
    assert case_id is not None
    checklist_id = controller.change(
        "checklist", case_checklists.add_checklist, case_id, "personal-documents"
    )
    assert case_id is not None and checklist_id is not None
    return case_id, checklist_id


@pytest.fixture
def section(
    qtbot: QtBot, controller: VaultController
) -> Iterator[tuple[ChecklistsSection, RecordingHost]]:
    host = RecordingHost()
    widget = ChecklistsSection(controller, host)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    yield widget, host


def test_overview_counts_in_sql(controller: VaultController) -> None:
    _case_b, list_b = add_case(controller, "Bravo case")
    case_a, list_a = add_case(controller, "alpha case")
    items = controller.run(case_checklists.get_checklist, list_a)
    assert items is not None
    first, second, third = items.items[:3]
    controller.run(case_checklists.set_item, first.id, state="done")
    controller.run(case_checklists.set_item, second.id, state="not_needed")
    controller.run(case_checklists.set_item, third.id, due_date=today() - dt.timedelta(days=2))
    rows = controller.run(list_all_checklists, 0, 10)
    assert rows is not None
    assert [row.case_title for row in rows] == ["alpha case", "Bravo case"]  # case-insensitive
    alpha = rows[0]
    assert (alpha.id, alpha.case_id) == (list_a, case_a)
    assert (alpha.done, alpha.counted) == (1, len(items.items) - 1)
    assert alpha.next_due == today() - dt.timedelta(days=2)
    assert alpha.overdue == 1
    assert rows[1].id == list_b and rows[1].next_due is None and rows[1].overdue == 0
    assert controller.run(count_checklists) == 2
    assert controller.run(list_all_checklists, 1, 10) == rows[1:]
    assert controller.run(case_titles, [case_a]) == {case_a: "alpha case"}
    assert controller.run(case_titles, []) == {}


def test_lists_every_checklist_with_progress(
    section: tuple[ChecklistsSection, RecordingHost], controller: VaultController
) -> None:
    widget, _host = section
    assert widget.stack.currentWidget() is widget.empty_label
    add_case(controller, "Case of Anna S.")
    add_case(controller, "Case of Yusuf T.")  # each change reloads the list
    model = widget.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Case of Anna S."
    done, counted = model.index(0, 1).data(PROGRESS_ROLE)
    assert done == 0 and counted > 0
    assert model.index(0, 1).data() == f"0 of {counted} done"
    assert "Personal documents" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert widget.count_label.text() == "2 checklists"
    assert widget.stack.currentWidget() is widget.view


def test_overdue_dates_are_marked(
    section: tuple[ChecklistsSection, RecordingHost], controller: VaultController
) -> None:
    widget, _host = section
    _case_id, checklist_id = add_case(controller, "Case of Anna S.")
    view = controller.run(case_checklists.get_checklist, checklist_id)
    assert view is not None
    controller.change(
        "checklist",
        case_checklists.set_item,
        view.items[0].id,
        due_date=today() - dt.timedelta(days=1),
    )
    index = widget.model.index(0, 2)
    assert "overdue" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"


def test_selecting_opens_the_case(
    section: tuple[ChecklistsSection, RecordingHost], controller: VaultController
) -> None:
    widget, host = section
    first_case, _ = add_case(controller, "Case A")
    second_case, _ = add_case(controller, "Case B")
    widget.view.setCurrentIndex(widget.model.index(1, 0))
    assert host.opened == [("case", second_case)]
    widget.view.activated.emit(widget.model.index(0, 0))
    assert host.opened[-1] == ("case", first_case)


def test_a_reload_keeps_the_selection_without_reopening(
    section: tuple[ChecklistsSection, RecordingHost], controller: VaultController
) -> None:
    widget, host = section
    case_id, checklist_id = add_case(controller, "Case A")
    widget.view.setCurrentIndex(widget.model.index(0, 0))
    assert host.opened == [("case", case_id)]
    view = controller.run(case_checklists.get_checklist, checklist_id)
    assert view is not None
    controller.change("checklist", case_checklists.set_item, view.items[0].id, state="done")
    assert widget.view.currentIndex().row() == 0
    assert host.opened == [("case", case_id)]  # the editor the user types in stays open


def test_ctrl_n_adds_a_checklist_to_the_selected_case(
    monkeypatch: pytest.MonkeyPatch,
    section: tuple[ChecklistsSection, RecordingHost],
    controller: VaultController,
) -> None:
    widget, host = section
    offered: list[list[str]] = []

    def choose(*args: object) -> tuple[str, bool]:
        titles = args[3]
        assert isinstance(titles, list)
        offered.append(titles)
        return next(t for t in titles if t.startswith("Personal documents inventory")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    widget.new_item()  # nothing selected: a hint, nothing added
    assert "Select" in widget.count_label.text()
    case_id, _ = add_case(controller, "Case A")
    widget.view.setCurrentIndex(widget.model.index(0, 0))
    widget.new_item()
    assert widget.model.rowCount() == 2
    assert {widget.model.index(r, 0).data(CASE_ROLE) for r in range(2)} == {case_id}
    assert host.opened[-1] == ("case", case_id)
    listed = controller.run(case_checklists.list_checklists, case_id)
    assert listed is not None and len(listed) == 2
    assert listed[1].template_key == "personal-documents"
    # each offered template says when it was last reviewed
    assert offered == [] or all("(reviewed " in t or "not reviewed" in t for t in offered[0])
