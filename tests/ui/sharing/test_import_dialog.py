"""The import dialog (preview, then merge) and the sharing key dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.factories import TEMPLATE
from tests.services.bundle_helpers import FilledCase, fill_case, other_vault, snapshot

from satchel.services.coercion.travel_bundle import write_travel_bundle
from satchel.services.notebook import cases
from satchel.services.sharing.export import ExportRequest, export_bundle
from satchel.services.sharing.identity import public_key
from satchel.services.templates.shipped import shipped_templates
from satchel.ui.sharing.import_dialog import ImportBundleDialog, show_import_bundle_dialog
from satchel.ui.sharing.key_dialog import show_sharing_key_dialog
from satchel.ui.shell.vault_controller import VaultController


@pytest.fixture
def sent(controller: VaultController, tmp_path: Path) -> Iterator[tuple[Path, FilledCase]]:
    """A bundle of one case from another vault, encrypted to the controller's vault."""
    sender = other_vault(tmp_path / "sender")
    try:
        filled = fill_case(sender)
        out = tmp_path / "case.age"
        export_bundle(
            sender,
            ExportRequest(out, case_id=filled.case_id, recipients=[public_key(controller.session)]),
        )
        yield out, filled
    finally:
        sender.close()


@pytest.fixture
def dialog(qtbot: QtBot, controller: VaultController) -> Iterator[ImportBundleDialog]:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = show_import_bundle_dialog(parent, controller)
    qtbot.waitExposed(shown)
    yield shown  # the parent lives as long as the test


def test_preview_then_import(
    qtbot: QtBot,
    dialog: ImportBundleDialog,
    controller: VaultController,
    sent: tuple[Path, FilledCase],
) -> None:
    bundle, filled = sent
    dialog.path.setText(str(bundle))
    assert not dialog.passphrase.isVisible()
    before = snapshot(controller.session)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    summary = dialog.summary.toPlainText()
    assert "A bundle of one case." in summary and "Pseudonyms only" in summary
    # the case, two people, a note, a checklist and a file, then the checklist's items
    items = next(t for t in shipped_templates() if t.key == TEMPLATE).items
    assert f"Would add {6 + len(items)}" in summary and "0 conflicts" in summary
    assert "It holds: 1 case, 2 people, 1 note, 1 checklist, 1 file." in summary
    assert snapshot(controller.session) == before  # a preview changes nothing
    with qtbot.waitSignal(controller.changed, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.toPlainText().startswith("Imported."), timeout=20_000)
    assert dialog.bundle is None and not dialog.import_button.isEnabled()
    assert cases.get_case(controller.session, filled.case_id).title == "Case Sparrow"


def test_a_bad_file_is_named_and_nothing_changes(
    qtbot: QtBot, dialog: ImportBundleDialog, controller: VaultController, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"definitely not age")
    dialog.path.setText(str(junk))
    before = snapshot(controller.session)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20_000)
    assert "not an age-encrypted file" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    assert snapshot(controller.session) == before


def test_a_passphrase_bundle_asks_for_its_passphrase(
    dialog: ImportBundleDialog, tmp_path: Path
) -> None:
    header = tmp_path / "pass.age"
    header.write_bytes(b"age-encryption.org/v1\n-> scrypt c2FsdA 20\nbW9yZQ\n--- abc\n")
    dialog.path.setText(str(header))
    assert dialog.needs_passphrase and dialog.passphrase.isVisible()
    dialog.path.setText(str(tmp_path / "missing.age"))
    assert not dialog.passphrase.isVisible()


def test_a_travel_bundle_is_kept_for_the_colleague_not_imported(
    qtbot: QtBot, dialog: ImportBundleDialog, controller: VaultController, tmp_path: Path
) -> None:
    traveller = other_vault(tmp_path / "traveller")
    try:
        cases.create_case(traveller, title="Case of the traveller")
        key = public_key(controller.session)
        made = write_travel_bundle(traveller, PASSPHRASE, tmp_path / "given", key)
    finally:
        traveller.close()
    dialog.path.setText(str(made.path))
    before = snapshot(controller.session)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.save_button.isVisible, timeout=20_000)
    assert "a colleague's travel backup" in dialog.summary.toPlainText()
    assert not dialog.import_button.isVisible()
    dialog.start_save(tmp_path / "kept")
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)
    assert dialog.saved is not None and [p.name for p in (tmp_path / "kept").iterdir()] == [
        dialog.saved.name
    ]
    assert "Give this file back to your colleague" in dialog.summary.toPlainText()
    assert not dialog.save_button.isEnabled()
    assert snapshot(controller.session) == before  # nothing of it is in this vault
    dialog.path.setText(str(tmp_path / "other.age"))  # another file: back to importing
    assert dialog.import_button.isVisible() and not dialog.save_button.isVisible()


def test_sharing_key_is_shown_and_copied(qtbot: QtBot, controller: VaultController) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = show_sharing_key_dialog(parent, controller)
    assert shown is not None
    key = shown.key.text()
    assert key == public_key(controller.session) and key.startswith("age1")
    assert shown.key.isReadOnly()
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key


def test_the_preview_counts_each_kind(dialog: ImportBundleDialog) -> None:
    counts = {"cases": 3, "people": 12, "notes": 40, "case_members": 15, "attachments": 0}
    assert dialog.kinds_text(counts) == "3 cases, 12 people, 40 notes"
    assert dialog.kinds_text({}) == "nothing"
