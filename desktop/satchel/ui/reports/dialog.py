"""Make a case report: choose the notes, decide on identities, choose where the PDF goes.

Redacted unless the user ticks "Include identities", which names the fields that will go
out and warns. The PDF is drawn in memory on a worker thread and written only to the path
the user chose; Cancel (or locking the vault) stops it with nothing written.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import CancelledError, InvalidInputError
from satchel.services.notebook.cases import get_case
from satchel.services.notebook.identity import IDENTITY_FIELDS
from satchel.services.reports.case_report import (
    CaseReport,
    build_case_report,
    record_report_written,
)
from satchel.services.reports.sealing import SEALED_SUFFIX
from satchel.ui.base.tasks import BackgroundTask, TaskProgress
from satchel.ui.base.text.formats import format_date
from satchel.ui.base.text.labels import field_label
from satchel.ui.base.text.messages import os_error_text, user_message
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.reports.pdf import write_case_report
from satchel.ui.reports.seal_options import SealOptions
from satchel.ui.shell.vault_controller import VaultController

ID_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_NAME = "case-report.pdf"


class CaseReportDialog(QDialog):
    def __init__(
        self, controller: VaultController, case_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Case report"))
        self.setModal(True)
        self._controller = controller
        self.case_id = case_id
        self.task: BackgroundTask | None = None
        self.written: Path | None = None
        self._build()
        self._fill()
        controller.locking.connect(self._on_locking)
        self.resize(560, 560)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "A PDF with the case's status, people (by pseudonym), checklists and the "
                "notes you choose. Every page is marked confidential."
            )
        )
        intro.setWordWrap(True)
        notes_label = QLabel(self.tr("Notes to include"))
        notes_label.setProperty("role", "subheading")
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes to include"))
        notes_label.setBuddy(self.notes)
        self.all_button = QPushButton(self.tr("All"))
        self.all_button.clicked.connect(lambda: self._tick_all(checked=True))
        self.none_button = QPushButton(self.tr("None"))
        self.none_button.clicked.connect(lambda: self._tick_all(checked=False))
        picks = QHBoxLayout()
        picks.addWidget(notes_label, 1)
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)

        self.identities = QCheckBox(self.tr("Include identities"))
        self.identities.setAccessibleName(self.tr("Include identity details in the report"))
        fields = ", ".join(field_label(name).lower() for name in IDENTITY_FIELDS)
        self.identity_warning = QLabel(
            self.tr(
                "The report will show, for every person in the case: {0}. Anyone who gets "
                "the file can read them. Opening each person's details is logged."
            ).format(fields)
        )
        self.identity_warning.setWordWrap(True)
        self.identity_warning.setProperty("role", "error")
        self.identity_warning.setVisible(False)
        self.identities.toggled.connect(self.identity_warning.setVisible)
        self.seal_options = SealOptions()
        self.seal_options.setVisible(False)
        self.identities.toggled.connect(self.seal_options.setVisible)

        self.progress = TaskProgress(self.tr("Report progress"))
        self.progress.failed.connect(self._on_failed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("role", "hint")
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.choose_and_save)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(picks)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.identities)
        layout.addWidget(self.identity_warning)
        layout.addWidget(self.seal_options)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _fill(self) -> None:
        detail = self._controller.run(get_case, self.case_id)
        if detail is None:
            self.save_button.setEnabled(False)
            return
        self.setWindowTitle(self.tr("Case report: {0}").format(detail.title))
        for note in detail.notes:
            item = QListWidgetItem(f"{note.title}  ·  {format_date(note.updated_at)}")
            item.setData(ID_ROLE, note.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.notes.addItem(item)
        if not detail.notes:
            self.notes.setEnabled(False)
            self.all_button.setEnabled(False)
            self.none_button.setEnabled(False)

    def _tick_all(self, *, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.notes.count()):
            self.notes.item(row).setCheckState(state)

    def chosen_note_ids(self) -> list[uuid.UUID]:
        return [
            self.notes.item(row).data(ID_ROLE)
            for row in range(self.notes.count())
            if self.notes.item(row).checkState() == Qt.CheckState.Checked
        ]

    # saving ---------------------------------------------------------------------------------
    def choose_and_save(self) -> None:
        path, _filter = file_dialogs.get_save_file_name(  # Qt's dialog, leaving no trace
            self,
            self.tr("Save the case report"),
            str(Path.home() / DEFAULT_NAME),
            self.tr("PDF documents (*.pdf)"),
        )
        if path:
            chosen = Path(path)
            self.save_to(chosen if chosen.suffix.lower() == ".pdf" else Path(f"{path}.pdf"))

    def _sealed_name(self, path: Path) -> Path:
        """An encrypted report is an age file: report.pdf becomes report.pdf.age."""
        return path if path.name.lower().endswith(SEALED_SUFFIX) else Path(f"{path}{SEALED_SUFFIX}")

    def save_to(self, path: Path) -> BackgroundTask | None:
        """Gather the report now, draw and write it on a worker thread."""
        if self.task is not None:
            return None
        try:
            seal = self.seal_options.sealer() if self.identities.isChecked() else None
        except InvalidInputError as error:
            self.status.setText(user_message(error))
            return None
        if seal is not None:
            path = self._sealed_name(path)
        report = self._controller.run(
            build_case_report,
            self.case_id,
            note_ids=self.chosen_note_ids(),
            with_identities=self.identities.isChecked(),
        )
        if report is None:
            return None
        task = self.progress.start(
            lambda progress, cancel: write_case_report(
                report, path, progress=progress, cancel=cancel, seal=seal
            )
        )
        task.finished.connect(lambda _size: self._on_written(report, path))
        self.task = task
        self._set_busy(busy=True)
        self.status.setText(self.tr("Writing the report…"))
        return task

    def _set_busy(self, *, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.notes.setEnabled(not busy and self.notes.count() > 0)
        self.identities.setEnabled(not busy)
        self.seal_options.setEnabled(not busy)

    def _on_written(self, report: CaseReport, path: Path) -> None:
        self.task = None
        self._set_busy(busy=False)
        if self._controller.is_unlocked:
            self._controller.run(record_report_written, report)
        self.written = path
        self.status.setText(self.tr("Saved to {0}").format(path))

    def _on_failed(self, error: object) -> None:
        self.task = None
        self._set_busy(busy=False)
        if isinstance(error, CancelledError):
            self.status.setText(self.tr("Cancelled. No file was written."))
        elif isinstance(error, OSError):
            self.status.setText(
                self.tr("Could not write the report: {0}").format(os_error_text(error))
            )
        else:
            self.status.setText(user_message(error))

    def reject(self) -> None:
        self.progress.cancel()  # Escape, Close or locking while writing: stop, write nothing
        super().reject()

    def _on_locking(self) -> None:
        self.reject()


def show_case_report_dialog(
    parent: QWidget, controller: VaultController, case_id: uuid.UUID
) -> CaseReportDialog:
    """Open the report dialog for a case (window-modal); it deletes itself when closed."""
    dialog = CaseReportDialog(controller, case_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
