"""The desktop tests: offscreen Qt, Satchel's theme, and nothing written to the real home.

Qt's settings go to a temporary folder (QSettings.setPath for every format and scope), and
the user data folder (where the default vault lives) points into each test's tmp_path, so
no test reads or writes the developer's own settings or vault.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.factories import make_vault
from tests.ui.driving import open_controller

from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.ui.access import create_vault
from satchel.ui.base.theme import apply_theme
from satchel.ui.i18n.loader import install_language
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow
from satchel.vault import FAST_TEST_KDF
from satchel.work import Progress

# Read when the QApplication is made (pytest-qt's qapp fixture), so setting it here is early
# enough even though Qt's modules are already imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STRONG_PASSPHRASE = "quiet harbour violin maple sketch orbit"


@pytest.fixture(scope="session", autouse=True)
def _qt_settings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))
    yield folder


@pytest.fixture(scope="session", autouse=True)
def _themed_app(qapp: QApplication) -> QApplication:
    qapp.setApplicationName("Satchel")
    qapp.setOrganizationName("Satchel")
    apply_theme(qapp)
    install_language("en", qapp)  # as the app does: English plural forms come from a catalogue
    return qapp


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The default vault folder and other user folders live in this test's tmp_path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    yield
    QThreadPool.globalInstance().waitForDone()  # no worker outlives its test


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    """App settings in an INI file of this test's own."""
    return AppSettings(QSettings(str(tmp_path / "satchel.ini"), QSettings.Format.IniFormat))


def fast_create(folder: Path, passphrase: str, progress: Progress) -> tuple[VaultSession, str]:
    return vault_session.create(folder, passphrase, progress=progress, kdf_for_tests=FAST_TEST_KDF)


@pytest.fixture
def fast_vault_creation(monkeypatch: pytest.MonkeyPatch) -> Callable[..., object]:
    """The create page makes vaults with the floor KDF instead of calibrating (~1 s)."""
    monkeypatch.setattr(create_vault, "create_vault_session", fast_create)
    return fast_create


@pytest.fixture
def closed_vault(tmp_path: Path) -> Path:
    """A vault on disk with PASSPHRASE, closed; returns its folder."""
    folder = tmp_path / "closed-vault"
    session, _phrase = make_vault(folder)
    session.close()
    return folder


@pytest.fixture
def closed_vault_with_phrase(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "closed-vault"
    session, phrase = make_vault(folder)
    session.close()
    return folder, phrase


@pytest.fixture
def window(qtbot: QtBot, app_settings: AppSettings) -> Iterator[ShellWindow]:
    """The whole window, welcome page first, at the size screenshots use; locked at the end."""
    controller = VaultController()
    shell = ShellWindow(controller, app_settings)
    qtbot.addWidget(shell)
    shell.resize(1280, 800)
    shell.show_welcome()
    shell.show()
    yield shell
    controller.lock()


@pytest.fixture
def controller(tmp_path: Path) -> Iterator[VaultController]:
    """A controller holding a fresh vault in tmp_path; locked (and so closed) at the end."""
    yield from open_controller(tmp_path / "vault")


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Delete now what the test's widgets left to deleteLater: without an event loop between
    tests they pile up (hundreds of widgets), and every later style change polishes them all
    (the theme tests took 11 s each instead of 2)."""
    del item
    if QApplication.instance() is not None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
