"""The window fits the screen it opens on, comes back where it was left, and Lock, Settings
and Quit stay reachable from the menu bar and the keyboard at any size."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.factories import make_vault

from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ESTIMATED_FRAME, ShellWindow
from satchel.ui.shell.window_geometry import PREFERRED, fit_rect

# A 1366x768 laptop with a 32 px panel at 100 %, 125 % and 150 % scaling, in logical pixels.
LAPTOP = QRect(0, 0, 1366, 736)
LAPTOP_125 = QRect(0, 0, 1093, 589)
LAPTOP_150 = QRect(0, 0, 911, 491)


@pytest.fixture
def window(qtbot: QtBot, app_settings: AppSettings) -> Iterator[ShellWindow]:
    controller = VaultController()
    shell = ShellWindow(controller, app_settings)
    qtbot.addWidget(shell)
    shell.show_welcome()
    yield shell
    controller.lock()


def _unlock(window: ShellWindow, folder: Path) -> None:
    session, _phrase = make_vault(folder)
    window.controller.adopt(session, folder)


@pytest.mark.parametrize("screen", [LAPTOP, LAPTOP_125, LAPTOP_150, QRect(1366, 0, 1920, 1050)])
def test_a_new_window_opens_inside_the_free_area(screen: QRect) -> None:
    rect = fit_rect(screen, None, QSize(400, 300))
    assert screen.contains(rect)
    assert rect.width() == min(PREFERRED.width(), screen.width())
    assert rect.height() == min(PREFERRED.height(), screen.height())


def test_a_remembered_place_is_kept_when_it_fits_and_pulled_in_when_it_does_not() -> None:
    big = QRect(0, 0, 1920, 1050)
    assert fit_rect(big, QRect(100, 50, 900, 600), QSize(400, 300)) == QRect(100, 50, 900, 600)
    # Left on a big monitor, now on the laptop alone: on screen, no larger than it.
    moved = fit_rect(LAPTOP, QRect(1500, 700, 1600, 900), QSize(400, 300))
    assert LAPTOP.contains(moved)
    assert moved.size() == QSize(1366, 736)


@pytest.mark.parametrize("screen", [LAPTOP, LAPTOP_125, LAPTOP_150])
def test_the_unlocked_window_and_its_lock_button_fit_the_laptop(
    window: ShellWindow, tmp_path: Path, qtbot: QtBot, screen: QRect
) -> None:
    _unlock(window, tmp_path / "vault")
    window.place(screen)
    window.show()
    qtbot.waitExposed(window)
    with_frame = window.geometry().marginsAdded(ESTIMATED_FRAME)
    assert screen.contains(with_frame), (with_frame, screen)
    lock = window.lock_button
    top_left = lock.mapTo(window, lock.rect().topLeft())
    assert window.rect().contains(QRect(top_left, lock.size()))
    assert lock.isVisible()
    # However tall the page's content, the window may always be made this small.
    minimum = window.minimumSizeHint().grownBy(ESTIMATED_FRAME)
    assert minimum.height() <= screen.height() and minimum.width() <= screen.width()


def test_size_and_place_are_remembered_without_any_path(
    window: ShellWindow, app_settings: AppSettings, tmp_path: Path, qtbot: QtBot
) -> None:
    _unlock(window, tmp_path / "Marta case files")
    window.place(QRect(0, 0, 1920, 1050))
    window.show()
    window.setGeometry(QRect(120, 80, 1000, 640))
    window.close()
    assert app_settings.window_placement == ((120, 80, 1000, 640), False)
    again = ShellWindow(VaultController(), app_settings)
    qtbot.addWidget(again)
    again.place(QRect(0, 0, 1920, 1050))
    assert again.geometry() == QRect(120, 80, 1000, 640)
    stored = Path(tmp_path / "satchel.ini").read_text(encoding="utf-8")
    assert "Marta" not in stored and str(tmp_path) not in stored


def test_garbage_in_the_settings_is_ignored(app_settings: AppSettings) -> None:
    app_settings.remember_window((1, 2, 3, 4), False)
    assert app_settings.window_placement == ((1, 2, 3, 4), False)
    for raw in ("", "a,b,c,d", "1,2,3", "1,2,0,5"):
        app_settings._settings.setValue("window/rect", raw)
        assert app_settings.window_placement is None


def test_lock_and_settings_are_in_the_menu_bar(
    window: ShellWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window.show()
    menu = window.vault_bar_menu
    window._update_vault_bar_menu()
    assert not window.lock_action.isEnabled()  # nothing to lock yet
    assert window.settings_action.isEnabled() and window.quit_action.isEnabled()
    _unlock(window, tmp_path / "vault")
    menu.aboutToShow.emit()
    assert window.lock_action.isEnabled()
    assert "Ctrl+L" in window.lock_action.text()
    window.lock_action.trigger()
    assert not window.controller.is_unlocked


def test_ctrl_q_quits_and_locks(window: ShellWindow, tmp_path: Path, qtbot: QtBot) -> None:
    _unlock(window, tmp_path / "vault")
    window.place(LAPTOP)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not window.controller.is_unlocked
    assert QApplication.activeModalWidget() is None
