"""The import dialogs: pick, preview (masked), import in one go, then a report with reasons."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from satchel.services.notebook import attachments, cases, notes, people
from satchel.ui.base.tasks import BackgroundTask
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.imports.dialog import (
    ContactImportDialog,
    MarkdownImportDialog,
    show_contact_import_dialog,
    show_markdown_import_dialog,
)
from satchel.ui.shell.vault_controller import VaultController

CSV = (
    "Name,Phone 1 - Value,E-mail 1 - Value,Organization 1 - Name\n"
    "Amaranth Okonkwo,+7 700 111 2233,amar@example.org,Pro Asyl\n"
    ",,,\n"
)
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def wait(qtbot: QtBot, task: BackgroundTask | None) -> None:
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass


def cells(dialog: ContactImportDialog | MarkdownImportDialog) -> list[list[str]]:
    table = dialog.table
    texts = []
    for row in range(table.rowCount()):
        items = [table.item(row, column) for column in range(table.columnCount())]
        texts.append([item.text() if item is not None else "" for item in items])
    return texts


def test_contacts_preview_is_masked_then_import_reports(
    qtbot: QtBot, controller: VaultController, tmp_path: Path
) -> None:
    source = tmp_path / "google.csv"
    source.write_text(CSV, encoding="utf-8")
    dialog = ContactImportDialog(controller)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    wait(qtbot, dialog.preview(source))
    rows = cells(dialog)
    assert [row[0] for row in rows] == ["row 2", "row 3"]
    shown = " ".join(" ".join(row) for row in rows)
    for secret in ("Amaranth", "Okonkwo", "111 2233", "amar@"):
        assert secret not in shown
    assert "Pro Asyl" in shown
    assert rows[1][1:] == ["Skipped", "empty row"]
    assert dialog.import_button.isEnabled()
    pseudonym = rows[0][1]

    changed: list[str] = []
    controller.changed.connect(changed.append)
    wait(qtbot, dialog.start_import())
    assert people.count_people(controller.session, role="other") == 1
    assert [p.pseudonym for p in people.list_people(controller.session)] == [pseudonym]
    assert cells(dialog)[0] == ["row 2", pseudonym, "Imported"]
    assert "Imported 1; skipped 1." in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # a plan is imported once
    assert changed == ["person"]


def test_contacts_choose_asks_for_a_file_and_shows_errors(
    qtbot: QtBot, controller: VaultController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "colours.csv"
    bad.write_text("Colour,Size\nred,9\n", encoding="utf-8")
    asked: list[object] = []

    def fake_open(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(args[1])
        return str(bad), ""

    monkeypatch.setattr(file_dialogs, "get_open_file_name", fake_open)
    dialog = ContactImportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.choose_button.click()
    assert asked == ["Choose a contacts file"]
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.failed, timeout=30_000):
        pass
    assert "no column Satchel recognises as a name" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert people.count_people(controller.session) == 0


def test_markdown_folder_into_a_case_with_a_cleaned_image(
    qtbot: QtBot, controller: VaultController, tmp_path: Path
) -> None:
    case_id = controller.run(cases.create_case, title="Oleg")
    assert isinstance(case_id, uuid.UUID)
    folder = tmp_path / "export"
    (folder / "_resources").mkdir(parents=True)
    (folder / "_resources" / "scan.png").write_bytes(PNG)
    (folder / "Call.md").write_text(
        "---\ntitle: Embassy call\ntags: [embassy]\n---\nSee ![scan](_resources/scan.png)\n",
        encoding="utf-8",
    )
    (folder / "Latin1.md").write_bytes(b"caf\xe9")
    dialog = MarkdownImportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.set_case(case_id)
    wait(qtbot, dialog.preview(folder))
    assert cells(dialog) == [
        ["Call.md", "Embassy call", "#embassy · 1 image"],
        ["Latin1.md", "Skipped", "not UTF-8 text"],
    ]
    wait(qtbot, dialog.start_import())
    (note,) = notes.list_notes(controller.session, case_id=case_id)
    assert note.title == "Embassy call"
    (image,) = attachments.list_attachments(controller.session, note_id=note.id)
    assert image.media_type == "image/png"
    assert "Imported 1; skipped 1." in dialog.summary.text()


def test_show_functions_open_and_locking_closes(qtbot: QtBot, controller: VaultController) -> None:
    contacts = show_contact_import_dialog(None, controller)  # type: ignore[arg-type]
    markdown = show_markdown_import_dialog(None, controller)  # type: ignore[arg-type]
    assert contacts.isVisible()
    assert markdown.isVisible()
    controller.lock()
    assert not contacts.isVisible()
    assert not markdown.isVisible()


def test_markdown_choose_asks_for_a_folder(
    qtbot: QtBot, controller: VaultController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "Only.md").write_text("Just text", encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "get_existing_directory", lambda *args: str(folder))
    dialog = MarkdownImportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.choose_button.click()
    wait(qtbot, dialog.task)
    assert cells(dialog) == [["Only.md", "Only", ""]]
    assert dialog.source_edit.text() == str(folder)
    wait(qtbot, dialog.start_import())
    (note,) = notes.list_notes(controller.session)
    assert note.case_id is None
