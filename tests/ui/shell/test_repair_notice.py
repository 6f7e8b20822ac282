"""After an unlock that repaired something, the window says what, in a message of its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.factories import make_vault

from satchel.services.core import session as vault_session
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow


@pytest.fixture
def window(qtbot: QtBot, app_settings: AppSettings) -> Iterator[ShellWindow]:
    shell = ShellWindow(VaultController(), app_settings)
    qtbot.addWidget(shell)
    shell.show_welcome()
    shell.show()
    yield shell
    shell.controller.lock()


def _notice(window: ShellWindow) -> QMessageBox | None:
    return window.findChild(QMessageBox, "repairNotice")


def test_a_repaired_header_copy_is_named_after_unlock(
    window: ShellWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    made = make_vault(folder)[0]
    position = made.vault._position  # the passphrase's slot: the one this unlock can judge
    made.close()
    damaged = bytearray((folder / "1").read_bytes())
    damaged[16 + position * 112 + 50] ^= 0x04
    (folder / "1").write_bytes(bytes(damaged))
    window.controller.adopt(vault_session.unlock(folder, PASSPHRASE), folder)
    qtbot.waitUntil(lambda: _notice(window) is not None and _notice(window).isVisible())
    box = _notice(window)
    assert box is not None
    assert "damaged" in box.text()


def test_a_clean_unlock_shows_no_notice(window: ShellWindow, tmp_path: Path) -> None:
    folder = tmp_path / "clean"
    make_vault(folder)[0].close()
    window.controller.adopt(vault_session.unlock(folder, PASSPHRASE), folder)
    assert _notice(window) is None
