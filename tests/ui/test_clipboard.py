"""Copying a secret: marked for clipboard managers, cleared after the delay and on lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from tests.ui.people_cases_helpers import open_controller

from satchel.services.vault_settings import VaultSettings, save_settings
from satchel.ui.clipboard import (
    SECRET_HINT_TYPE,
    SecretClipboard,
    copy_secret,
    secret_clipboard,
)
from satchel.ui.vault_controller import VaultController


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> Iterator[VaultController]:
    QGuiApplication.clipboard().clear()
    yield from open_controller(tmp_path / "vault")
    QGuiApplication.clipboard().clear()


def test_copy_marks_the_text_secret_and_clears_it_after_the_delay(
    qtbot: QtBot, controller: VaultController
) -> None:
    guard = secret_clipboard(controller)
    guard.delay_ms_override = 100
    copy_secret(controller, "Олена Петренко")

    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    assert clipboard.text() == "Олена Петренко"
    assert bytes(mime.data(SECRET_HINT_TYPE).data()) == b"secret"
    assert guard.holds_secret

    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    assert not guard.holds_secret


def test_something_copied_since_is_left_alone(qtbot: QtBot, controller: VaultController) -> None:
    guard = secret_clipboard(controller)
    guard.delay_ms_override = 50
    guard.copy("P-1234567")
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("the user's own text")
    qtbot.waitUntil(lambda: not guard.holds_secret, timeout=2000)
    assert clipboard.text() == "the user's own text"


def test_locking_clears_at_once(controller: VaultController) -> None:
    copy_secret(controller, "+49 151 0000000")  # the vault's delay: 10 s by default
    controller.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_the_delay_comes_from_the_vault(controller: VaultController) -> None:
    guard = secret_clipboard(controller)
    assert guard.delay_ms() == 10_000
    save_settings(controller.session, VaultSettings(clipboard_seconds=25))
    assert guard.delay_ms() == 25_000
    assert secret_clipboard(controller) is guard  # one guard per controller
    assert isinstance(guard, SecretClipboard)
