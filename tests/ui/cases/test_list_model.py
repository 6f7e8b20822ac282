"""The lazy case model: a page at a time, sorted and filtered by the services, never in Python."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from satchel.services.checklists import case_checklists
from satchel.services.notebook import cases
from satchel.services.notebook.cases import CaseFilter
from satchel.store.models import Case
from satchel.ui.base.paged_model import PAGE_SIZE
from satchel.ui.cases.list_model import COLUMNS, ID_ROLE, PROGRESS_ROLE, CaseListModel
from satchel.ui.shell.vault_controller import VaultController

MANY = 100_000


def bulk_cases(controller: VaultController, count: int) -> None:
    """Rows written straight through the store models: 100k service calls would take minutes."""
    now = dt.datetime.now(dt.UTC)
    rows = [
        {
            "id": uuid.uuid4(),
            "title": f"Case {number:06d}",
            "summary": "",
            "status": ("open", "waiting", "closed")[number % 3],
            "priority": "normal",
            "next_action": "",
            "due_date": None,
            "opened_at": now,
            "updated_at": now - dt.timedelta(seconds=number),
        }
        for number in range(count)
    ]
    with controller.session.transaction() as session:
        session.execute(insert(Case), rows)


def titles(model: CaseListModel) -> list[str]:
    return [model.row(number).title for number in range(model.rowCount())]


def test_a_vault_of_100k_cases_loads_one_page_and_more_on_scroll(
    qtbot: QtBot, controller: VaultController
) -> None:
    bulk_cases(controller, MANY)
    model = CaseListModel(controller)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.reload()
    view.resize(600, 400)
    with qtbot.waitExposed(view):
        view.show()

    assert model.total == MANY
    assert model.rowCount() == PAGE_SIZE
    assert model.row(0).title == "Case 000000"  # newest first, as the service sorts

    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    assert model.rowCount() <= 3 * PAGE_SIZE  # one more page, not the vault
    assert model.canFetchMore()


def test_sorting_by_a_column_asks_the_service_again(
    qtbot: QtBot, controller: VaultController
) -> None:
    for title in ("beta", "Alpha", "gamma"):
        controller.run(cases.create_case, title=title)
    model = CaseListModel(controller)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.reload()
    assert titles(model) == ["gamma", "Alpha", "beta"]  # most recently changed first

    view.setSortingEnabled(True)
    with qtbot.waitSignal(model.modelReset):  # a new query, not a shuffle of loaded rows
        view.sortByColumn(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    assert model.pages_fetched == 1
    assert model.sort_key == ("title", False)
    assert titles(model) == ["Alpha", "beta", "gamma"]

    view.sortByColumn(COLUMNS.index("title"), Qt.SortOrder.DescendingOrder)
    assert titles(model) == ["gamma", "beta", "Alpha"]


def test_filters_and_changes(qtbot: QtBot, controller: VaultController) -> None:
    soon = dt.date.today() + dt.timedelta(days=3)
    controller.run(cases.create_case, title="Visa for Marta", tags=["visa"], due_date=soon)
    controller.run(cases.create_case, title="Closed one", status="closed")
    model = CaseListModel(controller)
    model.reload()
    assert model.total == 2

    model.set_filter(CaseFilter(status="closed"))
    assert titles(model) == ["Closed one"]
    model.set_filter(CaseFilter(tag="#Visa"))
    assert titles(model) == ["Visa for Marta"]
    model.set_filter(CaseFilter(due_before=soon))
    assert titles(model) == ["Visa for Marta"]
    index = model.index(0, COLUMNS.index("due"))
    assert model.data(index) != ""
    assert isinstance(model.data(index, ID_ROLE), uuid.UUID)
    assert "visa" in model.data(index, Qt.ItemDataRole.ToolTipRole)

    model.set_filter(CaseFilter())
    with qtbot.waitSignal(model.modelReset):
        controller.change("case", cases.create_case, title="Новое дело")
    assert model.total == 3
    assert model.row(0).title == "Новое дело"


def test_a_locked_vault_leaves_the_model_empty(controller: VaultController) -> None:
    controller.run(cases.create_case, title="One")
    model = CaseListModel(controller)
    model.reload()
    controller.lock()
    model.reload()
    assert model.rowCount() == 0
    assert not model.canFetchMore()


def test_the_progress_column_shows_done_out_of_needed(
    qtbot: QtBot, controller: VaultController
) -> None:
    busy = controller.run(cases.create_case, title="Busy")
    controller.run(cases.create_case, title="Idle")
    checklist_id = controller.run(case_checklists.add_checklist, busy, "personal-documents")
    items = [item.id for item in controller.run(case_checklists.get_checklist, checklist_id).items]
    controller.run(case_checklists.set_item, items[0], state="done")
    controller.run(case_checklists.set_item, items[1], state="done")
    controller.run(case_checklists.set_item, items[2], state="not_needed")
    counted = len(items) - 1
    model = CaseListModel(controller)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    model.sort(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    column = COLUMNS.index("progress")

    assert model.headerData(column, Qt.Orientation.Horizontal) == "Progress"
    busy_cell, idle_cell = model.index(0, column), model.index(1, column)
    assert model.data(busy_cell) == f"2/{counted}"
    assert model.data(busy_cell, PROGRESS_ROLE) == (2, counted)
    assert model.data(busy_cell, Qt.ItemDataRole.AccessibleTextRole) == f"2 of {counted} done"
    assert model.data(idle_cell) == ""
    assert model.data(idle_cell, Qt.ItemDataRole.AccessibleTextRole) == "No checklist items"

    with qtbot.waitSignal(model.modelReset):  # a change to an item updates the column
        controller.change("checklist", case_checklists.set_item, items[3], state="done")
    assert model.data(model.index(0, column)) == f"3/{counted}"

    model.sort(column, Qt.SortOrder.AscendingOrder)  # not a service sort key: ignored
    assert model.sort_key == ("title", False)
