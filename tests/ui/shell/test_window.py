"""The window: title, status bar (lock, settings, vault name, demo banner), theme, icons."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.factories import make_vault

from satchel.resources import resource_dir
from satchel.services.core.settings import VaultSettings, save_settings
from satchel.ui.access.create_vault import CreateVaultPage
from satchel.ui.access.unlock import UnlockPage
from satchel.ui.access.welcome import WelcomePage
from satchel.ui.base import theme
from satchel.ui.base.icons import ICON_NAMES, icon
from satchel.ui.settings.dialog import SettingsDialog
from satchel.ui.shell.auto_lock import AutoLock
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow
from satchel.ui.shell.workspace import Workspace


def adopt_vault(window: ShellWindow, folder: Path, *, demo: bool = False) -> None:
    session, _phrase = make_vault(folder)
    window.controller.adopt(session, folder, demo=demo)


def test_the_title_is_always_satchel(window: ShellWindow, tmp_path: Path) -> None:
    folder = tmp_path / "Marta K case files"
    seen = [window.windowTitle()]
    window.show_create()
    seen.append(window.windowTitle())
    adopt_vault(window, folder)
    assert isinstance(window.pages.currentWidget(), Workspace)
    seen.append(window.windowTitle())
    window.controller.lock()
    assert isinstance(window.pages.currentWidget(), UnlockPage)
    seen.append(window.windowTitle())
    assert seen == ["Satchel"] * 4


def test_the_status_bar_while_locked_and_unlocked(window: ShellWindow, tmp_path: Path) -> None:
    assert isinstance(window.pages.currentWidget(), WelcomePage)
    assert not window.lock_button.isVisible()
    assert window.settings_button.isVisible()  # language can be chosen before any vault
    assert not window.demo_banner.isVisible()
    adopt_vault(window, tmp_path / "vault")
    assert window.lock_button.isVisible()
    assert not window.lock_button.icon().isNull()
    assert window.lock_button.accessibleName()
    assert window.vault_label.text() == "vault"
    assert not window.demo_banner.isVisible()
    window.lock_button.click()
    assert not window.controller.is_unlocked
    assert not window.lock_button.isVisible()


def test_the_demo_banner_shows_only_for_the_demo(window: ShellWindow, tmp_path: Path) -> None:
    adopt_vault(window, tmp_path / "demo", demo=True)
    assert window.demo_banner.isVisible()
    assert window.vault_label.text() == "Demo vault"
    window.controller.lock()
    assert isinstance(window.pages.currentWidget(), WelcomePage)
    assert not window.demo_banner.isVisible()


def test_sidebar_sections_have_icons(window: ShellWindow, tmp_path: Path) -> None:
    adopt_vault(window, tmp_path / "vault")
    workspace = window.workspace
    assert workspace is not None
    for row in range(workspace.sidebar.count()):
        item = workspace.sidebar.item(row)
        assert item is not None
        assert not item.icon().isNull()


def test_ctrl_l_locks_and_ctrl_comma_opens_settings(
    qtbot: QtBot, window: ShellWindow, tmp_path: Path
) -> None:
    adopt_vault(window, tmp_path / "vault")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.vault_group.isVisible()
    window.controller.lock()  # the settings dialog goes with the vault
    assert window.settings_dialog is None
    adopt_vault(window, tmp_path / "second")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.controller.is_unlocked
    assert isinstance(window.pages.currentWidget(), UnlockPage)


def test_the_settings_button_opens_the_dialog(window: ShellWindow) -> None:
    window.settings_button.click()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    assert not dialog.vault_group.isVisible()  # nothing unlocked
    dialog.reject()
    assert window.settings_dialog is None


def test_created_vault_goes_to_the_workspace(window: ShellWindow, tmp_path: Path) -> None:
    window.show_create()
    page = window.pages.currentWidget()
    assert isinstance(page, CreateVaultPage)
    session, _phrase = make_vault(tmp_path / "v")
    page.created.emit(session, tmp_path / "v")
    assert isinstance(window.pages.currentWidget(), Workspace)


# theme and icons ----------------------------------------------------------------------------
@pytest.fixture
def restore_theme(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply_theme(qapp)


@pytest.mark.usefixtures("restore_theme")
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_theme_follows_the_scheme(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    monkeypatch.setenv("SATCHEL_THEME", scheme)
    theme.apply_theme(qapp)
    assert qapp.property("satchelDark") is (scheme == "dark")
    window = qapp.palette().color(QPalette.ColorRole.Window)
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    if scheme == "dark":
        assert window.lightness() < 60 < text.lightness()
    else:
        assert window.lightness() > 200 > text.lightness()
    assert qapp.styleSheet() == theme.stylesheet()
    qapp.setStyleSheet("")  # the sheet wraps the style; look at the style underneath
    assert qapp.style().name().lower() == "fusion"


def test_the_theme_follows_the_system_without_an_override(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    monkeypatch.delenv("SATCHEL_THEME", raising=False)
    expected = qapp.styleHints().colorScheme() == Qt.ColorScheme.Dark
    assert theme.is_dark(qapp) is expected


def test_the_stylesheet_takes_colours_from_the_palette() -> None:
    """Fixed colours only where they read on both schemes: banner, danger, strength, notes."""
    sheet = theme.stylesheet()
    blocks = re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", sheet, flags=re.S))
    allowed = ("demoBanner", "danger", "strength", "error", "warning", "invalid")
    for selector, body in blocks:
        if re.search(r"#[0-9a-fA-F]{3,6}\b|\brgba?\(|\bwhite\b|\bblack\b", body):
            assert any(word in selector for word in allowed), selector.strip()
    assert sheet.count("palette(") > 30


def test_every_icon_is_bundled_and_renders() -> None:
    for name in ICON_NAMES:
        assert (resource_dir() / "icons" / f"{name}.svg").is_file()
        pixmap = icon(name).pixmap(24, 24)
        assert not pixmap.isNull()
        image = pixmap.toImage()
        drawn = [image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)]
        assert any(alpha > 128 for alpha in drawn), name  # something was drawn
    with pytest.raises(KeyError):
        icon("no-such-icon")


# auto-lock ----------------------------------------------------------------------------------
def test_the_vault_locks_itself_after_the_vaults_inactivity_time(
    qtbot: QtBot, tmp_path: Path
) -> None:
    controller = VaultController()
    auto_lock = AutoLock(controller, minute_ms=100)  # a "minute" of 0.1 s
    session, _phrase = make_vault(tmp_path / "v")
    save_settings(session, VaultSettings(auto_lock_minutes=2))
    controller.adopt(session, tmp_path / "v")
    assert auto_lock.timer.isActive()
    assert auto_lock.timer.interval() == 200
    qtbot.waitSignal(controller.locked, timeout=5_000).wait()
    assert not controller.is_unlocked
    assert not auto_lock.timer.isActive()


def test_never_means_no_timer_and_a_settings_change_applies_at_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = VaultController()
    auto_lock = AutoLock(controller)
    session, _phrase = make_vault(tmp_path / "v")
    save_settings(session, VaultSettings(auto_lock_minutes=None))
    controller.adopt(session, tmp_path / "v")
    try:
        assert not auto_lock.timer.isActive()
        controller.change("settings", save_settings, VaultSettings(auto_lock_minutes=3))
        assert auto_lock.timer.isActive()
        assert auto_lock.timer.interval() == 3 * 60_000

        restarts: list[int] = []
        monkeypatch.setattr(auto_lock.timer, "start", lambda: restarts.append(1))
        target = QWidget()
        qtbot.addWidget(target)
        QApplication.sendEvent(
            target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
        )
        assert restarts == [1]  # any input starts the count again
    finally:
        controller.lock()
