"""Screen-capture exclusion: the flag, the setting, and what each platform is asked to do.

Windows and macOS cannot run here; their choices (affinity values, sharing type) are pure
functions checked below. On Linux the function must say "not supported", not pretend.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from satchel.cli.parser import build_parser
from satchel.ui.app import AppOptions
from satchel.ui.platform.capture_exclusion import (
    NS_WINDOW_SHARING_NONE,
    NS_WINDOW_SHARING_READ_ONLY,
    WDA_EXCLUDEFROMCAPTURE,
    WDA_MONITOR,
    WDA_NONE,
    CaptureGuard,
    apply_capture_exclusion,
    capture_exclusion_supported,
    display_affinities,
    sharing_type,
)
from satchel.ui.platform.session_events import SessionEvents
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow


def test_the_flag_parses_and_defaults_off() -> None:
    parser = build_parser()
    assert parser.parse_args([]).allow_screen_capture is False
    assert parser.parse_args(["--allow-screen-capture"]).allow_screen_capture is True
    assert parser.parse_args(["--demo", "--allow-screen-capture"]).allow_screen_capture is True
    assert AppOptions().allow_screen_capture is False
    assert AppOptions(allow_screen_capture=True).allow_screen_capture is True


def test_the_setting_is_on_by_default_and_persists(tmp_path: Path) -> None:
    ini = tmp_path / "satchel.ini"
    settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    assert settings.exclude_from_capture is True
    settings.exclude_from_capture = False
    settings._settings.sync()
    again = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    assert again.exclude_from_capture is False
    again.exclude_from_capture = True
    again._settings.sync()
    assert AppSettings(QSettings(str(ini), QSettings.Format.IniFormat)).exclude_from_capture


def test_only_windows_and_macos_can_exclude() -> None:
    assert capture_exclusion_supported("win32")
    assert capture_exclusion_supported("darwin")
    assert not capture_exclusion_supported("linux")
    assert not capture_exclusion_supported("freebsd14")


@pytest.mark.skipif(capture_exclusion_supported(), reason="checks the Linux answer")
def test_on_linux_it_reports_unsupported_without_error(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    assert apply_capture_exclusion(window, True) is False
    assert apply_capture_exclusion(window, False) is False
    dialog = QDialog(window)  # a top-level window with a parent
    dialog.show()
    assert apply_capture_exclusion(dialog, True) is False


def test_windows_asks_for_exclusion_then_falls_back_to_a_black_window() -> None:
    assert display_affinities(True) == (WDA_EXCLUDEFROMCAPTURE, WDA_MONITOR)
    assert display_affinities(False) == (WDA_NONE,)
    assert (WDA_NONE, WDA_MONITOR, WDA_EXCLUDEFROMCAPTURE) == (0x0, 0x1, 0x11)


def test_macos_sets_the_window_sharing_type() -> None:
    assert sharing_type(True) == NS_WINDOW_SHARING_NONE == 0
    assert sharing_type(False) == NS_WINDOW_SHARING_READ_ONLY == 1


def test_the_guard_keeps_the_latest_choice(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    guard = CaptureGuard(True, holder)
    assert guard.excluded
    guard.set_excluded(False)
    assert not guard.excluded


@pytest.fixture
def make_window(qtbot: QtBot, app_settings: AppSettings) -> Callable[..., ShellWindow]:
    def make(*, allow: bool = False) -> ShellWindow:
        shell = ShellWindow(
            VaultController(),
            app_settings,
            session_events=SessionEvents(),
            allow_screen_capture=allow,
        )
        qtbot.addWidget(shell)
        return shell

    return make


def test_the_window_follows_the_setting_and_the_flag(
    make_window: Callable[..., ShellWindow], app_settings: AppSettings
) -> None:
    assert make_window().capture_guard.excluded is True
    assert make_window(allow=True).capture_guard.excluded is False
    app_settings.exclude_from_capture = False
    assert make_window().capture_guard.excluded is False


def test_saving_the_settings_applies_the_choice_at_once(
    make_window: Callable[..., ShellWindow], app_settings: AppSettings
) -> None:
    shell = make_window()
    assert shell.capture_guard.excluded
    app_settings.exclude_from_capture = False  # as the dialog saves it on Windows or macOS
    shell.show_settings()
    dialog = shell.settings_dialog
    assert dialog is not None
    dialog.buttons.accepted.emit()
    assert shell.capture_guard.excluded is False
