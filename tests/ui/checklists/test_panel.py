"""One checklist in the case editor: state, dates, originals, notes; flags and progress."""
# ruff: noqa: RUF001  (Cyrillic text is the point here, not a confusable)

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.ui.attachments.test_attachments import encoded
from tests.ui.driving import type_text

from satchel.services.checklists import case_checklists
from satchel.services.core import session as vault_session
from satchel.services.notebook import attachments, cases
from satchel.services.notebook.views import ChecklistView
from satchel.ui.attachments.panel import AttachmentsPanel
from satchel.ui.base.text.due_marks import Urgency, days_text, urgency
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.checklists.panel import ChecklistPanel
from satchel.ui.shell.vault_controller import VaultController


def today() -> dt.date:
    """Asked at each use, never at import: a run that passes midnight stays right."""
    return dt.date.today()


@pytest.fixture
def checklist_id(controller: VaultController) -> uuid.UUID:
    case_id = controller.run(cases.create_case, title="Case of Oleg V.")
    assert case_id is not None
    made = controller.run(case_checklists.add_checklist, case_id, "personal-documents")
    assert made is not None
    return made


@pytest.fixture
def panel(qtbot: QtBot, controller: VaultController, checklist_id: uuid.UUID) -> ChecklistPanel:
    widget = ChecklistPanel(controller, checklist_id)
    qtbot.addWidget(widget)
    widget.resize(700, 800)
    widget.show()
    return widget


def stored(controller: VaultController, checklist_id: uuid.UUID) -> ChecklistView:
    view = controller.run(case_checklists.get_checklist, checklist_id)
    assert view is not None
    return view


def test_shows_every_item_and_the_progress(
    panel: ChecklistPanel, controller: VaultController, checklist_id: uuid.UUID
) -> None:
    view = stored(controller, checklist_id)
    assert panel.title.text() == view.title
    assert [row.title.text() for row in panel.rows] == [item.title for item in view.items]
    assert panel.progress.value() == 0
    assert panel.progress.maximum() == len(view.items)
    assert panel.progress_label.text() == f"0 of {len(view.items)} done"
    panel.progress.hide()  # a host showing its own progress hides the bar: the words go too
    assert panel.progress_label.isHidden()
    labels = [panel.rows[0].state.itemText(i) for i in range(panel.rows[0].state.count())]
    assert labels == ["To do", "In progress", "Done", "Not needed"]


def test_state_change_is_saved_and_the_progress_moves(
    qtbot: QtBot, panel: ChecklistPanel, controller: VaultController, checklist_id: uuid.UUID
) -> None:
    total = len(panel.rows)
    with qtbot.waitSignal(panel.progress_changed) as signal:
        panel.rows[0].state.setCurrentIndex(panel.rows[0].state.findData("done"))
    assert signal.args == [1, total]
    assert stored(controller, checklist_id).items[0].state == "done"
    assert panel.progress.value() == 1
    panel.rows[1].state.setCurrentIndex(panel.rows[1].state.findData("not_needed"))
    assert stored(controller, checklist_id).items[1].state == "not_needed"
    assert panel.progress.maximum() == total - 1  # not needed: not counted
    assert panel.progress.format() == f"1 of {total - 1} done"


def test_overdue_and_expiring_items_are_flagged(
    panel: ChecklistPanel, controller: VaultController, checklist_id: uuid.UUID
) -> None:
    items = stored(controller, checklist_id).items
    controller.change(
        "checklist", case_checklists.set_item, items[0].id, due_date=today() - dt.timedelta(days=3)
    )
    controller.change(
        "checklist", case_checklists.set_item, items[1].id, due_date=today() + dt.timedelta(days=10)
    )
    controller.change(
        "checklist", case_checklists.set_item, items[2].id, due_date=today() + dt.timedelta(days=90)
    )
    overdue, soon, later = panel.rows[:3]  # the panel reloaded on the change signal
    assert overdue.property("urgency") == "overdue"
    assert overdue.marker.accessibleName() == "overdue"
    assert "overdue" in overdue.title.accessibleName()
    assert overdue.due_hint.text() == "overdue (3 days ago)"
    assert "#c62828" in overdue.due_hint.styleSheet()
    assert not overdue.marker.pixmap().isNull()
    assert soon.property("urgency") == "soon"
    assert soon.due_hint.text() == "expires within 30 days (in 10 days)"
    assert later.property("urgency") == "none"
    assert later.due_hint.text() == ""
    # a settled item is never overdue
    controller.change("checklist", case_checklists.set_item, items[0].id, state="done")
    assert panel.rows[0].property("urgency") == "none"


def test_a_typed_date_is_saved_and_a_bad_one_kept_in_the_field(
    panel: ChecklistPanel, controller: VaultController, checklist_id: uuid.UUID
) -> None:
    row = panel.rows[0]
    type_text(row.due.line, "31.03.2031")  # the way ru/uk/de users write it
    row.due.line.editingFinished.emit()
    assert stored(controller, checklist_id).items[0].due_date == dt.date(2031, 3, 31)
    assert panel.rows[0].due.text() == "2031-03-31"  # the field shows ISO
    failures: list[str] = []
    controller.failed.connect(failures.append)
    row = panel.rows[0]
    row.due.line.setText("31.13.2031")
    row.due.line.editingFinished.emit()
    assert not failures  # no box: said beside the item
    assert "31.13.2031" in row.due_hint.text() and "2026-12-20" in row.due_hint.text()
    assert row.due.text() == "31.13.2031"  # never erased
    assert row.due.line.property("invalid")
    assert stored(controller, checklist_id).items[0].due_date == dt.date(2031, 3, 31)
    panel.reload()  # another change elsewhere does not erase it either
    assert panel.rows[0].due.text() == "31.13.2031"
    row.due.line.clear()
    row.due.line.editingFinished.emit()
    assert stored(controller, checklist_id).items[0].due_date is None
    assert not panel.rows[0].due.line.property("invalid")


