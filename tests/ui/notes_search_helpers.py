"""Shared pieces of the note, checklist, search, due-date and attachment UI tests."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from tests.conftest import PASSPHRASE

from satchel.services.core import session as vault_session
from satchel.ui.shell.vault_controller import VaultController
from satchel.vault import FAST_TEST_KDF

IDENTITY_SENTINEL = "ZEBRA-LEGAL-NAME-7731"


def open_controller(folder: Path) -> Iterator[VaultController]:
    """A controller holding a fresh vault; locked (and so closed) at the end."""
    session, _phrase = vault_session.create(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    controller = VaultController()
    controller.adopt(session, folder)
    try:
        yield controller
    finally:
        controller.lock()
        controller.deleteLater()


class RecordingHost:
    """An EditorHost that only records what it was asked to do."""

    def __init__(self) -> None:
        self.opened: list[tuple[str, uuid.UUID]] = []
        self.shown: list[QWidget] = []
        self.closed = 0

    def show_editor(self, editor: QWidget) -> None:
        self.shown.append(editor)

    def close_editor(self) -> None:
        self.closed += 1

    def open_item(self, kind: str, item_id: uuid.UUID) -> None:
        self.opened.append((kind, item_id))


def type_text(widget: QWidget, text: str) -> None:
    """Type any text (Cyrillic too) as key events; qtbot.keyClicks aborts on non-ASCII."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press(widget: QWidget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
