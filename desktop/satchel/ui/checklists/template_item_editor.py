"""The items of a template being edited: a list to add, remove and reorder, and a form.

It edits plain item dicts of a template document (see services.template_schema); nothing is
checked here: the services validate the whole document when it is saved.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.services.templates.rules import CATEGORIES, LANGUAGES

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "uk": "Українська", "de": "Deutsch"}


class TemplateItemEditor(QWidget):
    edited = Signal()

    def _category_box(self) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("Category"))
        names = self.category_names()
        for category in CATEGORIES:
            box.addItem(names.get(category, category), category)
        return box

    def category_names(self) -> dict[str, str]:
        """The categories in the user's language; the stored value stays the key."""
        return {
            "identity": self.tr("Identity documents"),
            "travel": self.tr("Travel"),
            "legal": self.tr("Legal status"),
            "work": self.tr("Work"),
            "housing": self.tr("Housing"),
            "money": self.tr("Money"),
            "evidence": self.tr("Evidence"),
            "safety": self.tr("Safety"),
        }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[dict[str, Any]] = []
        self._loading = False
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Template items"))
        self.list.currentRowChanged.connect(self._show_item)
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.setAccessibleName(self.tr("Add an item"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected item"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move the selected item up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move the selected item down"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)

        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName(self.tr("Item id"))
        self.titles: dict[str, QLineEdit] = {}
        self.helps: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Id:"), self.key_edit)
        for lang in LANGUAGES:
            title, help_edit = QLineEdit(), QLineEdit()
            title.setAccessibleName(self.tr("Title in {0}").format(LANGUAGE_NAMES[lang]))
            help_edit.setAccessibleName(self.tr("Help in {0}").format(LANGUAGE_NAMES[lang]))
            self.titles[lang], self.helps[lang] = title, help_edit
            form.addRow(self.tr("Title ({0}):").format(lang), title)
            form.addRow(self.tr("Help ({0}):").format(lang), help_edit)
        self.category = self._category_box()
        self.required = QCheckBox(self.tr("Required"))
        self.required.setAccessibleName(self.tr("Required item"))
        form.addRow(self.tr("Category:"), self.category)
        form.addRow("", self.required)
        self.form = QWidget()
        self.form.setLayout(form)
        for edit in (self.key_edit, *self.titles.values(), *self.helps.values()):
            edit.textEdited.connect(self._store)
        self.category.activated.connect(self._store)
        self.required.toggled.connect(self._store)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        self.set_items([], editable=False)

    def set_items(self, items: list[dict[str, Any]], *, editable: bool) -> None:
        self.items = copy.deepcopy(items)
        self._editable = editable
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button):
            widget.setEnabled(editable)
        self.form.setEnabled(editable)
        self._fill_list(0 if self.items else -1)

    def _label(self, item: dict[str, Any]) -> str:
        title = item.get("title", {})
        return str(title.get("en") or item.get("id") or self.tr("(untitled)"))

    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([self._label(item) for item in self.items])
        self.list.blockSignals(False)
        self.list.setCurrentRow(row)
        self._show_item(row)

    def _show_item(self, row: int) -> None:
        self._loading = True
        item = self.items[row] if 0 <= row < len(self.items) else {}
        self.key_edit.setText(str(item.get("id", "")))
        for lang in LANGUAGES:
            self.titles[lang].setText(item.get("title", {}).get(lang, ""))
            self.helps[lang].setText(item.get("help", {}).get(lang, ""))
        self.category.setCurrentIndex(max(self.category.findData(item.get("category")), 0))
        self.required.setChecked(bool(item.get("required", False)))
        self._loading = False

    def _store(self, *_args: object) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.items):
            return
        item = self.items[row]
        item["id"] = self.key_edit.text().strip()
        item["title"] = {lang: self.titles[lang].text() for lang in LANGUAGES}
        item["help"] = {lang: self.helps[lang].text() for lang in LANGUAGES}
        item["category"] = self.category.currentData()
        item["required"] = self.required.isChecked()
        self.list.item(row).setText(self._label(item))
        self.edited.emit()

    def add_item(self) -> None:
        keys = {item.get("id") for item in self.items}
        number = len(self.items) + 1
        while f"item-{number}" in keys:
            number += 1
        self.items.append(
            {
                "id": f"item-{number}",
                "title": dict.fromkeys(LANGUAGES, ""),
                "help": dict.fromkeys(LANGUAGES, ""),
                "category": CATEGORIES[0],
                "required": False,
            }
        )
        self._fill_list(len(self.items) - 1)
        self.titles["en"].setFocus()
        self.edited.emit()

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self._fill_list(min(row, len(self.items) - 1))
            self.edited.emit()

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self.items) and 0 <= target < len(self.items):
            self.items[row], self.items[target] = self.items[target], self.items[row]
            self._fill_list(target)
            self.edited.emit()
