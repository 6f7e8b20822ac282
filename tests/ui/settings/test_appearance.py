"""Theme (system, light, dark) and text size are chosen in Settings and apply at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from satchel.ui.base import theme
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.settings.dialog import SettingsDialog
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow


@pytest.fixture
def restored(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    monkeypatch.delenv("SATCHEL_THEME", raising=False)
    font = qapp.font()
    yield qapp
    theme.set_appearance(qapp, "system", 100)
    qapp.setFont(font)


def test_the_choice_is_kept_and_applied_when_saved(
    qtbot: QtBot, app_settings: AppSettings, restored: QApplication
) -> None:
    window = ShellWindow(VaultController(), app_settings)
    qtbot.addWidget(window)
    before = restored.font().pointSizeF()
    window.show_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.zoom.setValue(150)
    dialog.save()
    assert (app_settings.theme, app_settings.zoom) == ("dark", 150)
    assert theme.is_dark(restored)
    window_colour = restored.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 80
    assert restored.font().pointSizeF() == pytest.approx(before * 1.5, rel=0.01)
    assert "30pt" in restored.styleSheet()  # the 20 pt heading grew with the text


def test_light_overrides_a_dark_system_and_system_follows_it(restored: QApplication) -> None:
    theme.set_appearance(restored, "light", 100)
    assert not theme.is_dark(restored)
    theme.set_appearance(restored, "system", 100)
    assert theme.is_dark(restored) == (
        restored.styleHints().colorScheme() == restored.styleHints().colorScheme().Dark
    )


def test_bad_values_in_the_settings_file_fall_back(app_settings: AppSettings) -> None:
    app_settings._settings.setValue("appearance/theme", "purple")
    app_settings._settings.setValue("appearance/zoom", "huge")
    assert (app_settings.theme, app_settings.zoom) == ("system", 100)
    app_settings.zoom = 400
    assert app_settings.zoom == 200
