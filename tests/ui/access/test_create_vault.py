"""Creating a vault: strength check, suggestion, background creation, recovery phrase check."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import STRONG_PASSPHRASE

from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.ui.access import create_vault
from satchel.ui.access.create_vault import CreateVaultPage
from satchel.ui.access.default_locations import default_vault_folder
from satchel.ui.settings.app_settings import AppSettings
from satchel.vault import WrongPassphraseError, is_vault

pytestmark = pytest.mark.usefixtures("fast_vault_creation")


def type_text(widget: QWidget, text: str) -> None:
    """Type any text (Cyrillic too) as key events; qtbot.keyClicks aborts on non-ASCII."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def page(qtbot: QtBot, app_settings: AppSettings) -> CreateVaultPage:
    widget = CreateVaultPage(app_settings)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def finish(qtbot: QtBot, page: CreateVaultPage) -> tuple[VaultSession, Path]:
    """Wait for the recovery phrase, then confirm the three words it asks for."""
    qtbot.waitUntil(lambda: page.recovery is not None, timeout=20_000)
    recovery = page.recovery
    assert recovery is not None
    recovery.written_button.click()
    for position, field in zip(recovery.positions, recovery.word_fields, strict=True):
        qtbot.keyClicks(field, recovery.words[position])
    with qtbot.waitSignal(page.created) as signal:
        recovery.confirm_button.click()
    session, folder = signal.args
    assert isinstance(session, VaultSession)
    return session, folder


def test_the_default_folder_is_the_user_data_folder(page: CreateVaultPage) -> None:
    assert page.folder == default_vault_folder()
    assert page.folder_field.text() == str(default_vault_folder())
    assert page.remember.isHidden()  # the default place needs no remembering


def test_a_weak_passphrase_is_refused_with_the_reason(qtbot: QtBot, page: CreateVaultPage) -> None:
    qtbot.keyClicks(page.passphrase.first, "password1")
    qtbot.keyClicks(page.passphrase.second, "password1")
    assert "Very weak" in page.passphrase.verdict.text()
    page.create_button.click()
    assert page.error.isVisible()
    assert "too easy to guess" in page.error.text()
    assert "common password" in page.error.text()  # zxcvbn's reason is passed on
    assert page.task is None
    assert not page.folder.exists()


def test_two_different_passphrases_are_refused(qtbot: QtBot, page: CreateVaultPage) -> None:
    qtbot.keyClicks(page.passphrase.first, STRONG_PASSPHRASE)
    qtbot.keyClicks(page.passphrase.second, STRONG_PASSPHRASE + "x")
    page.create_button.click()
    assert "not the same" in page.error.text()
    assert page.task is None


def test_typing_again_hides_an_old_error(qtbot: QtBot, page: CreateVaultPage) -> None:
    page.create_button.click()
    assert page.error.isVisible()
    qtbot.keyClicks(page.passphrase.first, "a")
    assert not page.error.isVisible()


def test_suggest_fills_both_fields_with_six_words_and_shows_them(
    qtbot: QtBot, page: CreateVaultPage
) -> None:
    page.passphrase.suggest_button.click()
    first, second = page.passphrase.first, page.passphrase.second
    assert first.text() == second.text()
    assert len(first.text().split()) == 6
    assert first.echoMode() == first.EchoMode.Normal  # to be written down
    assert page.passphrase.problem() is None
    assert page.passphrase.meter.value() >= 3


def test_the_whole_flow_creates_an_unlockable_vault(
    qtbot: QtBot, page: CreateVaultPage, app_settings: AppSettings
) -> None:
    page.passphrase.suggest_button.click()
    passphrase = page.passphrase.passphrase()
    page.create_button.click()
    assert page.steps.currentIndex() == 1  # the busy step, while the worker runs
    assert page.busy.maximum() == 0  # an indeterminate (busy) indicator
    session, folder = finish(qtbot, page)
    try:
        assert folder == default_vault_folder()
        assert session.is_open
        assert is_vault(folder)
        assert page.passphrase.passphrase() == ""  # not kept in the widget
    finally:
        session.close()
    vault_session.unlock(folder, passphrase).close()
    assert app_settings.remembered_vault is None


