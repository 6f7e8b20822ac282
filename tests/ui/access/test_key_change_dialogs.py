"""Vault ▸ Change passphrase… and Show a new recovery phrase…, on a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.factories import make_vault
from tests.ui.conftest import STRONG_PASSPHRASE

from satchel.errors import WrongPassphraseError
from satchel.services.core import session as vault_session
from satchel.ui.access.key_change_dialogs import ChangePassphraseDialog, NewRecoveryPhraseDialog
from satchel.ui.shell.vault_controller import VaultController


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[tuple[VaultController, Path, str]]:
    folder = tmp_path / "vault"
    session, phrase = make_vault(folder)
    controller = VaultController()
    controller.adopt(session, folder)
    yield controller, folder, phrase
    controller.lock()


def _done_notes() -> list[str]:
    return [
        w.windowTitle()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "keyChangeDone" and w.isVisible()
    ]


def _reopens(folder: Path, passphrase: str) -> bool:
    try:
        vault_session.unlock(folder, passphrase).close()
    except WrongPassphraseError:
        return False
    return True


def test_the_passphrase_changes_after_the_current_one_is_given(
    qtbot: QtBot, opened: tuple[VaultController, Path, str]
) -> None:
    controller, folder, _phrase = opened
    window = QWidget()
    qtbot.addWidget(window)
    dialog = ChangePassphraseDialog(controller, window)
    assert dialog.windowTitle() == "Change passphrase"
    dialog.fields.first.setText(STRONG_PASSPHRASE)
    dialog.fields.second.setText(STRONG_PASSPHRASE)
    dialog.submit()
    assert "current passphrase" in dialog.error.text()
    dialog.current.setText("wrong one")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.task is None and "not the current" in dialog.error.text())
    dialog.current.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.result() == ChangePassphraseDialog.DialogCode.Accepted)
    assert "Passphrase changed" in _done_notes()
    assert dialog.current.text() == "" and dialog.fields.passphrase() == ""
    controller.lock()
    QApplication.processEvents()
    assert _reopens(folder, STRONG_PASSPHRASE)
    assert not _reopens(folder, PASSPHRASE)


def test_a_weak_new_passphrase_is_refused_with_the_creation_rules(
    qtbot: QtBot, opened: tuple[VaultController, Path, str]
) -> None:
    controller, _folder, _phrase = opened
    dialog = ChangePassphraseDialog(controller)
    qtbot.addWidget(dialog)
    dialog.current.setText(PASSPHRASE)
    dialog.fields.first.setText("Kotik2024!")
    dialog.fields.second.setText("Kotik2024!")
    dialog.submit()
    assert dialog.task is None and "too easy to guess" in dialog.error.text()
    assert dialog.fields.meter.value() < 4


def test_a_new_recovery_phrase_is_set_only_once_confirmed(
    qtbot: QtBot, opened: tuple[VaultController, Path, str]
) -> None:
    controller, folder, old_phrase = opened
    window = QWidget()
    qtbot.addWidget(window)
    dialog = NewRecoveryPhraseDialog(controller, window)
    dialog.current.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.step.isVisibleTo(dialog))
    words = dialog.phrase.split()
    assert [label.text() for label in dialog.step.word_labels] == words
    dialog.step.ask()
    for position, field in zip(dialog.step.positions, dialog.step.word_fields, strict=True):
        field.setText(words[position])
    dialog.step.check()
    qtbot.waitUntil(lambda: dialog.result() == NewRecoveryPhraseDialog.DialogCode.Accepted)
    assert "New recovery phrase" in _done_notes()
    controller.lock()
    QApplication.processEvents()
    vault_session.unlock_recovery(folder, dialog.phrase).close()
    with pytest.raises(WrongPassphraseError):
        vault_session.unlock_recovery(folder, old_phrase)


def test_closing_before_confirming_keeps_the_old_phrase(
    qtbot: QtBot, opened: tuple[VaultController, Path, str]
) -> None:
    controller, folder, old_phrase = opened
    dialog = NewRecoveryPhraseDialog(controller)
    qtbot.addWidget(dialog)
    dialog.current.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.step.isVisibleTo(dialog))
    dialog.reject()
    controller.lock()
    QApplication.processEvents()
    vault_session.unlock_recovery(folder, old_phrase).close()
