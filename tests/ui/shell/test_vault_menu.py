"""The status bar's Vault menu: there only while a vault is open; each entry opens its dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from tests.factories import make_vault

from satchel.ui.access.key_change_dialogs import ChangePassphraseDialog, NewRecoveryPhraseDialog
from satchel.ui.backups.dialog import BackupsDialog
from satchel.ui.coercion.panic_wipe import PanicCountdown
from satchel.ui.coercion.return_dialog import ReturnDialog
from satchel.ui.coercion.travel_dialog import TravelDialog
from satchel.ui.imports.dialog import ContactImportDialog, MarkdownImportDialog
from satchel.ui.recently_deleted.dialog import RecentlyDeletedDialog
from satchel.ui.sharing.export_dialog import ExportDialog
from satchel.ui.sharing.import_dialog import ImportBundleDialog
from satchel.ui.sharing.key_dialog import SharingKeyDialog
from satchel.ui.shell.window import ShellWindow

ENTRIES = {
    "changePassphraseAction": ChangePassphraseDialog,
    "newRecoveryPhraseAction": NewRecoveryPhraseDialog,
    "backupsAction": BackupsDialog,
    "recentlyDeletedAction": RecentlyDeletedDialog,
    "exportAction": ExportDialog,
    "importBundleAction": ImportBundleDialog,
    "sharingKeyAction": SharingKeyDialog,
    "importContactsAction": ContactImportDialog,
    "importNotesAction": MarkdownImportDialog,
    "prepareTravelAction": TravelDialog,
    "returnFromTravelAction": ReturnDialog,
    "panicWipeAction": PanicCountdown,
}


def _open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_the_menu_is_there_only_while_a_vault_is_open(window: ShellWindow, tmp_path: Path) -> None:
    assert not window.vault_menu.isVisible()
    session, _phrase = make_vault(tmp_path / "v")
    window.controller.adopt(session, tmp_path / "v")
    assert window.vault_menu.isVisible()
    window.controller.lock()
    assert not window.vault_menu.isVisible()


@pytest.mark.parametrize("action_name", sorted(ENTRIES))
def test_each_entry_opens_its_dialog(
    window: ShellWindow, tmp_path: Path, qtbot: QtBot, action_name: str
) -> None:
    session, _phrase = make_vault(tmp_path / "v")
    window.controller.adopt(session, tmp_path / "v")
    menu = window.vault_menu.menu()
    actions = {action.objectName(): action for action in menu.actions() if action.objectName()}
    assert set(actions) == set(ENTRIES)
    assert all(action.text() for action in actions.values())
    actions[action_name].trigger()
    qtbot.waitUntil(lambda: any(isinstance(d, ENTRIES[action_name]) for d in _open_dialogs()))
    for dialog in _open_dialogs():
        dialog.reject()
