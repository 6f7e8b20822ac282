"""Erase after failed unlocks, in the window: chosen in Settings, counted at the unlock page
(with the count shown only when asked), shared with the command line, and at the limit the
vault erased and the welcome page shown with nothing remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE

from satchel.errors import NotAVaultError, WrongPassphraseError
from satchel.services.coercion import failed_unlocks
from satchel.services.coercion.failed_unlocks import (
    FailedUnlockError,
    FailedUnlockPolicy,
    load_policy,
    save_policy,
)
from satchel.services.core import session as vault_session
from satchel.ui.access.unlock import UnlockPage
from satchel.ui.settings.dialog import SettingsDialog
from satchel.ui.shell.window import ShellWindow
from satchel.vault import FAST_TEST_KDF

WRONG = "not the passphrase at all"


@pytest.fixture(autouse=True)
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "state"
    monkeypatch.setenv(failed_unlocks.STATE_ENV, str(folder))
    return folder


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "Notes"
    vs, phrase = vault_session.create(
        folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=2
    )
    vs.close()
    return folder, phrase


def _policy(folder: Path, policy: FailedUnlockPolicy) -> None:
    with vault_session.unlock(folder, PASSPHRASE) as vs:
        save_policy(vs, policy)


def _page(window: ShellWindow) -> UnlockPage:
    page = window.pages.currentWidget()
    assert isinstance(page, UnlockPage)
    return page


def _try(qtbot: QtBot, window: ShellWindow, passphrase: str) -> UnlockPage:
    page = _page(window)
    page.error.hide()
    page.field.clear()
    qtbot.keyClicks(page.field, passphrase)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.task is None, timeout=20_000)
    return page


def test_settings_turn_it_on_and_off(
    window: ShellWindow, vault: tuple[Path, str], qtbot: QtBot
) -> None:
    folder, _ = vault
    window.controller.adopt(vault_session.unlock(folder, PASSPHRASE), folder)
    dialog = SettingsDialog(window.controller, window.settings, window)
    qtbot.addWidget(dialog)
    row = dialog.failed_unlocks
    assert row.isVisibleTo(dialog)
    assert row.limit.currentData() == 0 and not row.show_remaining.isEnabled()
    row.limit.setCurrentIndex(row.limit.findData(10))
    assert row.limit.currentText() == "After 10 failed unlocks"
    assert row.show_remaining.isEnabled()
    row.show_remaining.setChecked(True)
    dialog.save()
    assert window.controller.run(load_policy) == FailedUnlockPolicy(10, True)

    dialog = SettingsDialog(window.controller, window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.failed_unlocks.limit.currentData() == 10
    dialog.failed_unlocks.limit.setCurrentIndex(0)
    dialog.save()
    assert window.controller.run(load_policy) == FailedUnlockPolicy()


def test_the_unlock_page_says_how_many_are_left_when_asked(
    window: ShellWindow, vault: tuple[Path, str], qtbot: QtBot
) -> None:
    folder, _ = vault
    _policy(folder, FailedUnlockPolicy(5, True))
    window.show_unlock(folder)
    page = _try(qtbot, window, WRONG)
    assert "Wrong passphrase" in page.error.text()
    assert "4 attempts left before the vault is erased." in page.error.text()
    # the command line (here: a service call of another session) counts on the same tally
    with pytest.raises(FailedUnlockError) as caught:
        vault_session.unlock(folder, WRONG).close()
    assert caught.value.attempts_left == 3
    page = _try(qtbot, window, WRONG)
    assert "2 attempts left" in page.error.text()
    with qtbot.waitSignal(window.controller.unlocked, timeout=20_000):
        _try(qtbot, window, PASSPHRASE)
    window.controller.lock()
    page = _try(qtbot, window, WRONG)
    assert "4 attempts left" in page.error.text()  # the right passphrase reset it


def test_the_count_is_not_shown_unless_asked(
    window: ShellWindow, vault: tuple[Path, str], qtbot: QtBot
) -> None:
    folder, _ = vault
    _policy(folder, FailedUnlockPolicy(5, False))
    window.show_unlock(folder)
    page = _try(qtbot, window, WRONG)
    assert "Wrong passphrase" in page.error.text()
    assert "left" not in page.error.text()


def test_the_last_failure_erases_and_shows_the_welcome_page(
    window: ShellWindow, vault: tuple[Path, str], qtbot: QtBot
) -> None:
    folder, phrase = vault
    _policy(folder, FailedUnlockPolicy(5, True))
    window.settings.remember_vault(folder)
    window.show_unlock(folder)
    for _ in range(4):
        _try(qtbot, window, WRONG)
    _try(qtbot, window, WRONG)
    qtbot.waitUntil(lambda: window.pages.currentWidget().objectName() == "welcomePage")
    assert window.settings.remembered_vault is None
    box = window.findChild(QMessageBox, "failedUnlockErased")
    assert box is not None and "last attempt" in box.text()
    for secret, opener in (
        (PASSPHRASE, vault_session.unlock),
        (phrase, vault_session.unlock_recovery),
    ):
        with pytest.raises((WrongPassphraseError, NotAVaultError)):
            opener(folder, secret).close()


WRONG_PHRASE = " ".join(["abandon"] * 23 + ["art"])


def _recover(qtbot: QtBot, page: UnlockPage, phrase: str) -> None:
    page.recover()
    dialog = page.recover_dialog
    assert dialog is not None
    dialog.phrase.setPlainText(phrase)
    dialog.passphrase.first.setText("a new passphrase for this vault")
    dialog.passphrase.second.setText("a new passphrase for this vault")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


@pytest.mark.parametrize("shown", [True, False], ids=["count shown", "count hidden"])
def test_the_recovery_dialog_counts_says_the_count_and_erases_at_the_limit(
    window: ShellWindow, vault: tuple[Path, str], qtbot: QtBot, shown: bool
) -> None:
    folder, phrase = vault
    _policy(folder, FailedUnlockPolicy(5, shown))
    window.settings.remember_vault(folder)
    window.show_unlock(folder)
    page = _try(qtbot, window, WRONG)
    _recover(qtbot, page, WRONG_PHRASE)
    dialog = page.recover_dialog
    assert dialog is not None and dialog.isVisible()
    assert "does not open this vault" in dialog.error.text()
    assert ("3 attempts left before the vault is erased." in dialog.error.text()) is shown
    dialog.reject()
    for _ in range(2):
        _try(qtbot, window, WRONG)
    _recover(qtbot, page, WRONG_PHRASE)  # the fifth wrong secret: the vault goes
    qtbot.waitUntil(lambda: window.pages.currentWidget().objectName() == "welcomePage")
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert window.settings.remembered_vault is None
    assert (window.findChild(QMessageBox, "failedUnlockErased") is not None) is shown
    with pytest.raises((WrongPassphraseError, NotAVaultError)):
        vault_session.unlock_recovery(folder, phrase).close()
