"""Driving the window in tests: a real unlocked vault behind a controller, small editor
hosts, text typed as key events, and every text a widget tree shows."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from tests.factories import make_vault

from satchel.ui.shell.vault_controller import VaultController

IDENTITY_SENTINEL = "ZEBRA-LEGAL-NAME-7731"


def open_controller(folder: Path) -> Iterator[VaultController]:
    """A controller holding a fresh vault; locked (and so closed) at the end."""
    session, _phrase = make_vault(folder)
    controller = VaultController()
    controller.adopt(session, folder)
    try:
        yield controller
    finally:
        controller.lock()
        controller.deleteLater()


class Host(QWidget):
    """The workspace's editor pane in miniature: one editor at a time, closed (and so saved)
    when the next one is shown."""

    def __init__(self, controller: VaultController) -> None:
        super().__init__()
        self.controller = controller
        self.editor: QWidget | None = None
        self.opened: list[tuple[str, uuid.UUID]] = []
        self.box = QVBoxLayout(self)
        self.resize(900, 900)

    def add_section(self, section: QWidget) -> None:
        self.box.insertWidget(0, section)

    def show_editor(self, editor: QWidget) -> None:
        self.close_editor()
        self.editor = editor
        self.box.addWidget(editor)

    def close_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            self.box.removeWidget(editor)
            editor.close()
            editor.deleteLater()

    def open_item(self, kind: str, item_id: uuid.UUID) -> None:
        from satchel.ui.cases.editor import CaseEditor
        from satchel.ui.people.editor import PersonEditor

        self.opened.append((kind, item_id))
        editors = {"case": CaseEditor, "person": PersonEditor}
        if kind in editors:
            self.show_editor(editors[kind](self.controller, self, item_id))


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


def shown_texts(root: QWidget) -> list[str]:
    """Every text the widget tree holds: values, labels, tooltips, accessible texts."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        texts.append(widget.windowTitle())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText(), widget.displayText()]
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return texts
