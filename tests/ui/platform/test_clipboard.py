"""Copying a secret: marked for clipboard managers (per platform), cleared after the delay
and on lock, unless the user copied something since. The X11 selection, which offscreen Qt
lacks, is covered on a private X server by test_clipboard_x11.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from tests.ui.driving import open_controller

from satchel.services.core.settings import VaultSettings, save_settings
from satchel.ui.platform.clipboard import (
    SECRET_FORMATS,
    SECRET_HINT_TYPE,
    SecretClipboard,
    conceal_on_pasteboard,
    copy_secret,
    platform_family,
    secret_clipboard,
    secret_mime,
)
from satchel.ui.shell.vault_controller import VaultController


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> Iterator[VaultController]:
    QGuiApplication.clipboard().clear()
    yield from open_controller(tmp_path / "vault")
    QGuiApplication.clipboard().clear()


def test_copy_marks_the_text_secret_and_clears_it_after_the_delay(
    qtbot: QtBot, controller: VaultController
) -> None:
    guard = secret_clipboard(controller)
    guard.delay_ms_override = 100
    copy_secret(controller, "Олена Петренко")

    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    assert clipboard.text() == "Олена Петренко"
    assert bytes(mime.data(SECRET_HINT_TYPE).data()) == b"secret"
    assert guard.holds_secret

    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    assert not guard.holds_secret


def test_something_copied_since_is_left_alone(qtbot: QtBot, controller: VaultController) -> None:
    guard = secret_clipboard(controller)
    guard.delay_ms_override = 50
    guard.copy("P-1234567")
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("the user's own text")
    qtbot.waitUntil(lambda: not guard.holds_secret, timeout=2000)
    assert clipboard.text() == "the user's own text"


def test_locking_clears_at_once(controller: VaultController) -> None:
    copy_secret(controller, "+49 151 0000000")  # the vault's delay: 10 s by default
    controller.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_the_delay_comes_from_the_vault(controller: VaultController) -> None:
    guard = secret_clipboard(controller)
    assert guard.delay_ms() == 10_000
    save_settings(controller.session, VaultSettings(clipboard_seconds=25))
    assert guard.delay_ms() == 25_000
    assert secret_clipboard(controller) is guard  # one guard per controller
    assert isinstance(guard, SecretClipboard)


# platform formats -----------------------------------------------------------------------
def _formats(mime: QMimeData) -> dict[str, bytes]:
    return {name: bytes(mime.data(name).data()) for name in mime.formats() if name != "text/plain"}


def test_each_platform_gets_its_secret_formats() -> None:
    assert platform_family("win32") == "windows"
    assert platform_family("darwin") == "macos"
    assert platform_family("linux") == "x11"
    assert platform_family("freebsd14") == "x11"

    windows = secret_mime("P-1234567", "win32")
    assert windows.text() == "P-1234567"
    assert _formats(windows) == {
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': (
            b"\x01\x00\x00\x00"
        ),
        'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00" * 4,
        'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00" * 4,
    }
    assert set(_formats(secret_mime("x", "darwin"))) == {
        "application/x-nspasteboard-concealed-type"
    }
    assert _formats(secret_mime("x", "linux")) == {SECRET_HINT_TYPE: b"secret"}
    assert set(SECRET_FORMATS) == {"windows", "macos", "x11"}


@pytest.mark.skipif(platform_family() == "macos", reason="would write the real pasteboard")
def test_without_a_pasteboard_concealing_reports_false() -> None:
    assert conceal_on_pasteboard() is False  # no pretending where there is no pasteboard


def test_locking_leaves_what_the_user_copied_since(controller: VaultController) -> None:
    copy_secret(controller, "+49 151 0000000")
    QGuiApplication.clipboard().setText("a shopping list")
    controller.lock()
    assert QGuiApplication.clipboard().text() == "a shopping list"
