"""Unlocking: wrong then right, each failure's own message, and recovery to a new passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.factories import make_vault
from tests.ui.conftest import STRONG_PASSPHRASE

from satchel.services.core import session as vault_session
from satchel.ui.access.recover_dialog import RecoverDialog
from satchel.ui.access.unlock import UnlockPage
from satchel.ui.base.text.messages import user_message
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow
from satchel.ui.shell.workspace import Workspace
from satchel.vault import WrongPassphraseError, unlock_vault


@pytest.fixture
def controller() -> Iterator[VaultController]:
    controller = VaultController()
    yield controller
    controller.lock()


@pytest.fixture
def window(
    qtbot: QtBot, controller: VaultController, app_settings: AppSettings, closed_vault: Path
) -> ShellWindow:
    shell = ShellWindow(controller, app_settings)
    qtbot.addWidget(shell)
    shell.resize(1280, 800)
    shell.show_unlock(closed_vault)
    shell.show()
    return shell


def unlock_page(window: ShellWindow) -> UnlockPage:
    page = window.pages.currentWidget()
    assert isinstance(page, UnlockPage)
    return page


def try_passphrase(qtbot: QtBot, page: UnlockPage, passphrase: str) -> None:
    page.field.clear()
    qtbot.keyClicks(page.field, passphrase)
    page.unlock_button.click()


def test_wrong_then_right_passphrase(
    qtbot: QtBot, window: ShellWindow, controller: VaultController
) -> None:
    page = unlock_page(window)
    try_passphrase(qtbot, page, "not the passphrase")
    # while the key is derived the field is disabled and the busy indicator shows
    assert not page.field.isEnabled()
    assert not page.unlock_button.isEnabled()
    assert page.busy.isVisible()
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.text() == user_message(WrongPassphraseError())
    assert "Wrong passphrase" in page.error.text()
    assert page.field.isEnabled()
    assert not page.busy.isVisible()
    assert not controller.is_unlocked

    with qtbot.waitSignal(controller.unlocked):
        try_passphrase(qtbot, page, PASSPHRASE)
    assert isinstance(window.pages.currentWidget(), Workspace)
    assert window.windowTitle() == "Satchel"


def test_return_in_the_field_unlocks(
    qtbot: QtBot, window: ShellWindow, controller: VaultController
) -> None:
    page = unlock_page(window)
    qtbot.keyClicks(page.field, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked):
        qtbot.keyClick(page.field, "\r")


def test_an_empty_passphrase_is_not_tried(window: ShellWindow) -> None:
    page = unlock_page(window)
    page.unlock_button.click()
    assert page.task is None
    assert "Type the vault's passphrase" in page.error.text()


def damage(folder: Path, kind: str) -> Iterator[None]:
    with unlock_vault(folder, PASSPHRASE) as vault:
        database = vault.database_path  # format 2: "2" or "3"
    if kind == "damaged":
        database.write_bytes(database.read_bytes()[:1000])  # cut short
        yield
    elif kind == "tampered":
        data = bytearray(database.read_bytes())
        data[200] ^= 0xFF  # one byte inside page 1
        database.write_bytes(bytes(data))
        yield
    else:  # busy: another holder has the vault open
        held = vault_session.unlock(folder, PASSPHRASE)
        try:
            yield
        finally:
            held.close()


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("damaged", "damaged and cannot be read"),
        ("tampered", "failed its authenticity check"),
        ("busy", "open elsewhere (another Satchel window or command)"),
    ],
)
def test_each_failure_has_its_own_message(
    qtbot: QtBot, window: ShellWindow, closed_vault: Path, kind: str, words: str
) -> None:
    controller = window.controller
    page = unlock_page(window)
    state = damage(closed_vault, kind)
    next(state)
    try:
        try_passphrase(qtbot, page, PASSPHRASE)
        qtbot.waitUntil(page.error.isVisible, timeout=10_000)
        assert words in page.error.text()
        assert "Wrong passphrase" not in page.error.text()
        assert not controller.is_unlocked
        assert page.field.isEnabled()
    finally:
        next(state, None)


def test_back_link_returns_to_the_welcome_page(qtbot: QtBot, window: ShellWindow) -> None:
    page = unlock_page(window)
    with qtbot.waitSignal(page.back_requested):
        page.back_button.click()
    assert type(window.pages.currentWidget()).__name__ == "WelcomePage"


# recovery ---------------------------------------------------------------------------------
@pytest.fixture
def recovery_window(
    qtbot: QtBot,
    controller: VaultController,
    app_settings: AppSettings,
    closed_vault_with_phrase: tuple[Path, str],
) -> tuple[ShellWindow, Path, str]:
    folder, phrase = closed_vault_with_phrase
    shell = ShellWindow(controller, app_settings)
    qtbot.addWidget(shell)
    shell.show_unlock(folder)
    shell.show()
    return shell, folder, phrase


def open_recovery(window: ShellWindow) -> RecoverDialog:
    page = unlock_page(window)
    page.recover_button.click()
    dialog = page.recover_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Recover the vault"
    return dialog


def test_the_recovery_phrase_sets_a_new_passphrase(
    qtbot: QtBot, controller: VaultController, recovery_window: tuple[ShellWindow, Path, str]
) -> None:
    window, folder, phrase = recovery_window
    dialog = open_recovery(window)
    qtbot.keyClicks(dialog.phrase, phrase)
    qtbot.keyClicks(dialog.passphrase.first, STRONG_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.second, STRONG_PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=20_000):
        dialog.ok_button.click()
        assert dialog.busy.isVisible()
        assert not dialog.ok_button.isEnabled()
    assert isinstance(window.pages.currentWidget(), Workspace)
    controller.lock()
    vault_session.unlock(folder, STRONG_PASSPHRASE).close()
    with pytest.raises(WrongPassphraseError):
        vault_session.unlock(folder, PASSPHRASE)
    vault_session.unlock_recovery(folder, phrase).close()  # the phrase still works


def test_a_phrase_from_another_vault_is_refused(
    qtbot: QtBot,
    controller: VaultController,
    recovery_window: tuple[ShellWindow, Path, str],
    tmp_path: Path,
) -> None:
    window, folder, _phrase = recovery_window
    other, other_phrase = make_vault(tmp_path / "other")
    other.close()
    dialog = open_recovery(window)
    qtbot.keyClicks(dialog.phrase, other_phrase)
    qtbot.keyClicks(dialog.passphrase.first, STRONG_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.second, STRONG_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    assert "does not open this vault" in dialog.error.text()
    assert not controller.is_unlocked
    vault_session.unlock(folder, PASSPHRASE).close()  # nothing changed


def test_a_mistyped_phrase_names_the_word(
    qtbot: QtBot, recovery_window: tuple[ShellWindow, Path, str]
) -> None:
    window, _folder, phrase = recovery_window
    dialog = open_recovery(window)
    words = phrase.split()
    words[4] = "zzzzz"
    qtbot.keyClicks(dialog.phrase, " ".join(words))
    qtbot.keyClicks(dialog.passphrase.first, STRONG_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.second, STRONG_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible)
    assert "word 5" in dialog.error.text()


def test_a_weak_new_passphrase_is_refused_before_any_work(
    qtbot: QtBot, recovery_window: tuple[ShellWindow, Path, str]
) -> None:
    window, _folder, phrase = recovery_window
    dialog = open_recovery(window)
    qtbot.keyClicks(dialog.phrase, phrase)
    qtbot.keyClicks(dialog.passphrase.first, "letmein")
    qtbot.keyClicks(dialog.passphrase.second, "letmein")
    dialog.ok_button.click()
    assert dialog.task is None
    assert "too easy to guess" in dialog.error.text()
