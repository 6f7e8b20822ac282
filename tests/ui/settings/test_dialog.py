"""Settings: the vault's part stored inside it, the computer's part in Qt's settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from tests.factories import make_vault

from satchel.services.core.settings import VaultSettings, load_settings
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.settings.dialog import SettingsDialog
from satchel.ui.shell.vault_controller import VaultController


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "vault on a stick"


@pytest.fixture
def controller(folder: Path) -> Iterator[VaultController]:
    session, _phrase = make_vault(folder)
    controller = VaultController()
    controller.adopt(session, folder)
    yield controller
    controller.lock()


def make_dialog(
    qtbot: QtBot, controller: VaultController, app_settings: AppSettings
) -> SettingsDialog:
    dialog = SettingsDialog(controller, app_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_it_shows_the_vaults_current_settings(
    qtbot: QtBot, controller: VaultController, app_settings: AppSettings
) -> None:
    dialog = make_dialog(qtbot, controller, app_settings)
    assert dialog.windowTitle() == "Settings"
    assert dialog.vault_group.isVisible()
    defaults = VaultSettings()
    assert dialog.auto_lock.value() == defaults.auto_lock_minutes
    assert dialog.clipboard.value() == defaults.clipboard_seconds
    assert dialog.reveal.value() == defaults.reveal_seconds
    assert (dialog.auto_lock.minimum(), dialog.auto_lock.maximum()) == (1, 240)
    assert not dialog.never_lock.isChecked()
    assert not dialog.never_warning.isVisible()


def test_saving_stores_the_vault_part_inside_the_vault(
    qtbot: QtBot, controller: VaultController, app_settings: AppSettings
) -> None:
    dialog = make_dialog(qtbot, controller, app_settings)
    dialog.auto_lock.setValue(15)
    dialog.clipboard.setValue(20)
    dialog.reveal.setValue(45)
    with qtbot.waitSignal(controller.changed) as signal:
        dialog.buttons.accepted.emit()
    assert signal.args == ["settings"]
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = load_settings(controller.session)
    assert stored == VaultSettings(auto_lock_minutes=15, clipboard_seconds=20, reveal_seconds=45)


def test_never_lock_warns_and_is_stored_as_none(
    qtbot: QtBot, controller: VaultController, app_settings: AppSettings
) -> None:
    dialog = make_dialog(qtbot, controller, app_settings)
    dialog.never_lock.setChecked(True)
    assert dialog.never_warning.isVisible()
    assert "could read the vault" in dialog.never_warning.text()
    assert not dialog.auto_lock.isEnabled()
    dialog.buttons.accepted.emit()
    assert load_settings(controller.session).auto_lock_minutes is None
    again = make_dialog(qtbot, controller, app_settings)
    assert again.never_lock.isChecked()


def test_language_and_remembered_location_go_to_the_app_settings(
    qtbot: QtBot, controller: VaultController, app_settings: AppSettings, folder: Path
) -> None:
    dialog = make_dialog(qtbot, controller, app_settings)
    assert dialog.language.count() == 5  # the system's, en, ru, uk, de
    dialog.language.setCurrentIndex(dialog.language.findData("uk"))
    assert dialog.remember.isEnabled()
    assert not dialog.remember.isChecked()
    dialog.remember.setChecked(True)
    dialog.buttons.accepted.emit()
    assert app_settings.language == "uk"
    assert app_settings.remembered_vault == folder

    dialog = make_dialog(qtbot, controller, app_settings)
    assert dialog.remember.isChecked()
    dialog.remember.setChecked(False)
    dialog.buttons.accepted.emit()
    assert app_settings.remembered_vault is None


def test_nothing_about_the_vault_goes_to_qt_settings_unless_asked(
    qtbot: QtBot, controller: VaultController, tmp_path: Path, folder: Path
) -> None:
    ini = tmp_path / "qt.ini"
    settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    dialog = make_dialog(qtbot, controller, settings)
    dialog.auto_lock.setValue(30)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.buttons.accepted.emit()
    settings._settings.sync()
    text = ini.read_text(encoding="utf-8")
    assert "de" in text
    assert str(folder) not in text
    assert folder.name not in text
    assert "auto_lock" not in text
    assert "30" not in text


def test_cancel_changes_nothing(
    qtbot: QtBot, controller: VaultController, app_settings: AppSettings
) -> None:
    dialog = make_dialog(qtbot, controller, app_settings)
    dialog.auto_lock.setValue(99)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    with qtbot.assertNotEmitted(controller.changed):
        dialog.buttons.rejected.emit()
    assert load_settings(controller.session).auto_lock_minutes == VaultSettings().auto_lock_minutes
    assert app_settings.language == ""


def test_without_an_open_vault_only_the_app_part_shows(
    qtbot: QtBot, app_settings: AppSettings
) -> None:
    controller = VaultController()
    dialog = make_dialog(qtbot, controller, app_settings)
    assert not dialog.vault_group.isVisible()
    assert not dialog.remember.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.buttons.accepted.emit()
    assert app_settings.language == "ru"


def test_a_demo_vault_cannot_be_remembered(
    qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> None:
    session, _phrase = make_vault(tmp_path / "demo")
    controller = VaultController()
    controller.adopt(session, tmp_path / "demo", demo=True)
    try:
        dialog = make_dialog(qtbot, controller, app_settings)
        assert dialog.vault_group.isVisible()
        assert not dialog.remember.isEnabled()
        dialog.buttons.accepted.emit()
        assert app_settings.remembered_vault is None
    finally:
        controller.lock()