def test_the_recovery_phrase_has_24_words_in_a_numbered_grid(
    qtbot: QtBot, page: CreateVaultPage
) -> None:
    page.passphrase.suggest_button.click()
    page.create_button.click()
    qtbot.waitUntil(lambda: page.recovery is not None, timeout=20_000)
    recovery = page.recovery
    assert recovery is not None
    assert len(recovery.words) == 24
    assert [label.text() for label in recovery.word_labels] == recovery.words
    assert all(
        label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
        for label in recovery.word_labels
    )
    assert len(set(recovery.positions)) == 3
    assert all(0 <= p < 24 for p in recovery.positions)
    finish(qtbot, page)[0].close()


def test_a_wrong_recovery_word_is_refused(qtbot: QtBot, page: CreateVaultPage) -> None:
    page.passphrase.suggest_button.click()
    page.create_button.click()
    qtbot.waitUntil(lambda: page.recovery is not None, timeout=20_000)
    recovery = page.recovery
    assert recovery is not None
    recovery.written_button.click()
    for position, field in zip(recovery.positions, recovery.word_fields, strict=True):
        qtbot.keyClicks(field, recovery.words[position])
    wrong = recovery.word_fields[1]
    wrong.clear()
    qtbot.keyClicks(wrong, "notaword")
    with qtbot.assertNotEmitted(page.created):
        recovery.confirm_button.click()
    assert recovery.error.isVisible()
    assert f"Word {recovery.positions[1] + 1} does not match" in recovery.error.text()
    recovery.back_button.click()  # back to the words, then confirm again
    assert recovery.stack.currentIndex() == 0
    finish(qtbot, page)[0].close()


def test_a_folder_with_files_is_refused_before_any_work(
    qtbot: QtBot, page: CreateVaultPage
) -> None:
    page.folder.mkdir(parents=True)
    (page.folder / "something.txt").write_text("x")
    page.passphrase.suggest_button.click()
    page.create_button.click()
    assert "already holds files" in page.error.text()
    assert page.task is None


def test_choosing_a_folder_with_files_makes_a_new_one_inside_and_can_remember_it(
    qtbot: QtBot,
    page: CreateVaultPage,
    app_settings: AppSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    (stick / "photo.jpg").write_bytes(b"x")
    monkeypatch.setattr(page, "choose_folder", lambda: stick)
    page.change_folder_button.click()
    assert page.folder == stick / "Satchel vault"
    assert not page.remember.isHidden()
    page.remember.setChecked(True)
    page.passphrase.suggest_button.click()
    page.create_button.click()
    session, folder = finish(qtbot, page)
    session.close()
    assert folder == stick / "Satchel vault"
    assert app_settings.remembered_vault == folder


def test_a_cyrillic_passphrase_typed_as_key_events_works(
    qtbot: QtBot, page: CreateVaultPage
) -> None:
    passphrase = "тихий причал скрипка клён эскиз"
    type_text(page.passphrase.first, passphrase)
    type_text(page.passphrase.second, passphrase)
    assert page.passphrase.passphrase() == passphrase
    page.create_button.click()
    session, folder = finish(qtbot, page)
    session.close()
    vault_session.unlock(folder, passphrase).close()
    with pytest.raises(WrongPassphraseError):
        vault_session.unlock(folder, "тихий причал")


def test_a_failure_in_the_worker_returns_to_the_form_with_a_message(
    qtbot: QtBot, page: CreateVaultPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> tuple[VaultSession, str]:
        raise OSError("disk full")

    monkeypatch.setattr(create_vault, "create_vault_session", broken)
    page.passphrase.suggest_button.click()
    page.create_button.click()
    qtbot.waitUntil(page.error.isVisible)
    assert page.steps.currentIndex() == 0
    assert "Something unexpected went wrong" in page.error.text()
    assert page.task is None


def test_back_cancels(qtbot: QtBot, page: CreateVaultPage) -> None:
    with qtbot.waitSignal(page.cancelled):
        page.back_button.click()


def test_the_app_path_is_calibrated_not_the_test_floor() -> None:
    """The page's own creation function never passes the tests' fast KDF settings."""
    source = inspect.getsource(create_vault)
    assert "FAST_TEST_KDF" not in source
    assert "kdf_for_tests" not in source