def test_a_date_picked_from_the_calendar_is_saved(
    panel: ChecklistPanel, controller: VaultController, checklist_id: uuid.UUID
) -> None:
    row = panel.rows[1]
    row.due.calendar.clicked.emit(QDate(2027, 1, 15))
    assert stored(controller, checklist_id).items[1].due_date == dt.date(2027, 1, 15)
    assert panel.rows[1].due.text() == "2027-01-15"


def test_original_and_note_are_saved_on_leaving_the_field(
    panel: ChecklistPanel, controller: VaultController, checklist_id: uuid.UUID
) -> None:
    row = panel.rows[2]
    type_text(row.original, "У сестры, в папке")
    row.original.editingFinished.emit()
    type_text(row.note, "копия у юриста")
    row.note.editingFinished.emit()
    item = stored(controller, checklist_id).items[2]
    assert item.original_location == "У сестры, в папке"
    assert item.note == "копия у юриста"


def test_typed_text_is_saved_before_lock(
    tmp_path: Path, panel: ChecklistPanel, controller: VaultController, checklist_id: uuid.UUID
) -> None:
    type_text(panel.rows[0].note, "pending")
    controller.lock()
    session = vault_session.unlock(tmp_path / "vault", PASSPHRASE)
    try:
        assert case_checklists.get_checklist(session, checklist_id).items[0].note == "pending"
    finally:
        session.close()


def test_changes_elsewhere_show_up(
    panel: ChecklistPanel, controller: VaultController, checklist_id: uuid.UUID
) -> None:
    item = stored(controller, checklist_id).items[3]
    controller.change("checklist", case_checklists.set_item, item.id, original_location="Safe")
    assert panel.rows[3].original.text() == "Safe"


def test_remove_asks_first(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    panel: ChecklistPanel,
    controller: VaultController,
    checklist_id: uuid.UUID,
) -> None:
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: next(answers))
    panel.remove()
    assert controller.run(case_checklists.get_checklist, checklist_id) is not None
    with qtbot.waitSignal(panel.removed):
        panel.remove()
    failures: list[str] = []
    controller.failed.connect(failures.append)
    assert controller.run(case_checklists.get_checklist, checklist_id) is None


def test_every_control_has_an_accessible_name(panel: ChecklistPanel) -> None:
    row = panel.rows[0]
    for widget in (row.state, row.due, row.original, row.note, panel.progress):
        assert widget.accessibleName()
    assert row.item.title in row.state.accessibleName()


def test_urgency_rules() -> None:
    assert urgency(None) is Urgency.NONE
    assert urgency(today() - dt.timedelta(days=1)) is Urgency.OVERDUE
    assert urgency(today()) is Urgency.SOON
    assert urgency(today() + dt.timedelta(days=30)) is Urgency.SOON
    assert urgency(today() + dt.timedelta(days=31)) is Urgency.NONE
    assert urgency(today() - dt.timedelta(days=1), "not_needed") is Urgency.NONE
    assert days_text(1) == "in 1 day"
    assert days_text(-2) == "2 days ago"
    assert days_text(0) == "today"


# scans on an item ---------------------------------------------------------------------------
@pytest.fixture
def chosen_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PNG with a text chunk, which the (faked) file dialog hands back."""
    scan = tmp_path / "passport-scan.png"
    image = QImage(12, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.setText("Location", "GPS-SENTINEL-PNG")
    scan.write_bytes(encoded(image, b"PNG"))
    monkeypatch.setattr(file_dialogs, "get_open_file_names", lambda *_a, **_k: ([str(scan)], ""))
    return scan


@pytest.mark.usefixtures("chosen_scan")
def test_a_scan_added_on_an_item_is_stored_on_the_item_and_the_case(
    qtbot: QtBot, panel: ChecklistPanel, controller: VaultController, checklist_id: uuid.UUID
) -> None:
    first, second = panel.rows[0], panel.rows[1]
    assert first.scans_button.accessibleName() == f"Scans for {first.item.title}"
    assert first.scans_button.text() == "Scans"

    first.scans_button.click()
    dialog = panel.scans_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.panel.checklist_item_id == first.item.id
    assert dialog.panel.attachments() == []
    dialog.panel.add_button.click()

    stored_scans = controller.run(attachments.list_attachments, checklist_item_id=first.item.id)
    assert stored_scans is not None
    assert [a.filename for a in stored_scans] == ["passport-scan.png"]
    (saved,) = stored_scans
    data = controller.run(attachments.read_attachment, saved.id)
    assert data is not None and b"GPS-SENTINEL-PNG" not in data  # re-encoded, text dropped
    assert [a.id for a in dialog.panel.attachments()] == [saved.id]
    qtbot.waitUntil(lambda: first.scans_button.text() == "Scans (1)")
    assert second.scans_button.text() == "Scans"
    assert controller.run(attachments.list_attachments, checklist_item_id=second.item.id) == []

    case_id = stored(controller, checklist_id).case_id
    case_panel = AttachmentsPanel(controller, case_id=case_id)
    qtbot.addWidget(case_panel)
    assert [a.id for a in case_panel.attachments()] == [saved.id]  # the case has it too

    case_panel.delete(saved.id)  # the count follows changes made elsewhere
    qtbot.waitUntil(lambda: first.scans_button.text() == "Scans")
    assert dialog.panel.attachments() == []
    dialog.reject()
    qtbot.waitUntil(lambda: panel.scans_dialog is None)
