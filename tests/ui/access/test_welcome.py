"""The welcome page: create, open (Qt's own dialog, remembered only if ticked), demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from satchel.ui.access.welcome import WelcomePage
from satchel.ui.settings.app_settings import AppSettings


@pytest.fixture
def page(qtbot: QtBot, app_settings: AppSettings) -> WelcomePage:
    widget = WelcomePage(app_settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_three_choices_are_there_with_accessible_names(page: WelcomePage) -> None:
    names = [b.accessibleName() for b in (page.create_button, page.open_button, page.demo_button)]
    assert names == ["Create a vault", "Open a vault", "Try the demo"]
    assert all(b.accessibleDescription() for b in (page.create_button, page.demo_button))
    assert page.remember.accessibleName()
    assert not page.remember.isChecked()  # remembering is opt-in


def test_create_and_demo_buttons_emit_their_signals(qtbot: QtBot, page: WelcomePage) -> None:
    with qtbot.waitSignal(page.create_requested):
        page.create_button.click()
    with qtbot.waitSignal(page.demo_requested):
        page.demo_button.click()


def test_create_has_the_focus_first(qtbot: QtBot, page: WelcomePage) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.create_button.hasFocus)


def test_opening_a_folder_that_is_not_a_vault_says_so(
    qtbot: QtBot, page: WelcomePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page, "choose_folder", lambda: tmp_path)
    with qtbot.assertNotEmitted(page.open_requested):
        page.open_button.click()
    assert page.error.isVisible()
    assert "does not hold a Satchel vault" in page.error.text()


def test_opening_a_vault_does_not_remember_it_unless_ticked(
    qtbot: QtBot,
    page: WelcomePage,
    app_settings: AppSettings,
    closed_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page, "choose_folder", lambda: closed_vault)
    with qtbot.waitSignal(page.open_requested) as signal:
        page.open_button.click()
    assert signal.args == [closed_vault]
    assert app_settings.remembered_vault is None


def test_opening_a_vault_with_remember_ticked_remembers_it(
    qtbot: QtBot,
    page: WelcomePage,
    app_settings: AppSettings,
    closed_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page, "choose_folder", lambda: closed_vault)
    page.remember.setChecked(True)
    with qtbot.waitSignal(page.open_requested):
        page.open_button.click()
    assert app_settings.remembered_vault == closed_vault
    assert app_settings.vault_to_open() == closed_vault


def test_cancelling_the_folder_dialog_does_nothing(
    qtbot: QtBot, page: WelcomePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page, "choose_folder", lambda: None)
    with qtbot.assertNotEmitted(page.open_requested):
        page.open_button.click()
    assert not page.error.isVisible()
