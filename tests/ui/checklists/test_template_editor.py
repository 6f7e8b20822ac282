"""The template editor: duplicate, edit, save; import with line-numbered problems; export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.ui.driving import RecordingHost, type_text

from satchel.services.checklists import case_checklists
from satchel.services.notebook import cases
from satchel.services.templates import shipped
from satchel.services.templates.schema import validate_template_bytes
from satchel.ui.checklists.section import ChecklistsSection
from satchel.ui.checklists.template_editor import TemplateEditor
from satchel.ui.shell.vault_controller import VaultController

SHIPPED = "personal-documents"
BAD_TEMPLATE = """id = "my-bad"
version = 1
jurisdiction = "DE"

[title]
en = "Bad"

[[items]]
id = "passport"
category = "nonsense"
required = "yes"
"""


@pytest.fixture
def editor(qtbot: QtBot, controller: VaultController) -> TemplateEditor:
    widget = TemplateEditor(controller)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def select(editor: TemplateEditor, key: str) -> None:
    editor.list.setCurrentRow(editor.template_keys().index(key))


def test_shipped_templates_are_listed_read_only(editor: TemplateEditor) -> None:
    assert SHIPPED in editor.template_keys()
    select(editor, SHIPPED)
    assert not editor.items.form.isEnabled()
    assert not editor.items.add_button.isEnabled()
    assert editor.duplicate_button.isEnabled() and editor.export_button.isEnabled()
    assert editor.accessibleName() == "Checklist templates"


def test_duplicate_edit_a_title_save_and_make_a_checklist_from_it(
    qtbot: QtBot, editor: TemplateEditor, controller: VaultController
) -> None:
    select(editor, SHIPPED)
    assert editor.duplicate("my-documents") == "my-documents"
    assert editor.current() is not None and editor.current().key == "my-documents"  # type: ignore[union-attr]
    assert editor.items.form.isEnabled()
    assert not editor.save_button.isEnabled()

    editor.items.list.setCurrentRow(0)
    editor.items.titles["en"].clear()
    type_text(editor.items.titles["en"], "Passport (edited)")
    editor.items.titles["ru"].clear()
    type_text(editor.items.titles["ru"], "Паспорт (правка)")
    assert editor.items.list.item(0).text() == "Passport (edited)"
    editor.items.move_item(1)  # reorder: the edited item becomes the second
    assert editor.save_button.isEnabled()
    assert editor.save()

    listed = {t.key: t for t in controller.run(shipped.list_templates) or []}
    assert listed["my-documents"].version == 2
    assert listed["my-documents"].items[1].title == "Passport (edited)"
    case_id = controller.run(cases.create_case, title="Case")
    checklist_id = controller.run(case_checklists.add_checklist, case_id, "my-documents", lang="ru")
    view = controller.run(case_checklists.get_checklist, checklist_id)
    assert view is not None
    assert view.items[1].title == "Паспорт (правка)"


def test_saving_an_incomplete_item_shows_problems_and_stores_nothing(
    editor: TemplateEditor, controller: VaultController
) -> None:
    select(editor, SHIPPED)
    editor.duplicate("my-documents")
    before = controller.run(shipped.list_templates)
    editor.items.add_item()
    type_text(editor.items.titles["en"], "Job offer")

    assert not editor.save()
    assert editor.problems_dialog is not None and editor.problems_dialog.isVisible()
    problems = editor.problems_dialog.text.toPlainText()
    assert "title.ru" in problems
    assert controller.run(shipped.list_templates) == before


def test_importing_a_bad_file_names_line_and_field_and_imports_nothing(
    tmp_path: Path, editor: TemplateEditor
) -> None:
    keys = editor.template_keys()
    path = tmp_path / "bad.toml"
    path.write_text(BAD_TEMPLATE, encoding="utf-8")

    assert editor.import_file(path) is None

    assert editor.problems_dialog is not None and editor.problems_dialog.isVisible()
    problems = editor.problems_dialog.text.toPlainText().splitlines()
    assert "bad.toml, line 10, items[1].category: " in "\n".join(problems)
    assert any(line.startswith("bad.toml, line 11, items[1].required") for line in problems)
    assert any("description" in line for line in problems)
    assert editor.template_keys() == keys


def test_export_round_trips_through_import(tmp_path: Path, editor: TemplateEditor) -> None:
    select(editor, SHIPPED)
    editor.duplicate("my-documents")
    exported = tmp_path / "mine.toml"
    assert editor.export_to(exported)
    data = exported.read_bytes()
    template = editor.current()
    assert template is not None
    assert validate_template_bytes(data, "mine.toml") == json.loads(template.document)

    renamed = tmp_path / "again.toml"
    renamed.write_bytes(data.replace(b'id = "my-documents"', b'id = "my-documents-two"'))
    assert editor.import_file(renamed) == "my-documents-two"
    assert editor.current() is not None and editor.current().key == "my-documents-two"  # type: ignore[union-attr]
    assert {"my-documents", "my-documents-two"} <= set(editor.template_keys())


def test_the_checklists_section_opens_the_editor(qtbot: QtBot, controller: VaultController) -> None:
    section = ChecklistsSection(controller, RecordingHost())
    qtbot.addWidget(section)
    section.show()
    assert section.templates_button.accessibleName()
    section.templates_button.click()
    assert section.template_editor is not None
    qtbot.waitUntil(section.template_editor.isVisible)
    section.template_editor.reject()
    qtbot.waitUntil(lambda: section.template_editor is None)
