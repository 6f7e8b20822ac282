"""A checklist says when its template was last reviewed, and warns when that is over 6 months."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from pytestqt.qtbot import QtBot
from tests.services.templates.test_review import dated_template

from satchel.services.checklists import case_checklists
from satchel.services.notebook import cases
from satchel.services.templates import user_templates
from satchel.ui.base.text.formats import format_date
from satchel.ui.cases.checklists_panel import CaseChecklistsPanel
from satchel.ui.checklists.panel import ChecklistPanel
from satchel.ui.shell.vault_controller import VaultController

TODAY = dt.date.today()
LONG_AGO = TODAY - dt.timedelta(days=300)


@pytest.fixture
def case_id(controller: VaultController) -> uuid.UUID:
    for key, day in (("old-route", LONG_AGO), ("new-route", TODAY)):
        data = dated_template(key, day)
        controller.run(user_templates.import_template, data, f"{key}.toml")
    made = controller.run(cases.create_case, title="Case of Heron")
    assert made is not None
    return made


def panel_for(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID, key: str
) -> ChecklistPanel:
    checklist_id = controller.run(case_checklists.add_checklist, case_id, key)
    assert checklist_id is not None
    panel = ChecklistPanel(controller, checklist_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(panel.review.isVisible)
    return panel


def test_a_recently_reviewed_checklist_shows_its_review_date_quietly(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    panel = panel_for(qtbot, controller, case_id, "new-route")

    assert not panel.review.stale
    assert panel.review.text() == f"Template last reviewed {format_date(TODAY)}."
    assert panel.review.property("role") == "hint"
    assert "check the current rules" not in panel.review.text()


def test_a_template_older_than_six_months_warns_to_check_the_current_rules(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    panel = panel_for(qtbot, controller, case_id, "old-route")

    assert panel.review.stale
    assert panel.review.property("role") == "warning"
    text = panel.review.text()
    assert format_date(LONG_AGO) in text and "more than six months ago" in text
    assert "check the current rules" in text
    assert panel.review.accessibleName() == "Warning: old template"
    # above the items, where it is read before any advice
    assert panel.layout().indexOf(panel.review) == panel.layout().indexOf(panel.header) + 1


def test_the_template_picker_shows_review_dates_and_flags_old_templates(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    picker = CaseChecklistsPanel(controller, case_id)
    qtbot.addWidget(picker)
    picker.menu.aboutToShow.emit()

    samples = [a for a in picker.menu.actions() if a.text().startswith("Sample (en)")]
    old, new = sorted(samples, key=lambda a: format_date(LONG_AGO) not in a.text())
    assert old.text() == f"Sample (en) (reviewed {format_date(LONG_AGO)}: check the current rules)"
    assert not old.icon().isNull()
    assert "more than six months ago" in old.toolTip()
    assert new.text() == f"Sample (en) (reviewed {format_date(TODAY)})"
    assert new.icon().isNull()
    assert len(picker.menu.actions()) > 2  # the shipped templates are listed too
