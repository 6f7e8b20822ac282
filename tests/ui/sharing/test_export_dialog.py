"""The export dialog: live recipient checks, the identity warning, a worker with Cancel."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.services.bundle_helpers import (
    SECRET_NAME,
    FilledCase,
    age_decrypt_with_identity,
    fill_case,
    tar_members,
    write_identity,
)

from satchel.services.sharing import export
from satchel.ui.sharing import export_dialog
from satchel.ui.sharing.export_dialog import ExportDialog, show_export_dialog
from satchel.ui.shell.vault_controller import VaultController
from satchel.work import CancelToken


@pytest.fixture
def filled(controller: VaultController) -> FilledCase:
    return fill_case(controller.session)


@pytest.fixture
def dialog(qtbot: QtBot, controller: VaultController, filled: FilledCase) -> Iterator[ExportDialog]:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = show_export_dialog(parent, controller, filled.case_id)
    qtbot.waitExposed(shown)
    yield shown  # the parent lives as long as the test


def test_opens_on_the_case_with_recipients(dialog: ExportDialog) -> None:
    assert dialog.case_choice.isChecked() and "Case Sparrow" in dialog.case_choice.text()
    assert dialog.to_keys.isChecked()
    assert dialog.recipients.isVisible() and not dialog.passphrase.isVisible()
    assert not dialog.identity_warning.isVisible()


def test_without_a_case_only_the_vault_can_be_chosen(
    qtbot: QtBot, controller: VaultController
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = show_export_dialog(parent, controller)
    assert shown.vault_choice.isChecked() and not shown.case_choice.isEnabled()


def test_recipients_are_checked_as_typed(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    _file, public = write_identity(tmp_path)
    dialog.recipients.setPlainText(f"{public}\nage1typo\n")
    assert dialog.recipient_problems.isVisible()
    assert dialog.recipient_problems.text() == "Line 2: not an age public key."
    dialog.recipients.setPlainText(public)
    assert not dialog.recipient_problems.isVisible()


def test_identity_box_names_the_fields_and_warns(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.keyClick(dialog.include_identities, Qt.Key.Key_Space)
    assert dialog.identity_warning.isVisible()
    text = dialog.identity_warning.text()
    assert "Legal name" in text and "Document numbers" in text and "in clear" in text


def test_export_to_a_recipient_runs_in_a_worker(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    identity_file, public = write_identity(tmp_path)
    out = tmp_path / "case.age"
    dialog.recipients.setPlainText(public)
    dialog.destination.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved"), timeout=20_000)
    members = tar_members(age_decrypt_with_identity(out, identity_file))
    assert json.loads(members["bundle.json"])["redacted"] is True
    assert SECRET_NAME.encode() not in members["data.json"]
    assert "pseudonyms only" in dialog.status.text()


def test_missing_pieces_are_named_before_any_work(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.start_export()
    assert dialog.error.text() == "Choose where to save the bundle."
    dialog.destination.setText(str(tmp_path / "x.age"))
    dialog.start_export()
    assert "sharing key" in dialog.error.text()
    dialog.to_passphrase.setChecked(True)
    dialog.passphrase.first.setText("abc")
    dialog.start_export()
    assert "too easy to guess" in dialog.error.text()
    assert not dialog.progress.busy and not (tmp_path / "x.age").exists()


def test_cancel_leaves_no_file(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    real = export.export_bundle

    def held(*args: Any, cancel: CancelToken, **kwargs: Any) -> object:
        gate.wait(20)  # the worker waits until the test has clicked Cancel
        return real(*args, cancel=cancel, **kwargs)

    monkeypatch.setattr(export_dialog, "export_bundle", held)
    _file, public = write_identity(tmp_path)
    out = tmp_path / "out" / "cancelled.age"
    out.parent.mkdir()
    dialog.recipients.setPlainText(public)
    dialog.destination.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible() and not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.error.text(), timeout=20_000)
    assert list(out.parent.iterdir()) == []
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()
