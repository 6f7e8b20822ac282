"""The status bar's "Vault" menu: backups, sharing and imports, in one place.

Each entry opens its own dialog, which runs its long work off the UI thread; the menu only
exists while a vault is open, so every entry has a session to work with.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from satchel.ui.base.icons import icon
from satchel.ui.shell.vault_controller import VaultController

Opener = Callable[[QWidget, VaultController], object]
SHORTCUTS = {"recentlyDeleted": "Ctrl+Shift+Del"}
# a demo vault has no passphrase
KEY_ENTRIES = ("changePassphrase", "newRecoveryPhrase", "prepareTravel", "returnFromTravel")
# Shown only: the chord is caught for the whole application (ui.coercion.panic_wipe).
CHORDS = {"panicWipe": "\tCtrl+Alt+Shift+Backspace"}


def _opener(module: str, function: str) -> Opener:
    """Loads the dialog's module on first use: they bring in age, tar and PDF code that
    the window does not need to start (about 110 ms of its start-up, measured)."""

    def open_dialog(window: QWidget, controller: VaultController) -> object:
        show = getattr(importlib.import_module(f"satchel.ui.{module}"), function)
        return show(window, controller)

    return open_dialog


def fill_vault_menu(
    menu: QMenu, window: QWidget, controller: VaultController, *, shortcuts: bool = False
) -> None:
    """The vault's entries, shared by the status bar button and the window's menu bar;
    `shortcuts`: this copy's entries carry the window's keyboard chords (one copy only)."""
    entries: tuple[tuple[str, str, Opener] | None, ...] = (
        (
            QCoreApplication.translate("VaultMenuButton", "Change &passphrase…"),
            "changePassphrase",
            _opener("access.key_change_dialogs", "show_change_passphrase_dialog"),
        ),
        (
            QCoreApplication.translate("VaultMenuButton", "Show a new &recovery phrase…"),
            "newRecoveryPhrase",
            _opener("access.key_change_dialogs", "show_new_recovery_phrase_dialog"),
        ),
        None,
        (
            QCoreApplication.translate("VaultMenuButton", "&Backups…"),
            "backups",
            _opener("backups.dialog", "show_backups_dialog"),
        ),
        (
            QCoreApplication.translate("VaultMenuButton", "Recently &deleted…"),
            "recentlyDeleted",
            _opener("recently_deleted.dialog", "show_recently_deleted_dialog"),
        ),
        None,
        (
            QCoreApplication.translate("VaultMenuButton", "&Export for a colleague…"),
            "export",
            _opener("sharing.export_dialog", "show_export_dialog"),
        ),
        (
            QCoreApplication.translate("VaultMenuButton", "&Import a colleague's bundle…"),
            "importBundle",
            _opener("sharing.import_dialog", "show_import_bundle_dialog"),
        ),
        (
            QCoreApplication.translate("VaultMenuButton", "Your &sharing key…"),
            "sharingKey",
            _opener("sharing.key_dialog", "show_sharing_key_dialog"),
        ),
        None,
        (
            QCoreApplication.translate("VaultMenuButton", "Import &contacts (CSV, vCard)…"),
            "importContacts",
            _opener("imports.dialog", "show_contact_import_dialog"),
        ),
        (
            QCoreApplication.translate("VaultMenuButton", "Import &notes (Markdown folder)…"),
            "importNotes",
            _opener("imports.dialog", "show_markdown_import_dialog"),
        ),
        None,
        (
            QCoreApplication.translate("VaultMenuButton", "Prepare for a cr&ossing…"),
            "prepareTravel",
            _opener("coercion.travel_dialog", "show_travel_dialog"),
        ),
        (
            QCoreApplication.translate("VaultMenuButton", "Return from &travel…"),
            "returnFromTravel",
            _opener("coercion.return_dialog", "show_return_dialog"),
        ),
        None,
        (
            QCoreApplication.translate("VaultMenuButton", "&Erase the vault now…"),
            "panicWipe",
            _opener("coercion.panic_wipe", "show_panic_countdown"),
        ),
    )
    if shortcuts:  # the window's copy: Ctrl+Alt+Shift+Backspace works from now on
        importlib.import_module("satchel.ui.coercion.panic_wipe").panic_wipe_of(window, controller)
    keyed = []
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        text, name, opener = entry
        action = menu.addAction(text + CHORDS.get(name, ""))
        action.setObjectName(f"{name}Action")
        action.triggered.connect(lambda _checked=False, o=opener: o(window, controller))
        if name in KEY_ENTRIES:
            keyed.append(action)
        if shortcuts and name in SHORTCUTS:
            action.setShortcut(QKeySequence(SHORTCUTS[name]))
            window.addAction(action)  # works while the menu is closed

    def demo_has_no_keys() -> None:
        for action in keyed:
            action.setEnabled(controller.is_unlocked and not controller.demo)

    menu.aboutToShow.connect(demo_has_no_keys)


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
        fill_vault_menu(menu, window, controller)
        self.setMenu(menu)
