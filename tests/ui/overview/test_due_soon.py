"""Due soon and the expiry banner: sorted dates, overdue first in red, opening the case."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.driving import (
    IDENTITY_SENTINEL,
    RecordingHost,
)

from satchel.services.checklists import case_checklists
from satchel.services.notebook import cases, people
from satchel.ui.overview.due_soon import CASE_ROLE, DueSoonSection
from satchel.ui.shell.expiry_banner import ExpiryBanner
from satchel.ui.shell.vault_controller import VaultController


def today() -> dt.date:
    """Asked at each use, never at import: a run that passes midnight stays right."""
    return dt.date.today()


def dated_case(
    controller: VaultController, title: str, offsets: list[int]
) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """A case with a checklist whose first items fall due `offsets` days from today."""
    case_id = controller.run(cases.create_case, title=title)
    assert case_id is not None
    checklist_id = controller.run(case_checklists.add_checklist, case_id, "personal-documents")
    assert checklist_id is not None
    view = controller.run(case_checklists.get_checklist, checklist_id)
    assert view is not None
    for item, days in zip(view.items, offsets, strict=False):
        controller.run(
            case_checklists.set_item, item.id, due_date=today() + dt.timedelta(days=days)
        )
    controller.changed.emit("checklist")
    return case_id, [item.id for item in view.items[: len(offsets)]]


@pytest.fixture
def section(
    qtbot: QtBot, controller: VaultController
) -> Iterator[tuple[DueSoonSection, RecordingHost]]:
    host = RecordingHost()
    widget = DueSoonSection(controller, host)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    yield widget, host


def test_sorted_by_date_with_overdue_on_top_in_red(
    section: tuple[DueSoonSection, RecordingHost], controller: VaultController
) -> None:
    widget, _host = section
    assert widget.stack.currentWidget() is widget.empty_label
    dated_case(controller, "Case of Anna S.", [12, -4])
    dated_case(controller, "Case of Oleg V.", [3, 200])
    model = widget.model
    assert model.rowCount() == 3  # 200 days ahead is beyond the 30-day default
    dates = [model.row(r).due_date for r in range(3)]
    assert dates == sorted(dates)
    top = model.index(0, 0)
    assert model.row(0).overdue
    assert top.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert "overdue" in top.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "4 days ago" in top.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b26a00"
    assert model.index(0, 2).data() == "Case of Anna S."
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Date",
        "What",
        "Case",
    ]
    widget.horizon.setCurrentIndex(widget.horizon.findData(None))
    assert model.rowCount() == 4


def test_case_deadlines_are_listed_too(
    section: tuple[DueSoonSection, RecordingHost], controller: VaultController
) -> None:
    widget, _host = section
    controller.change(
        "case",
        cases.create_case,
        title="Case of Yusuf T.",
        next_action="Hearing",
        due_date=today() + dt.timedelta(days=2),
    )
    assert widget.model.index(0, 1).data() == "Case deadline: Hearing"


def test_opening_a_row_opens_its_case(
    section: tuple[DueSoonSection, RecordingHost], controller: VaultController
) -> None:
    widget, host = section
    case_id, _items = dated_case(controller, "Case of Anna S.", [5])
    index = widget.model.index(0, 1)
    assert index.data(CASE_ROLE) == case_id
    widget.view.activated.emit(index)
    assert host.opened[-1] == ("case", case_id)


def test_hidden_list_reloads_when_shown(
    section: tuple[DueSoonSection, RecordingHost], controller: VaultController
) -> None:
    widget, _host = section
    widget.hide()
    dated_case(controller, "Case of Anna S.", [5])
    assert widget.model.rowCount() == 0  # hidden: no reload on every change
    widget.show()
    assert widget.model.rowCount() == 1


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def shown_banner(window: QWidget, controller: VaultController) -> ExpiryBanner:
    """The banner inside a shown window, as in the workspace."""
    banner = ExpiryBanner(controller, window)
    QVBoxLayout(window).addWidget(banner)
    window.show()
    return banner


def test_banner_names_expiring_documents_with_case_titles(
    qtbot: QtBot, window: QWidget, controller: VaultController
) -> None:
    case_id, _ = dated_case(controller, "Case of Marta K.", [-1, 10, 20, 25, 90])
    controller.run(
        people.create_person,
        pseudonym="Marta K.",
        identity={"legal_name": IDENTITY_SENTINEL},
        case_id=case_id,
    )
    controller.change(
        "case", cases.create_case, title="Case deadline only", due_date=today() + dt.timedelta(1)
    )
    banner = shown_banner(window, controller)
    assert banner.isVisible()
    assert len(banner.items) == 4  # documents only: no case deadline, nothing 90 days out
    assert banner.headline() == "Documents expiring: 1 overdue · 3 within 30 days"
    text = banner.text()  # at full length; the label elides to its width
    assert "Case of Marta K." in text and "and 1 more" in text
    assert banner.label.text().count("<br>") == 3  # three documents and "and 1 more"
    assert banner.headline_label.text() == banner.headline()
    assert "…" in banner.text(width=220)  # narrow: titles are elided to keep one line each
    assert IDENTITY_SENTINEL not in text + banner.plain_text()
    with qtbot.waitSignal(banner.open_case) as signal:
        banner.label.linkActivated.emit(f"case:{case_id}")
    assert signal.args == [case_id]
    banner.dismiss_button.click()
    assert not banner.isVisible()
    banner.refresh()
    assert not banner.isVisible()  # dismissed until the next unlock


def test_banner_escapes_titles_and_hides_when_nothing_expires(
    window: QWidget, controller: VaultController
) -> None:
    banner = shown_banner(window, controller)
    assert not banner.isVisible()
    dated_case(controller, "<b>Case</b> & co", [3])
    banner.refresh()
    assert banner.isVisible()
    assert "&lt;b&gt;Case&lt;/b&gt; &amp; co" in banner.text()
    assert banner.headline() == "Documents expiring: 1 within a week"
