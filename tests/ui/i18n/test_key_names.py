"""Tooltips and hints name keys as the user's keyboard does: "Strg+L" on a German desktop,
never an English "Ctrl+" left inside a translated sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE

from satchel.services.core import session as vault_session
from satchel.ui.base.text.keys import key_text
from satchel.ui.i18n.loader import install_language
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow
from satchel.vault import FAST_TEST_KDF


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    installed = install_language("de", qapp)
    yield
    installed.remove()


def test_german_names_the_control_key_strg(
    german: None, qtbot: QtBot, tmp_path: Path, app_settings: AppSettings
) -> None:
    assert key_text("Ctrl+Shift+Z") == "Strg+Umschalt+Z"
    folder = tmp_path / "vault"
    controller = VaultController()
    window = ShellWindow(controller, app_settings, language="de")
    qtbot.addWidget(window)
    window.show()
    session, _phrase = vault_session.create(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    controller.adopt(session, folder)
    try:
        workspace = window.workspace
        assert workspace is not None
        shown = [
            window.lock_button.toolTip(),
            window.settings_button.toolTip(),
            window.lock_action.text(),
            window.settings_action.text(),
            workspace.search_box.placeholderText(),
            *(workspace.sidebar.item(row).toolTip() for row in range(workspace.sidebar.count())),
            *(b.toolTip() for s in workspace.sections for b in s.findChildren(QAbstractButton)),
        ]
        workspace.show_section(0)
        workspace.new_item()
        editor = workspace.editor_pane.currentWidget()
        assert editor is not None
        shown += [b.toolTip() for b in editor.findChildren(QAbstractButton) if b.toolTip()]
        shown += [t.toolTip() for t in window.findChildren(QTabWidget) if t.toolTip()]
        shown += [e.placeholderText() for e in window.findChildren(QLineEdit)]
        keyed = [text for text in shown if "+" in text]
        assert len(keyed) >= 10, shown
        assert all("Strg+" in text for text in keyed), keyed
        assert not [text for text in shown if "Ctrl" in text], shown
        assert "Strg+L" in window.lock_action.text()
    finally:
        controller.lock()
