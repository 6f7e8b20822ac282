"""The Recently deleted dialog: a list, Restore, Delete now and Empty the bin.

Keyboard first: the list has focus, Enter restores, Delete purges the selected item (after a
question), and every button has a mnemonic. Names shown are pseudonyms and titles only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from satchel.services.notebook import recently_deleted
from satchel.services.notebook.recently_deleted import BinEntry
from satchel.ui.shell.vault_controller import Change, VaultController


class RecentlyDeletedDialog(QDialog):
    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentlyDeletedDialog")
        self.setWindowTitle(self.tr("Recently deleted"))
        self._controller = controller
        self.entries: list[BinEntry] = []
        intro = QLabel(
            self.tr(
                "Deleted cases, people, notes and files stay here for 30 days, then are "
                "erased for good. Until then they are still inside the vault: anyone who "
                "unlocks it can restore them. Empty the bin before a border crossing."
            )
        )
        intro.setWordWrap(True)
        self.table = self._make_table()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.restore_selected())
        self.empty_label = QLabel(self.tr("Nothing was deleted in the last 30 days."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("&Delete now…"))
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.setProperty("danger", True)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button = QPushButton(self.tr("&Empty the bin now…"))
        self.empty_button.setObjectName("emptyButton")
        self.empty_button.setProperty("danger", True)
        self.empty_button.clicked.connect(self.empty)
        actions = QHBoxLayout()
        actions.addWidget(self.restore_button)
        actions.addWidget(self.purge_button)
        actions.addStretch(1)
        actions.addWidget(self.empty_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.purge_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(640, 420)
        controller.locking.connect(self.reject)
        self.refresh()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setObjectName("binTable")
        table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Deleted"), self.tr("Erased for good on")]
        )
        table.setAccessibleName(self.tr("Recently deleted items"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _kind_text(self, kind: str) -> str:
        return {
            "case": self.tr("Case"),
            "person": self.tr("Person"),
            "note": self.tr("Note"),
            "attachment": self.tr("File"),
        }.get(kind, kind)

    def refresh(self) -> None:
        self.entries = self._controller.run(recently_deleted.list_bin) or []
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            label = entry.label or self.tr("(untitled)")
            what = QTableWidgetItem(f"{self._kind_text(entry.kind)}: {label}")
            deleted = QTableWidgetItem(entry.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            purge = QTableWidgetItem(entry.purge_at.astimezone().strftime("%Y-%m-%d"))
            for column, item in enumerate((what, deleted, purge)):
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.entries))
        self.empty_label.setVisible(not self.entries)
        if self.entries:
            self.table.selectRow(0)
            self.table.setFocus()
        self._update_buttons()

    def selected(self) -> BinEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self.empty_button.setEnabled(bool(self.entries))

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if self._controller.run(recently_deleted.restore, entry.id) is not None:
            self._controller.announce_everything()
        self.refresh()

    def _confirm(self, title: str, text: str, button: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self
        )
        box.setObjectName("purgeQuestion")
        yes = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        answer = box.clickedButton() is yes
        box.deleteLater()
        return answer

    def purge_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if self._confirm(
            self.tr("Delete for good"),
            self.tr("Erase “{0}” for good? It cannot be restored afterwards.").format(entry.label),
            self.tr("Delete for good"),
        ):
            self.purge(entry)

    def purge(self, entry: BinEntry) -> None:
        self._controller.change(Change.BIN, recently_deleted.purge, entry.id)
        self.refresh()

    def empty(self) -> None:
        if self._confirm(
            self.tr("Empty the bin"),
            self.tr(
                "Erase all %n deleted item(s) for good? None can be restored afterwards.",
                "",
                len(self.entries),
            ),
            self.tr("Empty the bin"),
        ):
            self.empty_now()

    def empty_now(self) -> None:
        self._controller.change(Change.BIN, recently_deleted.empty_bin)
        self.refresh()


def show_recently_deleted_dialog(
    window: QWidget, controller: VaultController
) -> RecentlyDeletedDialog:
    dialog = RecentlyDeletedDialog(controller, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
