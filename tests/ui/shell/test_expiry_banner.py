"""The expiry banner groups what falls due: overdue, within a day, a week, 30 days."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from satchel.services.checklists import case_checklists
from satchel.services.notebook import cases
from satchel.services.notebook.due import DueItem
from satchel.ui.shell.expiry_banner import ALERT_DAYS, ExpiryBanner, group_counts
from satchel.ui.shell.vault_controller import VaultController


def today() -> dt.date:
    """Asked at each use, never at import: a run that passes midnight stays right."""
    return dt.date.today()


def dated_items(controller: VaultController, offsets: list[int]) -> None:
    case_id = controller.run(cases.create_case, title="Case of Marta K.")
    checklist_id = controller.run(case_checklists.add_checklist, case_id, "personal-documents")
    view = controller.run(case_checklists.get_checklist, checklist_id)
    for item, days in zip(view.items, offsets, strict=False):
        controller.run(
            case_checklists.set_item, item.id, due_date=today() + dt.timedelta(days=days)
        )


def item(days_left: int) -> DueItem:
    ident = uuid.uuid4()
    return DueItem(
        kind="checklist_item",
        id=ident,
        case_id=ident,
        case_title="Case",
        title="Passport",
        due_date=today() + dt.timedelta(days=days_left),
        days_left=days_left,
        overdue=days_left < 0,
        state="todo",
    )


def test_the_alert_horizons_default_to_one_seven_and_thirty_days() -> None:
    assert ALERT_DAYS == (1, 7, 30)
    days = [-40, -1, 0, 1, 2, 7, 8, 30]
    assert group_counts([item(d) for d in days]) == [2, 2, 2, 2]
    assert group_counts([item(31)]) == [0, 0, 0, 0]  # beyond the last horizon


def test_the_banner_groups_items_by_how_soon_they_fall_due(
    qtbot: QtBot, controller: VaultController
) -> None:
    dated_items(controller, [0, 5, 20, -3, 45])
    window = QWidget()
    qtbot.addWidget(window)
    banner = ExpiryBanner(controller, window)
    QVBoxLayout(window).addWidget(banner)
    window.show()

    assert banner.isVisible()
    assert [i.days_left for i in banner.items] == [-3, 0, 5, 20]  # 45 days is too far out
    expected = "Documents expiring: 1 overdue · 1 within a day · 1 within a week · 1 within 30 days"
    assert banner.headline() == expected
    assert banner.headline_label.text() == expected
    assert banner.plain_text().startswith(expected)
    assert banner.label.text().count("<br>") == 3  # three named and "and 1 more": one block


def test_empty_groups_are_left_out(qtbot: QtBot, controller: VaultController) -> None:
    dated_items(controller, [6, 7, 25])
    banner = ExpiryBanner(controller)
    qtbot.addWidget(banner)
    assert banner.headline() == "Documents expiring: 2 within a week · 1 within 30 days"
