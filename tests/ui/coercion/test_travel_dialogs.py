"""Prepare for a crossing and Return from travel, through the window, on real vaults.

The round trip: the laptop's folder holds only the cover (the real passphrase fails
there), then the real notes come back over it. Cancel midway and a backup that does not
open change nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.ui.coercion.conftest import COVER, WAIT, titles

from satchel.errors import WrongPassphraseError
from satchel.services.core import session as vault_session
from satchel.services.notebook.cases import list_cases
from satchel.ui.coercion.return_dialog import ReturnDialog
from satchel.ui.coercion.travel_dialog import CHOOSE, CONFIRM, DONE, TravelDialog
from satchel.ui.shell.window import ShellWindow


def _open_from_menu(shell: ShellWindow, name: str) -> object:
    menu = shell.vault_menu.menu()
    assert menu is not None
    action = next(a for a in menu.actions() if a.objectName() == f"{name}Action")
    assert action.isEnabled()
    action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    return next(w for w in dialogs if isinstance(w, TravelDialog | ReturnDialog))


def _fill(dialog: TravelDialog, stick: Path, passphrase: str) -> None:
    dialog._next()  # past the warnings
    assert dialog.pages.currentIndex() == CHOOSE
    dialog.folder.setText(str(stick))
    dialog.passphrase.setText(passphrase)
    dialog.cover.first.setText(COVER)
    dialog.cover.second.setText(COVER)


@pytest.mark.parametrize("keep", [True, False], ids=["keeping the cover", "erasing it"])
def test_the_round_trip(
    qtbot: QtBot, shell: ShellWindow, folder: Path, tmp_path: Path, keep: bool
) -> None:
    stick = tmp_path / "stick"
    dialog = _open_from_menu(shell, "prepareTravel")
    assert isinstance(dialog, TravelDialog)
    _fill(dialog, stick, PASSPHRASE)
    dialog._next()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == CONFIRM, timeout=WAIT)
    assert dialog.backup is not None and dialog.backup.parent == stick
    assert [c.title for c in list_cases(shell.controller.session)] == [
        "Andriy: visa appointment"
    ]  # nothing erased yet: the vault is still open
    dialog._next()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE, timeout=WAIT)
    backup = dialog.backup
    assert not shell.controller.is_unlocked  # the window shows the cover's unlock screen
    dialog._next()

    with pytest.raises(WrongPassphraseError):
        titles(folder, PASSPHRASE)
    cover_titles = titles(folder, COVER)
    assert "Food bank rota" in cover_titles and not any("Andriy" in t for t in cover_titles)
    assert [p.name for p in folder.parent.iterdir()] == ["notes"]

    shell.controller.adopt(vault_session.unlock(folder, COVER), folder)
    back = _open_from_menu(shell, "returnFromTravel")
    assert isinstance(back, ReturnDialog)
    assert back.keep_cover.isVisibleTo(back) and back.keep_cover.isChecked()
    assert "travelled with" in back.warning.text()
    back.keep_cover.setChecked(keep)
    assert ("erased" in back.warning.text()) is not keep
    back.file.setText(str(backup))
    back.passphrase.setText(PASSPHRASE)
    back._next()
    qtbot.waitUntil(lambda: back.finished_return, timeout=WAIT)
    assert not back.message.text().startswith("Not done"), back.message.text()
    assert ("is your duress passphrase" in back.message.text()) is keep
    qtbot.waitUntil(lambda: shell.controller.is_unlocked, timeout=WAIT)
    assert sorted(c.title for c in list_cases(shell.controller.session)) == [
        "Andriy: visa appointment"
    ]
    shell.controller.lock()
    if keep:
        assert "Food bank rota" in titles(folder, COVER)
    else:
        with pytest.raises(WrongPassphraseError):
            titles(folder, COVER)
    assert [p.name for p in folder.parent.iterdir()] == ["notes"]


def test_cancel_midway_changes_nothing(
    qtbot: QtBot, shell: ShellWindow, folder: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    dialog = _open_from_menu(shell, "prepareTravel")
    assert isinstance(dialog, TravelDialog)
    _fill(dialog, stick, PASSPHRASE)
    dialog._next()
    assert dialog.progress.busy
    dialog.progress.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == CHOOSE, timeout=WAIT)
    assert "Cancelled" in dialog.problem.text()
    assert shell.controller.is_unlocked
    assert not any(stick.iterdir()) if stick.exists() else True
    shell.controller.lock()
    assert titles(folder, PASSPHRASE) == ["Andriy: visa appointment"]
    with pytest.raises(WrongPassphraseError):
        titles(folder, COVER)  # no cover was made


def test_a_backup_that_does_not_open_stops_before_anything_is_erased(
    qtbot: QtBot, shell: ShellWindow, folder: Path, tmp_path: Path
) -> None:
    dialog = _open_from_menu(shell, "prepareTravel")
    assert isinstance(dialog, TravelDialog)
    _fill(dialog, tmp_path / "stick", "not the passphrase of this vault")
    dialog._next()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == CHOOSE, timeout=WAIT)
    assert "Nothing was erased" in dialog.problem.text()
    assert shell.controller.is_unlocked
    shell.controller.lock()
    assert titles(folder, PASSPHRASE) == ["Andriy: visa appointment"]
    with pytest.raises(WrongPassphraseError):
        titles(folder, COVER)


def test_a_wrong_passphrase_on_return_keeps_the_cover(
    qtbot: QtBot, shell: ShellWindow, folder: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "not-a-backup"
    backup.write_bytes(b"\0" * 5000)
    back = _open_from_menu(shell, "returnFromTravel")
    assert isinstance(back, ReturnDialog)
    assert not back.keep_cover.isVisibleTo(back)  # an ordinary vault: no cover to keep
    assert "erased" in back.warning.text()
    back.file.setText(str(backup))
    back.passphrase.setText(PASSPHRASE)
    back._next()
    qtbot.waitUntil(back.message.isVisible, timeout=WAIT)
    assert shell.controller.is_unlocked
    assert not back.finished_return
    shell.controller.lock()
    assert titles(folder, PASSPHRASE) == ["Andriy: visa appointment"]


def test_a_folder_inside_the_vault_is_refused_before_any_work(
    shell: ShellWindow, folder: Path
) -> None:
    dialog = _open_from_menu(shell, "prepareTravel")
    assert isinstance(dialog, TravelDialog)
    _fill(dialog, folder / "backups-here", PASSPHRASE)
    dialog._next()
    assert dialog.pages.currentIndex() == CHOOSE
    assert not dialog.progress.busy
    assert "outside the vault's folder" in dialog.problem.text()
    dialog.reject()
