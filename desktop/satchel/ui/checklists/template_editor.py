"""Checklist templates: list them, duplicate one as the user's own, edit its items, save;
import and export template files.

Templates carry no personal data, so export writes only the template document. Every save
and import is validated by the services; their problems (file, line, field) are shown in a
dialog and nothing is stored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import InvalidInputError
from satchel.services.templates import shipped, user_templates
from satchel.services.templates.rules import InvalidTemplateError
from satchel.services.templates.shipped import Template
from satchel.ui.base.text.messages import os_error_text, user_message
from satchel.ui.base.text.template_messages import template_problem
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.camouflage.app_brand import app_name
from satchel.ui.checklists.template_item_editor import TemplateItemEditor
from satchel.ui.shell.vault_controller import Change, VaultController

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemsDialog(QDialog):
    """The validator's problems, one a line, selectable so they can be copied."""

    def __init__(self, title: str, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        heading = QLabel(self.tr("Nothing was saved. Please fix these and try again:"))
        heading.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(problems))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Problems found"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 320)


class TemplateEditor(QDialog):
    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checklist template"))
        self.setAccessibleName(self.tr("Checklist templates"))
        self._controller = controller
        self.document: dict[str, Any] | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self.dirty = False

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.currentItemChanged.connect(self._on_current)
        self.duplicate_button = QPushButton(self.tr("Duplicate…"))
        self.duplicate_button.setAccessibleName(self.tr("Duplicate the template as your own"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setAccessibleName(self.tr("Import a template file"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the template to a file"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the template"))
        self.duplicate_button.clicked.connect(self._ask_duplicate)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self._ask_export)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.items = TemplateItemEditor()
        self.items.edited.connect(self._on_edited)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        for button in (self.duplicate_button, self.import_button, self.export_button):
            left.addWidget(button)
        right = QVBoxLayout()
        right.addWidget(self.items, 1)
        right.addWidget(self.status)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.resize(900, 600)
        self.reload()

    # the list --------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        found: list[Template] = self._controller.run(shipped.list_templates) or []
        self.list.clear()
        for template in found:
            own = template.is_own
            label = self.tr("{0} (yours)").format(template.title) if own else template.title
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, template.key)
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.list.addItem(item)
            if template.key == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def template_keys(self) -> list[str]:
        return [str(self.list.item(n).data(KEY_ROLE)) for n in range(self.list.count())]

    def current(self) -> Template | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, Template) else None

    def _on_current(self, *_args: object) -> None:
        template = self.current()
        self.dirty = False
        self.document = json.loads(template.document) if template is not None else None
        own = template is not None and template.is_own
        items = self.document["items"] if self.document else []
        self.items.set_items(items, editable=own)
        self.save_button.setEnabled(False)
        self.export_button.setEnabled(template is not None)
        self.duplicate_button.setEnabled(template is not None)
        self.status.setText(
            ""
            if own or template is None
            else self.tr("Templates that ship with {app} are read-only: duplicate to edit.").format(
                app=app_name()
            )
        )

    def _on_edited(self) -> None:
        self.dirty = True
        self.save_button.setEnabled(True)

    # actions ---------------------------------------------------------------------------
    def duplicate(self, new_key: str) -> str | None:
        template = self.current()
        if template is None:
            return None
        key = self._controller.change(
            Change.CHECKLIST_TEMPLATE, user_templates.duplicate_template, template.key, new_key
        )
        if key is not None:
            self.reload(select=key)
            self.status.setText(self.tr("Copied. Edit the items, then save."))
        return key

    def save(self) -> bool:
        if self.document is None:
            return False
        document = dict(self.document, items=self.items.items)
        try:
            version = self._controller.read(user_templates.save_user_template, document)
        except InvalidTemplateError as error:
            self._show_problems(self.tr("The template cannot be saved"), error)
            return False
        except InvalidInputError as error:
            self.status.setText(user_message(error))
            return False
        self._controller.changed.emit(Change.CHECKLIST_TEMPLATE)
        self.reload(select=str(document["id"]))
        self.status.setText(self.tr("Saved as version {0}.").format(version))
        return True

    def import_file(self, path: Path) -> str | None:
        try:
            key = self._controller.read(user_templates.import_template_file, path)
        except InvalidTemplateError as error:
            self._show_problems(self.tr("The template file cannot be imported"), error)
            return None
        except InvalidInputError as error:
            self.status.setText(user_message(error))
            return None
        self._controller.changed.emit(Change.CHECKLIST_TEMPLATE)
        self.reload(select=str(key))
        self.status.setText(self.tr("Imported {0}.").format(path.name))
        return str(key)

    def export_to(self, path: Path) -> bool:
        template = self.current()
        if template is None:
            return False
        data = self._controller.run(user_templates.export_template, template.key)
        if data is None:
            return False
        try:
            path.write_bytes(data)
        except OSError as error:
            self.status.setText(
                self.tr("Cannot write {0}: {1}").format(path.name, os_error_text(error))
            )
            return False
        self.status.setText(self.tr("Exported to {0}.").format(path.name))
        return True

    def _show_problems(self, title: str, error: InvalidTemplateError) -> None:
        lines = [template_problem(problem) for problem in error.problems] or [user_message(error)]
        self.problems_dialog = ProblemsDialog(title, lines, self)
        self.problems_dialog.open()

    # dialogs ---------------------------------------------------------------------------
    def _file_dialog(self, title: str) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setNameFilter(self.tr("Checklist templates (*.toml)"))
        return dialog

    def _ask_duplicate(self) -> None:
        template = self.current()
        if template is None:
            return
        new_key, ok = QInputDialog.getText(
            self,
            self.tr("Duplicate template"),
            self.tr("Id of your copy:"),
            text=f"my-{template.key}",
        )
        if ok and new_key.strip():
            self.duplicate(new_key.strip())

    def _ask_import(self) -> None:
        dialog = self._file_dialog(self.tr("Import a template"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if chosen := file_dialogs.run(dialog):
            self.import_file(Path(chosen[0]))

    def _ask_export(self) -> None:
        template = self.current()
        if template is None:
            return
        dialog = self._file_dialog(self.tr("Export the template"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("toml")
        dialog.selectFile(f"{template.key}.toml")
        if chosen := file_dialogs.run(dialog):
            self.export_to(Path(chosen[0]))
