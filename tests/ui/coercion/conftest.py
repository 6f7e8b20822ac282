"""The laptop of the travel tests: a real format-2 vault with one case, open in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE

from satchel.services.core import session as vault_session
from satchel.services.notebook.cases import create_case, list_cases
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow
from satchel.vault import FAST_TEST_KDF

COVER = "a cover passphrase for the guard 73"
WAIT = 60_000


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "laptop" / "notes"
    session, _phrase = vault_session.create(
        folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=2
    )
    with session:
        create_case(session, title="Andriy: visa appointment")
    return folder


@pytest.fixture
def shell(qtbot: QtBot, folder: Path, app_settings: AppSettings) -> Iterator[ShellWindow]:
    controller = VaultController()
    window = ShellWindow(controller, app_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    controller.adopt(vault_session.unlock(folder, PASSPHRASE), folder)
    yield window
    controller.lock()


def titles(folder: Path, passphrase: str) -> list[str]:
    with vault_session.unlock(folder, passphrase) as vs:
        return sorted(case.title for case in list_cases(vs))
