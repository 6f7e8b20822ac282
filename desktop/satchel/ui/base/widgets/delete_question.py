"""The one question every delete asks: named buttons, and a way to skip the bin.

"Delete case" and "Cancel", never "Yes" and "No": the button says what it does. The
checkbox "Delete immediately" purges at once instead of keeping the item in Recently
deleted for 30 days (for a laptop that may be searched).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget


class DeleteChoice(Enum):
    CANCEL = "cancel"
    TO_BIN = "bin"  # kept in Recently deleted for 30 days
    NOW = "now"  # purged at once


def delete_question(parent: QWidget, title: str, text: str, button: str) -> QMessageBox:
    """The question box, not yet shown (tests drive it; ask_to_delete runs it)."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName("deleteQuestion")
    box.setInformativeText(
        QCoreApplication.translate(
            "DeleteQuestion", "It stays in Vault ▸ Recently deleted for 30 days."
        )
    )
    delete = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("deleteButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    now = QCheckBox(
        QCoreApplication.translate(
            "DeleteQuestion", "Delete immediately, without keeping it in Recently deleted"
        ),
        box,
    )
    now.setObjectName("deleteNowBox")
    box.setCheckBox(now)
    return box


def choice_of(box: QMessageBox) -> DeleteChoice:
    clicked = box.clickedButton()
    if clicked is None or clicked.objectName() != "deleteButton":
        return DeleteChoice.CANCEL
    check = box.checkBox()
    return DeleteChoice.NOW if check is not None and check.isChecked() else DeleteChoice.TO_BIN


def ask_to_delete(parent: QWidget, title: str, text: str, button: str) -> DeleteChoice:
    box = delete_question(parent, title, text, button)
    box.exec()
    choice = choice_of(box)
    box.deleteLater()
    return choice
