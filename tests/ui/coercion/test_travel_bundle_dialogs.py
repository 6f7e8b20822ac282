"""Prepare for a crossing to a bundle for a trusted colleague, through the real dialog; and
Return from travel given that bundle itself instead of the backup it holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.factories import make_vault
from tests.ui.coercion.conftest import COVER, WAIT, titles

from satchel.errors import WrongPassphraseError
from satchel.services.coercion.travel_bundle import write_travel_bundle
from satchel.services.coercion.travel_keeping import save_travel_backup
from satchel.services.coercion.travel_return import finish_return, stage_return
from satchel.services.core import session as vault_session
from satchel.services.sharing.identity import public_key
from satchel.ui.coercion.return_dialog import ReturnDialog
from satchel.ui.coercion.travel_dialog import CHOOSE, CONFIRM, DONE, TravelDialog
from satchel.ui.shell.window import ShellWindow

COLLEAGUE = "the colleague's own passphrase 19"


@pytest.fixture
def colleague(tmp_path: Path) -> tuple[Path, str]:
    """The colleague's vault (elsewhere) and its sharing key."""
    theirs = tmp_path / "colleague" / "notes"
    vs, _ = make_vault(theirs, COLLEAGUE, format_version=2)
    with vs:
        return theirs, public_key(vs)


def _travel_dialog(qtbot: QtBot, shell: ShellWindow) -> TravelDialog:
    dialog = TravelDialog(shell.controller, shell)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._next()  # past the warnings
    assert dialog.pages.currentIndex() == CHOOSE
    return dialog


def test_travel_to_a_colleague_through_the_dialog(
    qtbot: QtBot, shell: ShellWindow, folder: Path, colleague: tuple[Path, str], tmp_path: Path
) -> None:
    theirs, key = colleague
    out = tmp_path / "stick-for-colleague"
    dialog = _travel_dialog(qtbot, shell)
    page = dialog.destination
    assert not page.key.isVisible()
    qtbot.mouseClick(page.to_colleague, Qt.MouseButton.LeftButton)
    assert page.key.isVisible() and page.folder_label.text() == "&Folder for the bundle"
    page.key.setText(key)
    dialog.folder.setText(str(out))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.cover.first.setText(COVER)
    dialog.cover.second.setText(COVER)
    dialog._next()
    assert "sealed to your colleague's key" in dialog.checking_text.text()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == CONFIRM, timeout=WAIT)
    bundle = dialog.backup
    assert bundle is not None and [p.name for p in out.iterdir()] == [bundle.name]
    assert "The bundle" in dialog.checked_text.text()
    assert shell.controller.is_unlocked  # nothing erased yet
    dialog._next()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE, timeout=WAIT)
    assert "give it to your colleague" in dialog.done_text.text()
    assert not shell.controller.is_unlocked
    dialog._next()
    with pytest.raises(WrongPassphraseError):
        titles(folder, PASSPHRASE)

    with vault_session.unlock(theirs, COLLEAGUE) as vs:
        kept = save_travel_backup(vs, bundle, tmp_path / "kept")
    finish_return(stage_return(folder, kept, PASSPHRASE), folder)
    assert titles(folder, PASSPHRASE) == ["Andriy: visa appointment"]


def test_a_mistyped_key_is_named_as_it_is_typed(
    qtbot: QtBot, shell: ShellWindow, colleague: tuple[Path, str], tmp_path: Path
) -> None:
    _theirs, key = colleague
    dialog = _travel_dialog(qtbot, shell)
    page = dialog.destination
    page.to_colleague.setChecked(True)
    page.key.setText(key[:-4] + "xxxx")
    assert page.key_problem.isVisible() and "not a sharing key" in page.key_problem.text()
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.cover.first.setText(COVER)
    dialog.cover.second.setText(COVER)
    dialog._next()
    assert dialog.pages.currentIndex() == CHOOSE and not dialog.progress.busy
    assert page.key_problem.isVisible() and not dialog.problem.isVisible()  # said once
    page.key.clear()
    dialog._next()
    assert "Paste your colleague's sharing key." in dialog.problem.text()
    page.key.setText(key)
    assert not page.key_problem.isVisible()
    dialog.reject()


def test_return_from_the_bundle_itself_says_what_to_do(
    qtbot: QtBot, shell: ShellWindow, folder: Path, colleague: tuple[Path, str], tmp_path: Path
) -> None:
    _theirs, key = colleague
    bundle = write_travel_bundle(shell.controller.session, PASSPHRASE, tmp_path / "out", key)
    back = ReturnDialog(shell.controller, shell)
    qtbot.addWidget(back)
    back.show()
    back.file.setText(str(bundle.path))
    back.passphrase.setText(PASSPHRASE)
    back._next()
    qtbot.waitUntil(back.message.isVisible, timeout=WAIT)
    text = back.message.text()
    assert (
        "the bundle you sealed for your colleague" in text
        and "Import a colleague's bundle…" in text
    )
    assert shell.controller.is_unlocked and not back.finished_return
    back.reject()
    shell.controller.lock()
    assert titles(folder, PASSPHRASE) == ["Andriy: visa appointment"]
