"""The window protections in the settings: lock on minimize, hide from screen capture."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.settings.dialog import SettingsDialog
from satchel.ui.shell.vault_controller import VaultController


def make_dialog(
    qtbot: QtBot,
    settings: AppSettings,
    *,
    supported: bool | None = None,
    allowed_for_run: bool = False,
) -> SettingsDialog:
    dialog = SettingsDialog(
        VaultController(),
        settings,
        capture_supported=supported,
        capture_allowed_for_run=allowed_for_run,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lock_on_minimize_is_off_by_default_and_saved(
    qtbot: QtBot, app_settings: AppSettings
) -> None:
    dialog = make_dialog(qtbot, app_settings)
    assert dialog.lock_on_minimize.isVisible()
    assert not dialog.lock_on_minimize.isChecked()
    dialog.lock_on_minimize.setChecked(True)
    dialog.buttons.accepted.emit()
    assert app_settings.lock_on_minimize is True
    again = make_dialog(qtbot, app_settings)
    assert again.lock_on_minimize.isChecked()
    again.lock_on_minimize.setChecked(False)
    again.buttons.rejected.emit()
    assert app_settings.lock_on_minimize is True  # cancel keeps it


def test_where_capture_can_be_hidden_the_box_is_on_and_saved(qtbot: QtBot, tmp_path: Path) -> None:
    ini = tmp_path / "satchel.ini"
    settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    dialog = make_dialog(qtbot, settings, supported=True)
    assert dialog.exclude_capture.isEnabled()
    assert dialog.exclude_capture.isChecked()
    assert "--allow-screen-capture" in dialog.exclude_capture.toolTip()
    assert not dialog.capture_note.isVisible()
    dialog.exclude_capture.setChecked(False)
    dialog.buttons.accepted.emit()
    settings._settings.sync()
    reread = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    assert reread.exclude_from_capture is False


def test_the_flag_is_mentioned_while_it_is_in_force(
    qtbot: QtBot, app_settings: AppSettings
) -> None:
    dialog = make_dialog(qtbot, app_settings, supported=True, allowed_for_run=True)
    assert dialog.capture_note.isVisible()
    assert "--allow-screen-capture" in dialog.capture_note.text()
    assert dialog.exclude_capture.isChecked()  # the stored choice is still shown


def test_on_linux_the_box_is_disabled_and_says_why(qtbot: QtBot, app_settings: AppSettings) -> None:
    dialog = make_dialog(qtbot, app_settings, supported=False)
    assert not dialog.exclude_capture.isEnabled()
    assert not dialog.exclude_capture.isChecked()  # never claims a protection it lacks
    assert "Linux" in dialog.exclude_capture.toolTip()
    assert "Wayland" in dialog.capture_note.text()
    assert dialog.capture_note.isVisible()
    dialog.buttons.accepted.emit()
    assert app_settings.exclude_from_capture is True  # the stored choice is left as it was
