"""The status bar's "Vault" menu: backups, sharing and imports, in one place.

Each entry opens its own dialog, which runs its long work off the UI thread; the menu only
exists while a vault is open, so every entry has a session to work with.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from satchel.ui.backups_dialog import show_backups_dialog
from satchel.ui.export_dialog import show_export_dialog
from satchel.ui.icons import icon
from satchel.ui.import_bundle_dialog import show_import_bundle_dialog
from satchel.ui.sharing_key_dialog import show_sharing_key_dialog
from satchel.ui.tool_import_dialog import show_contact_import_dialog, show_markdown_import_dialog
from satchel.ui.vault_controller import VaultController

Opener = Callable[[QWidget, VaultController], object]


class VaultMenuButton(QToolButton):
    def __init__(self, controller: VaultController, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("vaultMenuButton")
        self.setText(self.tr("Vault"))
        self.setIcon(icon("folder"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Backups, sharing and imports"))
        self.setToolTip(self.tr("Backups, sharing and imports"))
        menu = QMenu(self)
        entries: tuple[tuple[str, str, Opener] | None, ...] = (
            (self.tr("&Backups…"), "backups", show_backups_dialog),
            None,
            (self.tr("&Export for a colleague…"), "export", show_export_dialog),
            (self.tr("&Import a colleague's bundle…"), "importBundle", show_import_bundle_dialog),
            (self.tr("Your &sharing key…"), "sharingKey", show_sharing_key_dialog),
            None,
            (
                self.tr("Import &contacts (CSV, vCard)…"),
                "importContacts",
                show_contact_import_dialog,
            ),
            (
                self.tr("Import &notes (Markdown folder)…"),
                "importNotes",
                show_markdown_import_dialog,
            ),
        )
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, name, opener = entry
            action = menu.addAction(text)
            action.setObjectName(f"{name}Action")
            action.triggered.connect(lambda _checked=False, o=opener: o(window, controller))
        self.setMenu(menu)
