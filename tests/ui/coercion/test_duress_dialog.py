"""The duress dialog: reached from Settings, shows both trade-offs, sets and removes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE

from satchel.services.core import session as vault_session
from satchel.services.notebook.cases import list_cases
from satchel.ui.coercion.duress_dialog import DuressDialog
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.settings.dialog import SettingsDialog
from satchel.ui.shell.vault_controller import VaultController
from satchel.vault import FAST_TEST_KDF

DURESS = "a duress passphrase nobody guesses 42"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def controller(folder: Path) -> Iterator[VaultController]:
    session, _phrase = vault_session.create(
        folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=2
    )
    controller = VaultController()
    controller.adopt(session, folder)
    yield controller
    if controller.is_unlocked:
        controller.lock()


def test_settings_opens_the_dialog_with_both_trade_offs(
    qtbot: QtBot, controller: VaultController, app_settings: AppSettings
) -> None:
    settings = SettingsDialog(controller, app_settings)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.mouseClick(settings.duress_button, Qt.MouseButton.LeftButton)
    dialog = settings.duress_dialog
    qtbot.waitUntil(dialog.isVisible)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.status)))
    assert "destroyed" in texts and "still there" in texts
    assert dialog.status.text() == "No duress passphrase is set."
    assert not dialog.remove_button.isEnabled()


def test_set_then_remove(qtbot: QtBot, controller: VaultController, folder: Path) -> None:
    dialog = DuressDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.keep.setChecked(True)
    dialog.fields.first.setText(DURESS)
    dialog.fields.second.setText(DURESS)
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert not dialog.problem.isVisible(), dialog.problem.text()
    assert dialog.remove_button.isEnabled()
    controller.lock()
    with vault_session.unlock(folder, DURESS) as cover:
        assert any(case.title == "Food bank rota" for case in list_cases(cover))
    controller.adopt(vault_session.unlock(folder, PASSPHRASE), folder)
    dialog = DuressDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.remove_button.isEnabled()
    dialog.remove()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.status.text() == "No duress passphrase is set."


def test_a_weak_or_mismatched_duress_passphrase_is_told(
    qtbot: QtBot, controller: VaultController
) -> None:
    dialog = DuressDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.first.setText(DURESS)
    dialog.fields.second.setText(DURESS + "x")
    dialog.apply()
    assert dialog.problem.isVisible()
    assert not dialog.busy
