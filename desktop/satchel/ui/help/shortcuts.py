"""Help ▸ Keyboard shortcuts: every key Satchel answers to, in the user's language.

The key names come from QKeySequence in the platform's own words ("Strg" on a German
desktop), so the list matches what is printed on the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from satchel.ui.access.page_frame import text_label
from satchel.ui.base.text.keys import key_text


def _either(*keys: str | QKeySequence.StandardKey) -> str:
    return ", ".join(key_text(key) for key in keys)


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do), in the order a user meets them."""
    rows: list[tuple[str, str]] = [
        (
            key_text("Ctrl+L"),
            QCoreApplication.translate("Shortcuts", "Lock the vault, from anywhere"),
        ),
        (
            key_text("Ctrl+Alt+Shift+Backspace"),
            QCoreApplication.translate(
                "Shortcuts", "Erase the vault, after a 5-second countdown you can cancel"
            ),
        ),
        (key_text("Ctrl+F"), QCoreApplication.translate("Shortcuts", "Search the vault")),
        (
            key_text("Ctrl+N"),
            QCoreApplication.translate(
                "Shortcuts", "Add a case, a person or a checklist, in the section shown"
            ),
        ),
    ]
    sections = (
        QCoreApplication.translate("Shortcuts", "Show the cases"),
        QCoreApplication.translate("Shortcuts", "Show the people"),
        QCoreApplication.translate("Shortcuts", "Show the checklists"),
        QCoreApplication.translate("Shortcuts", "Show what is due soon"),
        QCoreApplication.translate("Shortcuts", "Show the activity"),
    )
    rows += [(key_text(f"Ctrl+{index}"), text) for index, text in enumerate(sections, start=1)]
    rows += [
        (
            f"{key_text('F6')}, {key_text('Ctrl+Tab')}",
            QCoreApplication.translate("Shortcuts", "Go to the next pane: sections, list, editor"),
        ),
        (
            f"{key_text('Shift+F6')}, {key_text('Ctrl+Shift+Tab')}",
            QCoreApplication.translate("Shortcuts", "Go to the previous pane"),
        ),
        (
            f"{key_text('Tab')}, {key_text('Shift+Tab')}",
            QCoreApplication.translate("Shortcuts", "Go to the next or previous field"),
        ),
        (key_text("Esc"), QCoreApplication.translate("Shortcuts", "Close the open case or person")),
        (
            key_text("Return"),
            QCoreApplication.translate("Shortcuts", "Open the selected row or search result"),
        ),
        (
            key_text("Ctrl+E"),
            QCoreApplication.translate("Shortcuts", "Switch a note between writing and preview"),
        ),
        (
            key_text(QKeySequence.StandardKey.Save),
            QCoreApplication.translate("Shortcuts", "Save the note now (it also saves by itself)"),
        ),
        (key_text("Ctrl+,"), QCoreApplication.translate("Shortcuts", "Settings")),
        (
            key_text("Ctrl+Shift+Del"),
            QCoreApplication.translate("Shortcuts", "Recently deleted: restore or erase"),
        ),
        (
            key_text("Ctrl+Shift+Z"),
            QCoreApplication.translate(
                "Shortcuts", "Undo the delete or unlink just done (while Undo is shown)"
            ),
        ),
        (
            key_text("Ctrl+Alt+Z"),
            QCoreApplication.translate(
                "Shortcuts", "Undo every change to the open case or person since it was opened"
            ),
        ),
        (
            _either(QKeySequence.StandardKey.ZoomIn, QKeySequence.StandardKey.ZoomOut),
            QCoreApplication.translate("Shortcuts", "Zoom in or out of an attachment"),
        ),
        (
            f"{key_text('PgDown')}, {key_text('PgUp')}",
            QCoreApplication.translate("Shortcuts", "Next or previous page of an attachment"),
        ),
        (key_text("F1"), QCoreApplication.translate("Shortcuts", "This list of shortcuts")),
        (key_text("Ctrl+Q"), QCoreApplication.translate("Shortcuts", "Lock the vault and quit")),
    ]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setMinimumSize(640, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(text_label(self.tr("Keyboard shortcuts"), "heading"))
        rows = shortcuts()
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, text) in enumerate(rows):
            keys_item = QTableWidgetItem(keys)
            keys_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            text_item = QTableWidgetItem(text)
            text_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 0, keys_item)
            self.table.setItem(row, 1, text_item)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_shortcuts(parent: QWidget, shown: ShortcutsDialog | None) -> ShortcutsDialog:
    """F1 or Help ▸ Keyboard shortcuts: a window beside the work, not in its way; the one
    already `shown` is raised rather than a second opened."""
    dialog = shown if shown is not None else ShortcutsDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
