"""The files of a case: list, add (images cleaned of metadata first), view, delete.

Files go straight from the chosen path into the encrypted vault; viewing decrypts into
memory only (see attachment_viewer). The file dialog is Qt's own, not the desktop's, so
the chosen file never lands in the system's "recent files" list.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import InvalidInputError
from satchel.services.core.user_files import read_user_file
from satchel.services.notebook import attachments
from satchel.services.notebook.attachments import AttachmentView
from satchel.ui.attachments.image_sanitizer import (
    UncleanableImageError,
    looks_like_image,
    sanitize_image,
)
from satchel.ui.attachments.viewer import AttachmentViewer
from satchel.ui.base.text.messages import user_message
from satchel.ui.base.widgets import delete_question, file_dialogs
from satchel.ui.base.widgets.delete_question import DeleteChoice
from satchel.ui.camouflage.app_brand import app_name
from satchel.ui.shell.vault_controller import Change, VaultController

MAX_FILE_BYTES = attachments.MAX_BYTES


def type_label(media_type: str) -> str:
    """'PDF', 'JPEG image', … for the list; never the raw MIME type."""
    known = {
        "application/pdf": QCoreApplication.translate("Attachments", "PDF"),
        "image/jpeg": QCoreApplication.translate("Attachments", "JPEG image"),
        "image/png": QCoreApplication.translate("Attachments", "PNG image"),
        "image/gif": QCoreApplication.translate("Attachments", "GIF image"),
        "image/webp": QCoreApplication.translate("Attachments", "WebP image"),
        "text/plain": QCoreApplication.translate("Attachments", "Text"),
    }
    return known.get(media_type, QCoreApplication.translate("Attachments", "File"))


class AttachmentsPanel(QWidget):
    count_changed = Signal(int)

    def __init__(
        self,
        controller: VaultController,
        *,
        case_id: uuid.UUID,
        checklist_item_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """With `checklist_item_id`, only that item's files (which belong to the case too)."""
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self._controller = controller
        self.case_id = case_id
        self.checklist_item_id = checklist_item_id
        self._own_change = False
        self.viewer: AttachmentViewer | None = None

        self.list = QTreeWidget()
        self.list.setObjectName("attachmentList")
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setHeaderLabels([self.tr("File"), self.tr("Type"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("No files yet. Add a scan or a photo of a document."))
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add file…"))
        self.add_button.setAccessibleName(self.tr("Add a file"))
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.setAccessibleName(self.tr("View the selected file"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected file"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.add_button.clicked.connect(self.choose_files)
        self.view_button.clicked.connect(self.view_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.itemActivated.connect(lambda *_: self.view_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        controller.changed.connect(self._on_changed)
        self.refresh()

    # list -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.checklist_item_id is None:
            found = self._controller.run(attachments.list_attachments, case_id=self.case_id)
        else:
            found = self._controller.run(
                attachments.list_attachments, checklist_item_id=self.checklist_item_id
            )
        rows = found or []
        selected = self.selected_id()
        self.list.clear()
        locale = QLocale()
        for row in rows:
            item = QTreeWidgetItem(
                [
                    row.filename,
                    type_label(row.media_type),
                    locale.formattedDataSize(
                        row.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                    ),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row)
            item.setToolTip(0, row.filename)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if row.id == selected:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        has_rows = bool(rows)
        self.list.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self.list.setMaximumHeight(40 + 28 * min(len(rows), 8))
        self._update_buttons()
        self.count_changed.emit(len(rows))

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in found if item is not None]

    def attachments(self) -> list[AttachmentView]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self._items()]

    def selected(self) -> AttachmentView | None:
        item = self.list.currentItem()
        if item is None:
            return None
        view: AttachmentView = item.data(0, Qt.ItemDataRole.UserRole)
        return view

    def selected_id(self) -> uuid.UUID | None:
        view = self.selected()
        return view.id if view else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.view_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_changed(self, kind: str) -> None:
        if (
            kind in {Change.ATTACHMENT, Change.CASE}
            and not self._own_change
            and self._controller.is_unlocked
        ):
            self.refresh()

    # add --------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = file_dialogs.get_open_file_names(  # Qt's dialog, leaving no trace
            self, self.tr("Add files to the case"), str(Path.home())
        )
        for path in paths:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> uuid.UUID | None:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                self._warn(self.tr("“{0}” is larger than 100 MB.").format(path.name))
                return None
        except OSError as error:
            unreadable = InvalidInputError(
                problem="cannot_read", path=path.name, reason=error.strerror, errno=error.errno
            )
            self._warn(user_message(unreadable))
            return None
        try:  # bounded: a device or a pipe is refused, a file that grew is not read whole
            data = read_user_file(path, MAX_FILE_BYTES)
        except InvalidInputError as error:
            self._warn(user_message(error))
            return None
        return self.add_data(data, path.name)

    def add_data(self, data: bytes, filename: str) -> uuid.UUID | None:
        """Store bytes on this case; images are re-encoded first to drop EXIF and GPS."""
        if looks_like_image(data):
            try:
                clean = sanitize_image(data, filename)
            except UncleanableImageError:
                if not self._confirm_unclean(filename):
                    return None
            else:
                data, filename = clean.data, clean.filename
        self._own_change = True
        try:
            new_id = self._controller.change(
                Change.ATTACHMENT,
                attachments.add_attachment,
                filename=filename,
                data=data,
                case_id=self.case_id,
                checklist_item_id=self.checklist_item_id,
            )
        finally:
            self._own_change = False
        self.refresh()
        if new_id is not None:
            for item in self._items():
                if item.data(0, Qt.ItemDataRole.UserRole).id == new_id:
                    self.list.setCurrentItem(item)
        return new_id

    def _confirm_unclean(self, filename: str) -> bool:
        answer = QMessageBox.warning(
            self,
            app_name(),
            self.tr(
                "{app} cannot remove hidden information (such as where a photo was taken) "
                "from “{0}”, because it cannot read this kind of image. "
                "Add it anyway, as it is?"
            ).format(filename, app=app_name()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # view and delete --------------------------------------------------------------------
    def view_selected(self) -> AttachmentViewer | None:
        view = self.selected()
        if view is None:
            return None
        data = self._controller.run(attachments.read_attachment, view.id)
        if data is None:
            return None
        self.viewer = AttachmentViewer(data, view.filename, view.media_type, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.destroyed.connect(self._forget_viewer)
        self._controller.locking.connect(self.viewer.reject)
        self.viewer.open()
        return self.viewer

    def _forget_viewer(self) -> None:
        self.viewer = None

    def delete_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        choice = delete_question.ask_to_delete(
            self,
            self.tr("Delete file"),
            self.tr("Delete “{0}” from the vault?").format(view.filename),
            self.tr("Delete file"),
        )
        if choice is not DeleteChoice.CANCEL:
            self.delete(view.id, keep=choice is DeleteChoice.TO_BIN)

    def delete(self, attachment_id: uuid.UUID, *, keep: bool = True) -> None:
        self._own_change = True
        try:
            deleted = self._controller.apply(
                Change.ATTACHMENT, attachments.delete_attachment, attachment_id, keep=keep
            )
        finally:
            self._own_change = False
        self.refresh()
        if deleted and keep:
            controller = self._controller
            controller.offer_undo(
                self.tr("File deleted"),
                lambda: controller.restore_deleted("attachment", attachment_id),
            )

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, app_name(), text)
