"""Panic wipe in the window: the chord from any field, a visible countdown that Cancel and
Esc stop, and at zero a vault erased for good and a welcome page as after a fresh install."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE

from satchel.errors import NotAVaultError, WrongPassphraseError
from satchel.services.backups.operations import back_up
from satchel.services.core import session as vault_session
from satchel.services.core.settings import BackupSettings, save_backup_settings
from satchel.services.notebook.cases import create_case, list_cases
from satchel.ui.coercion import panic_wipe
from satchel.ui.coercion.panic_wipe import PanicCountdown
from satchel.ui.shell.window import ShellWindow
from satchel.vault import FAST_TEST_KDF

CHORD_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
)


@pytest.fixture
def opened(window: ShellWindow, tmp_path: Path) -> tuple[Path, str]:
    """A format-2 vault with a case and a backup beside it, open in the window and
    remembered, as a user would have it."""
    folder = tmp_path / "Notes"
    session, phrase = vault_session.create(
        folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=2
    )
    create_case(session, title="Case of Andriy")
    back_up(session)
    window.settings.remember_vault(folder)
    window.controller.adopt(session, folder)
    return folder, phrase


def _countdown() -> PanicCountdown | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PanicCountdown)]
    return next((w for w in found if w.isVisible()), None)


def _press_chord(qtbot: QtBot, window: ShellWindow) -> PanicCountdown:
    """The chord typed into whatever field has the focus (the search field here)."""
    field = window.findChildren(QLineEdit)[0]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Backspace, CHORD_MODIFIERS)
    qtbot.waitUntil(lambda: _countdown() is not None)
    countdown = _countdown()
    assert countdown is not None
    return countdown


def _still_opens(folder: Path) -> bool:
    with vault_session.unlock(folder, PASSPHRASE) as vs:
        return [c.title for c in list_cases(vs)] == ["Case of Andriy"]


def test_the_chord_shows_a_countdown_that_says_what_goes(
    window: ShellWindow, opened: tuple[Path, str], qtbot: QtBot
) -> None:
    countdown = _press_chord(qtbot, window)
    assert "5 seconds" in countdown.heading.text()
    text = countdown.what.text()
    assert "“Notes”" in text
    assert "1 backup in the vault's folder" in text
    assert "Not erased" not in text  # no backup folder elsewhere was chosen
    assert countdown.focusWidget() is countdown.cancel_button
    qtbot.waitUntil(lambda: countdown.remaining < 5, timeout=3000)  # it counts down
    countdown.reject()


@pytest.mark.parametrize("how", ["cancel", "escape"])
def test_cancel_or_escape_keeps_everything(
    window: ShellWindow,
    opened: tuple[Path, str],
    qtbot: QtBot,
    how: str,
) -> None:
    folder, _ = opened
    before = sorted(p.name for p in folder.rglob("*"))
    countdown = _press_chord(qtbot, window)
    if how == "cancel":
        qtbot.mouseClick(countdown.cancel_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(countdown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _countdown() is None)
    assert not countdown.timer.isActive()
    assert window.controller.is_unlocked
    assert window.settings.remembered_vault == folder
    assert sorted(p.name for p in folder.rglob("*")) == before
    window.controller.lock()
    assert _still_opens(folder)


def test_at_zero_the_vault_is_erased_and_the_welcome_page_shows(
    window: ShellWindow,
    opened: tuple[Path, str],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(panic_wipe, "TICK_MS", 30)
    folder, phrase = opened
    usb = tmp_path / "usb"
    usb.mkdir()
    session = window.controller.session
    save_backup_settings(session, BackupSettings(folder=str(usb)))
    kept = back_up(session)
    countdown = _press_chord(qtbot, window)
    assert f"“{usb}” (1 found there)" in countdown.what.text()
    with qtbot.waitSignal(window.controller.erased, timeout=20000):
        pass
    qtbot.waitUntil(lambda: window.pages.currentWidget().objectName() == "welcomePage")
    assert not window.controller.is_unlocked
    assert window.settings.remembered_vault is None
    assert window.settings.vault_to_open() is None
    assert not window.lock_button.isVisible()
    # Nothing left in the folder opens with the passphrase or the recovery phrase.
    assert not folder.exists() or not any(folder.rglob("*"))
    for secret, opener in (
        (PASSPHRASE, vault_session.unlock),
        (phrase, vault_session.unlock_recovery),
    ):
        with pytest.raises((WrongPassphraseError, NotAVaultError)):
            opener(folder, secret).close()
    assert kept.exists()  # the backup kept elsewhere was named, not erased


def test_the_vault_menu_entry_starts_the_same_countdown(
    window: ShellWindow, opened: tuple[Path, str], qtbot: QtBot
) -> None:
    action = next(a for a in window.vault_bar_menu.actions() if a.objectName() == "panicWipeAction")
    assert "Ctrl+Alt+Shift+Backspace" in action.text()
    window.vault_bar_menu.aboutToShow.emit()  # as opening the menu does: entries enabled
    action.trigger()
    qtbot.waitUntil(lambda: _countdown() is not None)
    countdown = _countdown()
    assert countdown is not None
    countdown.reject()
    assert window.controller.is_unlocked


def test_the_chord_does_nothing_while_locked(
    window: ShellWindow, opened: tuple[Path, str], qtbot: QtBot
) -> None:
    window.controller.lock()
    qtbot.keyClick(window, Qt.Key.Key_Backspace, CHORD_MODIFIERS)
    assert _countdown() is None


def test_the_chord_works_over_an_open_dialog(
    window: ShellWindow, opened: tuple[Path, str], qtbot: QtBot
) -> None:
    window.show_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Backspace, CHORD_MODIFIERS)
    qtbot.waitUntil(lambda: _countdown() is not None)
    countdown = _countdown()
    assert countdown is not None
    countdown.reject()
    assert window.controller.is_unlocked
