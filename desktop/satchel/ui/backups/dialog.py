"""The Backups dialog: where backups go, the list with dates and counts, and what to do.

Every long step (back up, verify, restore) runs in a BackgroundTask with a progress bar and
Cancel; a cancelled or failed step leaves no partial file and no change in the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from satchel.services.backups import operations, restore
from satchel.services.backups.operations import BackupEntry, Verification
from satchel.services.core.settings import (
    BackupSettings,
    load_backup_settings,
    save_backup_settings,
)
from satchel.ui.access.page_frame import text_label
from satchel.ui.backups.in_place import confirm_restore_in_place, restored_in_place
from satchel.ui.backups.rows import file_size, holds, kind, made_when
from satchel.ui.base.tasks import TaskProgress, Work
from satchel.ui.base.text.messages import user_message
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.base.widgets.column_widths import stretch_and_fit
from satchel.ui.camouflage.app_brand import app_name
from satchel.ui.shell.vault_controller import Change, VaultController

COLUMNS = 4  # date, kind, what it holds, size


class BackupsDialog(QDialog):
    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._on_done: Callable[[object], None] = lambda _result: None
        self._restoring = False
        self._close_when_done = False
        self.entries: list[BackupEntry] = []
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backupsDialog")
        self.resize(720, 480)  # a starting size; the layout decides how small it may get
        self.settings = controller.run(load_backup_settings) or BackupSettings()

        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("Encrypted backups"), "heading"))
        self._build_folder_part(layout)
        self._build_table(layout)
        self._build_actions(layout)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        controller.locking.connect(self._on_locking)
        self._show_folder()
        self.refresh()

    def _build_folder_part(self, layout: QVBoxLayout) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder:")))
        # A read-only field: a long path scrolls in it instead of being cut off, and a
        # screen reader reads all of it.
        self.folder_label = QLineEdit()
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setReadOnly(True)
        self.folder_label.setFrame(False)
        self.folder_label.setAccessibleName(self.tr("Backup folder"))
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.setToolTip(self.tr("Keep backups elsewhere, on a USB stick for example"))
        self.beside_button = QPushButton(self.tr("Beside the vault"))
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.beside_button)
        layout.addLayout(folder_row)
        self.automatic = QCheckBox(
            self.tr(
                "Back up by itself when the vault locks or {app} quits, if anything changed"
            ).format(app=app_name())
        )
        self.automatic.setChecked(self.settings.automatic)
        layout.addWidget(self.automatic)
        self.wipe_note = text_label("", "hint")
        layout.addWidget(self.wipe_note)
        self.choose_button.clicked.connect(self._choose_clicked)
        self.beside_button.clicked.connect(self._beside_clicked)
        self.automatic.toggled.connect(self._on_automatic)

    def _build_table(self, layout: QVBoxLayout) -> None:
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Holds"), self.tr("Size")]
        )
        self.table.setAccessibleName(self.tr("Backups of this vault"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        stretch_and_fit(self.table.horizontalHeader(), stretched=(2,))
        layout.addWidget(self.table, 1)

    def _build_actions(self, layout: QVBoxLayout) -> None:
        actions = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.verify_button = QPushButton(self.tr("Verify"))
        self.restore_new_button = QPushButton(self.tr("Restore as new vault…"))
        self.restore_here_button = QPushButton(self.tr("Restore in place…"))
        for button in (
            self.backup_button,
            self.verify_button,
            self.restore_new_button,
            self.restore_here_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        actions.addWidget(self.close_button)
        layout.addLayout(actions)

        self.work = TaskProgress(self.tr("Backup progress"))
        self.progress, self.cancel_button = self.work.bar, self.work.cancel_button
        layout.addWidget(self.work)
        self.status = text_label("", "hint")
        self.status.setObjectName("backupStatus")
        layout.addWidget(self.status)
        self.backup_button.clicked.connect(self.back_up_now)
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_new_button.clicked.connect(self._restore_new_clicked)
        self.restore_here_button.clicked.connect(self.ask_restore_in_place)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self._cancelling)
        self.work.done.connect(self._finish)
        self.work.failed.connect(self._failed)
        self.work.changed.connect(self._update_buttons)

    # buttons pass `checked`; these keep it from landing in a path argument
    def _choose_clicked(self) -> None:
        self.choose_folder()

    def _beside_clicked(self) -> None:
        self.set_folder(None)

    def _restore_new_clicked(self) -> None:
        self.restore_as_new()

    # folder and settings ------------------------------------------------------------------
    def folder(self) -> Path:
        return operations.backup_folder(self._controller.session, self.settings)

    def _show_folder(self) -> None:
        folder = self.folder()
        self.folder_label.setText(str(folder))
        self.folder_label.setCursorPosition(0)
        if self._controller.demo:
            note = self.tr("A demo vault is not backed up: it is deleted when you lock it.")
        elif self.settings.folder is None:
            note = self.tr("Wiping the vault also destroys these backups.")
        else:
            note = self.tr(
                "Wiping the vault does not reach {0}: delete backups there yourself."
            ).format(folder)
        self.wipe_note.setText(note)

    def choose_folder(self, folder: Path | None = None) -> None:
        if folder is None:
            picked = file_dialogs.get_existing_directory(  # Qt's dialog, leaving no trace
                self, self.tr("Folder for backups"), str(Path.home())
            )
            if not picked:
                return
            folder = Path(picked)
        self.set_folder(folder)

    def set_folder(self, folder: Path | None) -> None:
        wanted = BackupSettings(
            folder=None if folder is None else str(folder.resolve()),
            automatic=self.automatic.isChecked(),
        )
        self._save(wanted)

    def _on_automatic(self, on: bool) -> None:
        self._save(BackupSettings(folder=self.settings.folder, automatic=on))

    def _save(self, wanted: BackupSettings) -> None:
        self._controller.change(Change.SETTINGS, save_backup_settings, wanted)
        self.settings = self._controller.run(load_backup_settings) or self.settings
        self._show_folder()
        self.refresh()

    # the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._controller.is_unlocked:
            return
        self.entries = self._controller.run(operations.vault_backups, self.folder()) or []
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (made_when(entry), kind(entry), holds(entry), file_size(entry.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(entry.path.name)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        if self.entries:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _update_buttons(self) -> None:
        # Locked after a restore in place; a demo vault has no keyslot a backup could keep.
        busy = self.work.busy or not self._controller.is_unlocked or self._controller.demo
        entry = self.selected()
        usable = entry is not None and entry.manifest is not None
        for button in (self.choose_button, self.beside_button, self.backup_button):
            button.setEnabled(not busy)
        self.automatic.setEnabled(not busy)
        self.verify_button.setEnabled(not busy and usable)
        self.restore_new_button.setEnabled(not busy and usable)
        self.restore_here_button.setEnabled(
            not busy and usable and entry is not None and entry.same_vault is True
        )

    # long work --------------------------------------------------------------------------
    def _start(self, work: Work, done: Callable[[object], None], doing: str) -> None:
        self._on_done = done
        self.status.setText(doing)
        self.work.start(work)

    def _finish(self, result: object) -> None:
        if self._close_when_done:
            super().reject()
            return
        self._on_done(result)

    def _failed(self, error: object) -> None:
        if self._close_when_done:
            super().reject()
            return
        self.status.setText(user_message(error))
        self.refresh()

    def reject(self) -> None:
        """Closing while work runs cancels it first; the dialog goes once it has stopped."""
        if not self.work.busy:
            super().reject()
            return
        self._close_when_done = True
        self.work.cancel()

    def _cancelling(self) -> None:
        self.status.setText(self.tr("Cancelling…"))

    @property
    def busy(self) -> bool:
        return self.work.busy

    # actions ----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        session = self._controller.session

        def done(result: object) -> None:
            self.status.setText(self.tr("Backup written: {0}").format(Path(str(result)).name))
            self.refresh()

        self._start(
            lambda progress, cancel: operations.back_up(session, progress=progress, cancel=cancel),
            done,
            self.tr("Writing an encrypted backup…"),
        )

    def verify_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        session = self._controller.session
        self._start(
            lambda progress, cancel: operations.verify_vault_backup(
                session, entry.path, progress=progress, cancel=cancel
            ),
            self._verified,
            self.tr("Checking every byte and every page…"),
        )

    def _verified(self, result: object) -> None:
        if isinstance(result, Verification) and result.ok and not result.pages_checked:
            # Another vault's backup: its pages need that vault's key.
            self.status.setText(
                self.tr(
                    "The file is intact (checksum). Its pages can only be checked by the "
                    "vault it belongs to."
                )
            )
        elif isinstance(result, Verification) and result.ok:
            self.status.setText(self.tr("This backup is intact: checksum, pages and structure."))
        elif isinstance(result, Verification):
            self.status.setText(
                self.tr("This backup is damaged inside ({0}). Use another one.").format(
                    "; ".join(result.problems[:3])
                )
            )

    def restore_as_new(self, target: Path | None = None) -> None:
        entry = self.selected()
        if entry is None:
            return
        if target is None:
            picked = file_dialogs.get_existing_directory(
                self, self.tr("An empty folder for the restored vault"), str(Path.home())
            )
            if not picked:
                return
            target = Path(picked)
        source, where = entry.path, target

        def done(_result: object) -> None:
            self.status.setText(
                self.tr(
                    "Restored into {0}. Open it with the passphrase the vault had on {1}."
                ).format(where, made_when(entry))
            )

        self._start(
            lambda progress, cancel: restore.restore_as_new_vault(
                source, where, progress=progress, cancel=cancel
            ),
            done,
            self.tr("Restoring as a new vault…"),
        )

    def ask_restore_in_place(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        kept = self._controller.run(restore.duress_kept_by_restore, entry.path)
        if confirm_restore_in_place(self, made_when(entry), kept):
            self.restore_in_place(kept)

    def restore_in_place(self, duress_kept: bool | None = None) -> None:
        entry = self.selected()
        if entry is None:
            return
        when = made_when(entry)

        def done(_result: object) -> None:
            self.status.setText(restored_in_place(when, duress_kept))

        self._restoring = True
        self._close_when_done = False
        self._on_done = done
        self.status.setText(self.tr("Restoring in place…"))
        self.work.watch(self._controller.restore_in_place(entry.path))

    def _on_locking(self) -> None:
        """A lock takes the keys away: stop what runs on them, and close unless restoring."""
        if not self._restoring:
            self.reject()


def show_backups_dialog(parent: QWidget, controller: VaultController) -> None:
    """The menu entry's action: a window-modal dialog, deleted when closed."""
    dialog = BackupsDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
