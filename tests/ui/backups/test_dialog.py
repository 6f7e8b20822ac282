"""The Backups dialog and the automatic backup on lock and quit, with real vaults."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.factories import make_vault

from satchel.errors import WrongPassphraseError
from satchel.services.backups import copying
from satchel.services.backups.copying import default_folder
from satchel.services.backups.operations import back_up
from satchel.services.coercion.duress import set_duress
from satchel.services.core import session as vault_session
from satchel.services.core.settings import BackupSettings, save_backup_settings
from satchel.services.notebook import cases
from satchel.ui.backups.dialog import BackupsDialog
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow

WAIT = 20_000
DURESS = "a cover passphrase for the guard"


def backup_files(folder: Path) -> list[Path]:
    """The backups in `folder`: format 2 names them with 16 random hex digits."""
    if not folder.exists():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def wait_idle(qtbot: QtBot, controller: VaultController) -> None:
    qtbot.waitUntil(lambda: controller.closing_task is None, timeout=WAIT)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


def _controller(folder: Path, *, auto_backup: bool) -> VaultController:
    session, _phrase = make_vault(folder)
    controller = VaultController(auto_backup=auto_backup)
    controller.adopt(session, folder)
    return controller


@pytest.fixture
def controller(qtbot: QtBot, folder: Path) -> Iterator[VaultController]:
    controller = _controller(folder, auto_backup=False)
    yield controller
    controller.lock()
    wait_idle(qtbot, controller)


@pytest.fixture
def auto_controller(qtbot: QtBot, folder: Path) -> Iterator[VaultController]:
    controller = _controller(folder, auto_backup=True)
    yield controller
    controller.lock()
    wait_idle(qtbot, controller)


@pytest.fixture
def dialog(qtbot: QtBot, controller: VaultController) -> BackupsDialog:
    made = BackupsDialog(controller)
    qtbot.addWidget(made)
    made.show()
    return made


def wait_done(qtbot: QtBot, dialog: BackupsDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def test_the_list_shows_dates_and_counts(
    qtbot: QtBot, controller: VaultController, folder: Path
) -> None:
    cases.create_case(controller.session, title="Harbour")
    back_up(controller.session)
    dialog = BackupsDialog(controller)
    qtbot.addWidget(dialog)

    assert dialog.table.rowCount() == 1
    items = [dialog.table.item(0, column) for column in range(4)]
    row = [item.text() if item is not None else "" for item in items]
    assert str(dt.date.today().year) in row[0]  # a date, in the language's own format
    assert row[1] == "by hand"
    assert row[2] == "1 case, 0 people, 0 notes, 0 checklists, 0 files"
    assert row[3].lower().endswith("kb")  # QLocale: "277.7 kB", "277,7 КБ"
    assert str(default_folder(folder)) in dialog.folder_label.text()
    assert "also destroys" in dialog.wipe_note.text()


def test_back_up_now_runs_in_a_worker_with_progress(
    qtbot: QtBot, dialog: BackupsDialog, folder: Path
) -> None:
    dialog.backup_button.click()
    assert dialog.busy
    assert dialog.cancel_button.isVisible() and dialog.progress.isVisible()
    assert not dialog.backup_button.isEnabled()
    wait_done(qtbot, dialog)

    assert len(backup_files(default_folder(folder))) == 1
    assert dialog.table.rowCount() == 1
    assert "Backup written" in dialog.status.text()
    assert not dialog.cancel_button.isVisible()


def test_cancel_leaves_no_file(qtbot: QtBot, dialog: BackupsDialog, folder: Path) -> None:
    with copying._BACKUP_LOCK:  # the worker waits here until Cancel was pressed
        dialog.backup_button.click()
        dialog.cancel_button.click()
    wait_done(qtbot, dialog)

    assert "Cancelled" in dialog.status.text()
    assert list(default_folder(folder).iterdir()) == []


def test_verify_tells_intact_from_damaged(
    qtbot: QtBot, controller: VaultController, dialog: BackupsDialog
) -> None:
    made = back_up(controller.session)
    dialog.refresh()
    dialog.verify_button.click()
    wait_done(qtbot, dialog)
    assert "intact" in dialog.status.text()

    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0x20
    made.write_bytes(bytes(data))
    dialog.verify_button.click()
    wait_done(qtbot, dialog)
    assert f"{made.name} is damaged" in dialog.status.text()


def test_restore_as_new_vault(
    qtbot: QtBot, controller: VaultController, dialog: BackupsDialog, tmp_path: Path
) -> None:
    cases.create_case(controller.session, title="Kept")
    back_up(controller.session)
    dialog.refresh()
    target = tmp_path / "restored"

    dialog.restore_as_new(target)
    wait_done(qtbot, dialog)

    assert "Restored into" in dialog.status.text()
    with vault_session.unlock(target, PASSPHRASE) as restored:
        assert [c.title for c in cases.list_cases(restored)] == ["Kept"]


def test_restore_in_place_asks_first_then_locks(
    qtbot: QtBot,
    controller: VaultController,
    dialog: BackupsDialog,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cases.create_case(controller.session, title="Old")
    back_up(controller.session)
    cases.create_case(controller.session, title="New")
    dialog.refresh()
    questions: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def ask(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", ask)
    dialog.restore_here_button.click()
    assert controller.is_unlocked  # "Cancel": nothing happened
    assert "kept as a backup first" in questions[0]

    answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(controller.locked, timeout=WAIT):
        dialog.restore_here_button.click()
    wait_done(qtbot, dialog)
    wait_idle(qtbot, controller)

    assert "Unlock the vault with the passphrase" in dialog.status.text()
    assert not dialog.backup_button.isEnabled()  # the keys are gone until the next unlock
    with vault_session.unlock(folder, PASSPHRASE) as back:
        assert [c.title for c in cases.list_cases(back)] == ["Old"]
    assert len(backup_files(default_folder(folder))) == 2  # and the replaced one


@pytest.mark.parametrize("changed", [False, True], ids=["same passphrase", "changed since"])
def test_restore_in_place_says_whether_the_duress_passphrase_stays(
    qtbot: QtBot,
    controller: VaultController,
    dialog: BackupsDialog,
    folder: Path,
    *,
    monkeypatch: pytest.MonkeyPatch,
    changed: bool,
) -> None:
    back_up(controller.session)
    set_duress(controller.session, DURESS, mode="hide")
    now = PASSPHRASE
    if changed:
        now = "a passphrase chosen after the backup"
        controller.session.vault.change_passphrase(now)
    dialog.refresh()
    questions: list[str] = []

    def ask(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", ask)
    with qtbot.waitSignal(controller.locked, timeout=WAIT):
        dialog.restore_here_button.click()
    wait_done(qtbot, dialog)
    wait_idle(qtbot, controller)
    assert ("duress passphrase goes" in questions[0]) is changed
    assert ("duress passphrase goes" in dialog.status.text()) is changed
    if changed:
        with pytest.raises(WrongPassphraseError):
            vault_session.unlock(folder, DURESS).close()
    else:
        with vault_session.unlock(folder, DURESS) as cover:
            assert any(c.title == "Food bank rota" for c in cases.list_cases(cover))


def test_a_chosen_folder_is_kept_and_used(
    qtbot: QtBot, controller: VaultController, dialog: BackupsDialog, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog.choose_folder(stick)
    assert str(stick) in dialog.folder_label.text()
    assert "does not reach" in dialog.wipe_note.text()
    dialog.backup_button.click()
    wait_done(qtbot, dialog)
    assert len(backup_files(stick)) == 1

    again = BackupsDialog(controller)
    qtbot.addWidget(again)
    assert str(stick) in again.folder_label.text()
    again.automatic.setChecked(False)
    dialog.beside_button.click()
    assert "also destroys" in dialog.wipe_note.text()


def test_the_dialog_closes_when_the_vault_locks(
    qtbot: QtBot, controller: VaultController, dialog: BackupsDialog
) -> None:
    controller.lock()
    assert not dialog.isVisible()


# automatic backups ----------------------------------------------------------------------
def test_lock_backs_up_in_a_worker_when_something_changed(
    qtbot: QtBot, auto_controller: VaultController, folder: Path
) -> None:
    cases.create_case(auto_controller.session, title="Changed")
    vault = auto_controller.session.vault
    with qtbot.waitSignal(auto_controller.locked, timeout=WAIT):
        auto_controller.lock()
    assert not auto_controller.is_unlocked  # the screens locked at once
    wait_idle(qtbot, auto_controller)
    assert vault.keys_wiped
    assert len(backup_files(default_folder(folder))) == 1

    task = auto_controller.unlock_in_background(folder, PASSPHRASE)
    with qtbot.waitSignal(auto_controller.unlocked, timeout=WAIT):
        task.start()
    auto_controller.lock()  # nothing changed since the backup
    wait_idle(qtbot, auto_controller)
    assert len(backup_files(default_folder(folder))) == 1


def test_unlock_waits_for_the_backup_after_a_lock(
    qtbot: QtBot, auto_controller: VaultController, folder: Path
) -> None:
    with copying._BACKUP_LOCK:  # the backup after the lock cannot finish yet
        auto_controller.lock()
        task = auto_controller.unlock_in_background(folder, PASSPHRASE)
        failures: list[object] = []
        task.failed.connect(failures.append)
        task.start()
        assert auto_controller.closing_task is not None
    with qtbot.waitSignal(auto_controller.unlocked, timeout=WAIT):
        pass
    assert failures == []  # no "open elsewhere"
    assert len(backup_files(default_folder(folder))) == 1


def test_a_failed_automatic_backup_is_told_and_the_vault_still_locks(
    qtbot: QtBot, auto_controller: VaultController, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    save_backup_settings(auto_controller.session, BackupSettings(folder=str(blocker / "in")))
    vault = auto_controller.session.vault
    with qtbot.waitSignal(auto_controller.failed, timeout=WAIT) as told:
        auto_controller.lock()
    assert "automatic backup was not made" in told.args[0]
    assert vault.keys_wiped


def test_quit_waits_for_the_backup(
    qtbot: QtBot, auto_controller: VaultController, app_settings: AppSettings, folder: Path
) -> None:
    window = ShellWindow(auto_controller, app_settings)
    qtbot.addWidget(window)
    window.show()
    window.show_workspace()
    cases.create_case(auto_controller.session, title="Before quitting")
    vault = auto_controller.session.vault

    window.close()

    assert auto_controller.closing_task is None
    assert vault.keys_wiped
    assert len(backup_files(default_folder(folder))) == 1


def test_closing_while_busy_cancels_then_closes(
    qtbot: QtBot, dialog: BackupsDialog, folder: Path
) -> None:
    with copying._BACKUP_LOCK:
        dialog.backup_button.click()
        dialog.reject()
        assert dialog.isVisible()  # waits for the work to stop
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert list(default_folder(folder).iterdir()) == []


def test_skipping_the_backup_at_quit(
    qtbot: QtBot, auto_controller: VaultController, app_settings: AppSettings, folder: Path
) -> None:
    window = ShellWindow(auto_controller, app_settings)
    qtbot.addWidget(window)
    window.show()
    window.show_workspace()
    cases.create_case(auto_controller.session, title="Not backed up")

    def skip() -> None:
        try:
            progress = window.findChild(QProgressDialog, "quitBackupProgress")
            assert progress is not None and progress.isVisible()
            button = progress.findChild(QPushButton)
            assert button is not None and button.text() == "Skip this backup"
            button.click()
        finally:
            copying._BACKUP_LOCK.release()  # let the worker see the Cancel

    copying._BACKUP_LOCK.acquire()
    QTimer.singleShot(0, skip)
    window.close()

    assert auto_controller.closing_task is None
    assert list(default_folder(folder).iterdir()) == []


def test_a_demo_vault_offers_no_backup(qtbot: QtBot, controller: VaultController) -> None:
    controller.demo = True
    dialog = BackupsDialog(controller)
    qtbot.addWidget(dialog)
    assert not dialog.backup_button.isEnabled()
    assert not dialog.choose_button.isEnabled()
    assert "demo vault is not backed up" in dialog.wipe_note.text()


def test_verifying_another_vaults_backup_does_not_claim_its_pages_were_checked(
    qtbot: QtBot, controller: VaultController, dialog: BackupsDialog, tmp_path: Path
) -> None:
    other, _phrase = make_vault(tmp_path / "other")
    with other:
        foreign = back_up(other, default_folder(controller.session.vault.folder))
    dialog.refresh()
    rows = [n for n, entry in enumerate(dialog.entries) if entry.path == foreign]
    # Format 2: another vault's sealed backup looks like any file, so it is not even listed
    # (nothing to verify, nothing claimed); the listing of format 1 backups is in
    # tests/services/backups.
    assert rows == []
    assert foreign.exists()
