"""Small things seen in daily use: where the focus goes, what the right pane shows, what
dialogs are called, how sizes are written, what Enter does on the welcome page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.factories import make_vault

from satchel.services.core.user_files import describe_size
from satchel.services.notebook import cases
from satchel.ui.access.create_vault import CreateVaultPage
from satchel.ui.access.welcome import WelcomePage
from satchel.ui.cases.section import CasesSection
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow

LAPTOP = (1366, 736)


@pytest.fixture
def window(qtbot: QtBot, app_settings: AppSettings) -> Iterator[ShellWindow]:
    controller = VaultController()
    shell = ShellWindow(controller, app_settings)
    qtbot.addWidget(shell)
    shell.resize(*LAPTOP)
    shell.show_welcome()
    shell.show()
    yield shell
    controller.lock()


def _unlock(window: ShellWindow, folder: Path, *titles: str) -> None:
    session, _phrase = make_vault(folder)
    for title in titles:
        cases.create_case(session, title=title)
    window.controller.adopt(session, folder)


def test_after_unlock_the_keyboard_is_in_the_case_list(
    qtbot: QtBot, window: ShellWindow, tmp_path: Path
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _unlock(window, tmp_path / "vault", "Visa")
    assert window.workspace is not None
    section = window.workspace.sections[0]
    assert isinstance(section, CasesSection)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is section.view)


def test_switching_sections_closes_the_case_on_the_right(
    qtbot: QtBot, window: ShellWindow, tmp_path: Path
) -> None:
    _unlock(window, tmp_path / "vault")
    workspace = window.workspace
    assert workspace is not None
    case_id = window.controller.change("case", cases.create_case, title="Visa")
    assert case_id is not None
    workspace.open_item("case", case_id)
    assert workspace.editor_pane.currentWidget() is not workspace._empty_editor
    workspace.show_section(1)  # People
    assert workspace.editor_pane.currentWidget() is workspace._empty_editor


def test_the_create_page_starts_in_the_passphrase(qtbot: QtBot, window: ShellWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_create()
    page = window.pages.currentWidget()
    assert isinstance(page, CreateVaultPage)
    page.setFocus()
    assert QApplication.focusWidget() is page.passphrase.first


def test_enter_presses_the_focused_choice_on_the_welcome_page(
    qtbot: QtBot, window: ShellWindow
) -> None:
    page = window.pages.currentWidget()
    assert isinstance(page, WelcomePage)
    with qtbot.waitSignal(page.create_requested):
        qtbot.keyClick(page.create_button, Qt.Key.Key_Return)


def test_sizes_are_written_one_way() -> None:
    assert describe_size(5000) == "4 kB"
