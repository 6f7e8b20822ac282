"""The scans of one checklist item: a small dialog around an item-filtered AttachmentsPanel.

A file added here is stored on the item and, through it, on the case, so the case's own
list of files shows it too.
"""

from __future__ import annotations

import uuid
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from satchel.services.core.session import VaultSession
from satchel.services.notebook import attachments
from satchel.ui.attachments.panel import AttachmentsPanel
from satchel.ui.shell.vault_controller import VaultController


def scan_counts(vs: VaultSession, case_id: uuid.UUID) -> Counter[uuid.UUID]:
    """How many files each checklist item of the case has (one query for the whole case)."""
    return Counter(
        row.checklist_item_id
        for row in attachments.list_attachments(vs, case_id=case_id)
        if row.checklist_item_id is not None
    )


class ItemScansDialog(QDialog):
    def __init__(
        self,
        controller: VaultController,
        *,
        case_id: uuid.UUID,
        item_id: uuid.UUID,
        item_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemScansDialog")
        self.setWindowTitle(self.tr("Scans"))
        self.setAccessibleName(self.tr("Scans for {0}").format(item_title))
        heading = QLabel(self.tr("Scans for “{0}”").format(item_title))
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.panel = AttachmentsPanel(
            controller, case_id=case_id, checklist_item_id=item_id, parent=self
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        if close_button is not None:
            close_button.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        self.resize(520, 320)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        controller.locking.connect(self.reject)
