"""Camouflage on: no screen says Satchel, and the application's names are neutral.

The walk of tests/ui/i18n visits every page, section, editor and dialog; here it runs under
the neutral brand and every visible text, title, tooltip, accessible name and description
is searched for the product's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.driving import open_controller
from tests.ui.i18n import screen_walk

from satchel.brand import NEUTRAL, SATCHEL, shown_brand
from satchel.ui.access.default_locations import default_vault_folder
from satchel.ui.camouflage.app_brand import apply_brand, current_brand, qt_arguments
from satchel.ui.coercion.travel_dialog import TravelDialog
from satchel.ui.help.about import show_about
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.settings.dialog import SettingsDialog
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow

NAME = re.compile("satchel", re.IGNORECASE)


@pytest.fixture
def camouflaged(qapp: QApplication) -> Iterator[QApplication]:
    apply_brand(qapp, NEUTRAL)
    yield qapp
    apply_brand(qapp, SATCHEL)
    qapp.setApplicationName("Satchel")
    qapp.setApplicationDisplayName("")


def test_the_application_names_itself_neutrally(camouflaged: QApplication) -> None:
    assert camouflaged.applicationName() == "Notes"
    assert camouflaged.applicationDisplayName() == "Notes"
    assert camouflaged.desktopFileName() == "org.pocketnotes.Notes"
    assert not camouflaged.windowIcon().isNull()
    # X11's WM_CLASS is (instance, class): -name gives the instance, applicationName the class
    assert qt_arguments("/usr/lib/satchel/satchel", NEUTRAL) == [
        "/usr/lib/satchel/satchel",
        "-name",
        "pocket-notes",
    ]
    assert not NAME.search(" ".join([*qt_arguments("x", NEUTRAL)[1:], NEUTRAL.app_id]))
    assert "satchel" not in str(default_vault_folder()).lower()


def test_no_screen_says_satchel(camouflaged: QApplication, tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    found: list[str] = []
    screens = []
    for screen, root in screen_walk.walk(tmp_path, settings, "en"):
        screens.append(screen)
        found += [
            f"{s.screen}: {s.path} [{s.kind}] {s.text!r}"
            for s in screen_walk.collect_texts(screen, root)
            if NAME.search(s.text)
        ]
        if root.isWindow() and NAME.search(root.windowTitle()):
            found.append(f"{screen}: window title {root.windowTitle()!r}")
    assert "vault menu: prepareTravelAction" in screens and "settings" in screens
    assert not found, "\n".join(found)


def test_the_travel_pages_and_messages_say_nothing_either(
    camouflaged: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """Texts the walk does not reach: later pages of the travel dialog, message boxes."""
    controller = next(open_controller(tmp_path / "v"))
    dialog = TravelDialog(controller)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(type(dialog.problem))]
    assert texts and not [text for text in texts if NAME.search(text)]
    controller.lock()


def test_switching_it_on_offers_a_restart(
    qtbot: QtBot, app_settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = VaultController()
    window = ShellWindow(controller, app_settings)
    qtbot.addWidget(window)
    dialog = SettingsDialog(controller, app_settings, window)
    qtbot.addWidget(dialog)
    assert not dialog.camouflage.check.isChecked()
    assert "process name" in dialog.camouflage.note.text()  # what it cannot hide
    dialog.camouflage.check.setChecked(True)
    dialog.accepted.connect(window._apply_window_settings)
    dialog.save()
    assert app_settings.camouflage
    assert shown_brand(SATCHEL, app_settings.camouflage) == NEUTRAL != current_brand()
    box = window.restart_box
    assert isinstance(box, QMessageBox)
    assert "new name" in box.text()
    box.close()


def test_the_about_box_and_the_help_menu_say_notes(
    camouflaged: QApplication, qtbot: QtBot, app_settings: AppSettings
) -> None:
    window = ShellWindow(VaultController(), app_settings)
    qtbot.addWidget(window)
    texts = [
        action.text() for menu in window.menuBar().findChildren(QMenu) for action in menu.actions()
    ]
    assert "&About Notes" in texts
    assert not [text for text in texts if NAME.search(text)]
    box = show_about(window)
    assert box.windowTitle() == "About Notes"
    assert box.text().startswith("Notes")
    assert not NAME.search(" ".join((box.windowTitle(), box.text(), box.informativeText())))
    box.close()
