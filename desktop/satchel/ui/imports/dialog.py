"""Import from other tools: contacts (CSV, vCard) and notes (a folder of Markdown files).

Both dialogs work the same way: pick the file or folder, look at the preview (what will be
made, what will be skipped and why), Import, then read the report. Reading and writing run
on a worker thread; the import is one transaction, so it lands whole or not at all. Contact
previews show pseudonyms and masked identities only, never the real values.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from satchel.services.imports.contacts import (
    ContactImportReport,
    ContactPlan,
    import_contacts,
    preview_contacts,
)
from satchel.services.imports.markdown_notes import (
    MarkdownImportReport,
    MarkdownPlan,
    import_markdown,
    preview_markdown,
)
from satchel.services.notebook.cases import list_cases
from satchel.services.notebook.people import ROLES
from satchel.ui.attachments.image_sanitizer import sanitize_image
from satchel.ui.base.tasks import BackgroundTask, TaskProgress, Work
from satchel.ui.base.text.due_marks import plural
from satchel.ui.base.text.labels import field_label, role_label
from satchel.ui.base.text.messages import user_message
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.base.widgets.column_widths import stretch_and_fit
from satchel.ui.imports.skip_text import place_text, reason_text
from satchel.ui.shell.vault_controller import Change, VaultController

Row = tuple[str, str, str]


def clean_image(data: bytes, filename: str) -> tuple[bytes, str]:
    """Re-encode with Qt so EXIF and GPS stay behind; raises when the image cannot be read."""
    clean = sanitize_image(data, filename)
    return clean.data, clean.filename


class _ImportDialog(QDialog):
    """Pick, preview, import, report; the two kinds fill in what differs."""

    changed_kind: Change

    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._controller = controller
        self.source: Path | None = None
        self.plan: Any = None
        self.report: Any = None
        self.task: BackgroundTask | None = None
        self._done: Callable[[Any], None] = lambda _result: None
        self._build()
        controller.locking.connect(self.reject)
        self.resize(760, 560)

    # building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.source_edit = QLineEdit()
        self.source_edit.setReadOnly(True)
        self.source_edit.setAccessibleName(self.tr("Chosen file or folder"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_edit, 1)
        source_row.addWidget(self.choose_button)
        self.options = QFormLayout()
        self.options.addRow(self.tr("From"), source_row)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        stretch_and_fit(self.table.horizontalHeader(), stretched=(2,))
        self.table.setAccessibleName(self.tr("Preview"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "hint")
        self.progress = TaskProgress(self.tr("Import progress"))
        self.progress.done.connect(self._finish)
        self.progress.failed.connect(self._failed)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.options)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.table.setHorizontalHeaderLabels(self._preview_headers())  # named before any file

    def _show_rows(self, headers: list[str], rows: list[Row]) -> None:
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    def _run(self, work: Work, done: Callable[[Any], None]) -> BackgroundTask:
        self._done = done
        self.task = self.progress.start(work)
        self._set_busy(busy=True)
        return self.task

    def _set_busy(self, *, busy: bool) -> None:
        self.choose_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self._can_import())

    def _finish(self, result: Any) -> None:
        self.task = None
        self._done(result)
        self._set_busy(busy=False)

    def _failed(self, error: object) -> None:
        self.task = None
        if self.plan is None:  # the preview failed: nothing to import
            self._show_rows(self._preview_headers(), [])
        self._set_busy(busy=False)
        self.summary.setText(user_message(error))

    def _can_import(self) -> bool:
        return self.plan is not None and self.report is None and self._planned_count() > 0

    # the flow ------------------------------------------------------------------------------
    def choose(self) -> None:
        chosen = self._ask_source()
        if chosen is not None:
            self.preview(chosen)

    def preview(self, source: Path) -> BackgroundTask | None:
        if self.task is not None:
            return None
        self.source, self.plan, self.report = source, None, None
        self.source_edit.setText(str(source))
        self.summary.setText(self.tr("Reading…"))
        self._show_rows(self._preview_headers(), [])
        return self._run(self._preview_work(source), self._show_plan)

    def _show_plan(self, plan: Any) -> None:
        self.plan = plan
        rows = self._plan_rows(plan)
        self._show_rows(self._preview_headers(), rows)
        locale = QLocale()
        planned = locale.toString(self._planned_count())
        skipped = locale.toString(len(plan.skipped))
        self.summary.setText(
            self.tr("Ready to import {0}; {1} will be skipped (reasons in the list).").format(
                planned, skipped
            )
            if self._planned_count()
            else self.tr("Nothing to import; {0} skipped (reasons in the list).").format(skipped)
        )

    def start_import(self) -> BackgroundTask | None:
        if self.task is not None or not self._can_import():
            return None
        self.summary.setText(self.tr("Importing…"))
        return self._run(self._import_work(self.plan), self._show_report)

    def _show_report(self, report: Any) -> None:
        self.report = report
        self._controller.changed.emit(self.changed_kind)
        imported, skipped = self._report_rows(report)
        headers = [self.tr("Source"), self.tr("Result"), self.tr("Details")]
        self._show_rows(headers, imported + skipped)
        self.summary.setText(
            self.tr("Imported {0}; skipped {1}.").format(
                QLocale().toString(len(imported)), QLocale().toString(len(skipped))
            )
        )
        self.close_button.setText(self.tr("Done"))

    def _skip_row(self, where: str, reason: str) -> Row:
        return (place_text(where), self.tr("Skipped"), reason_text(reason))

    # what differs ---------------------------------------------------------------------------
    def _ask_source(self) -> Path | None:
        raise NotImplementedError

    def _preview_headers(self) -> list[str]:
        raise NotImplementedError

    def _preview_work(self, source: Path) -> Work:
        raise NotImplementedError

    def _plan_rows(self, plan: Any) -> list[Row]:
        raise NotImplementedError

    def _planned_count(self) -> int:
        raise NotImplementedError

    def _import_work(self, plan: Any) -> Work:
        raise NotImplementedError

    def _report_rows(self, report: Any) -> tuple[list[Row], list[Row]]:
        raise NotImplementedError


class ContactImportDialog(_ImportDialog):
    changed_kind = Change.PERSON

    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.intro.setText(
            self.tr(
                "Contacts from a CSV export (Google, Outlook, Thunderbird) or a vCard file. "
                "Each becomes a person with a new pseudonym; names, phones, emails, addresses "
                "and the contact's notes are sealed in the identity compartment."
            )
        )
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role of the imported people"))
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData("other"))
        self.options.addRow(self.tr("Role"), self.role)

    def _ask_source(self) -> Path | None:
        path, _filter = file_dialogs.get_open_file_name(  # Qt's dialog, leaving no trace
            self,
            self.tr("Choose a contacts file"),
            str(Path.home()),
            self.tr("Contacts (*.csv *.vcf *.vcard);;All files (*)"),
        )
        return Path(path) if path else None

    def _preview_headers(self) -> list[str]:
        return [self.tr("Source"), self.tr("Pseudonym"), self.tr("Identity (masked)")]

    def _preview_work(self, source: Path) -> Work:
        vs = self._controller.session
        locale = QLocale().name()
        return lambda progress, cancel: preview_contacts(
            vs, source, locale=locale, progress=progress, cancel=cancel
        )

    def _plan_rows(self, plan: ContactPlan) -> list[Row]:
        rows: list[Row] = []
        for person in plan.people:
            parts = [f"{field_label(k)}: {v}" for k, v in person.masked().items()]
            if person.organisation:
                parts.append(person.organisation)
            rows.append((place_text(person.where), person.pseudonym, " · ".join(parts)))
        rows.extend(self._skip_row(s.where, s.reason) for s in plan.skipped)
        return rows

    def _planned_count(self) -> int:
        return len(self.plan.people) if isinstance(self.plan, ContactPlan) else 0

    def _import_work(self, plan: ContactPlan) -> Work:
        vs = self._controller.session
        role = str(self.role.currentData())
        return lambda progress, cancel: import_contacts(
            vs, plan, role=role, progress=progress, cancel=cancel
        )

    def _report_rows(self, report: ContactImportReport) -> tuple[list[Row], list[Row]]:
        imported = [
            (place_text(where), pseudonym, self.tr("Imported"))
            for where, pseudonym, _id in report.imported
        ]
        return imported, [self._skip_row(s.where, s.reason) for s in report.skipped]


class MarkdownImportDialog(_ImportDialog):
    changed_kind = Change.NOTE

    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setWindowTitle(self.tr("Import notes from Markdown"))
        self.intro.setText(
            self.tr(
                "A folder of Markdown files, as Obsidian keeps them or Joplin exports them. "
                "Titles, tags and dates come from each file's front matter; images the notes "
                "show are attached without their hidden metadata. The folder is only read."
            )
        )
        self.case = QComboBox()
        self.case.setAccessibleName(self.tr("Case for the imported notes"))
        self.case.addItem(self.tr("No case (notes on their own)"), None)
        for case in self._controller.run(list_cases, sort="title", descending=False) or []:
            self.case.addItem(case.title, str(case.id))  # a str: findData matches it
        self.options.addRow(self.tr("Into"), self.case)

    def set_case(self, case_id: uuid.UUID | None) -> None:
        self.case.setCurrentIndex(max(0, self.case.findData(str(case_id)) if case_id else 0))

    def _ask_source(self) -> Path | None:
        path = file_dialogs.get_existing_directory(  # Qt's dialog, leaving no trace
            self, self.tr("Choose a folder of Markdown files"), str(Path.home())
        )
        return Path(path) if path else None

    def _preview_headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Title"), self.tr("Tags and images")]

    def _preview_work(self, source: Path) -> Work:
        return lambda progress, cancel: preview_markdown(source, progress=progress, cancel=cancel)

    def _plan_rows(self, plan: MarkdownPlan) -> list[Row]:
        rows: list[Row] = []
        for note in plan.notes:
            details = ", ".join(f"#{tag}" for tag in note.tags)
            if note.images:
                count = len(note.images)
                images = plural(self.tr("%n image(s)", "", count), count)
                details = f"{details} · {images}" if details else images
            rows.append((note.path, note.title, details))
        rows.extend(self._skip_row(s.path, s.reason) for s in plan.skipped)
        return rows

    def _planned_count(self) -> int:
        return len(self.plan.notes) if isinstance(self.plan, MarkdownPlan) else 0

    def _import_work(self, plan: MarkdownPlan) -> Work:
        vs = self._controller.session
        chosen = self.case.currentData()
        case_id = uuid.UUID(chosen) if chosen else None
        return lambda progress, cancel: import_markdown(
            vs, plan, case_id=case_id, clean_image=clean_image, progress=progress, cancel=cancel
        )

    def _report_rows(self, report: MarkdownImportReport) -> tuple[list[Row], list[Row]]:
        imported = [(path, title, self.tr("Imported")) for path, title, _id in report.imported]
        return imported, [self._skip_row(s.path, s.reason) for s in report.skipped]


def show_contact_import_dialog(parent: QWidget, controller: VaultController) -> ContactImportDialog:
    dialog = ContactImportDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_markdown_import_dialog(
    parent: QWidget, controller: VaultController
) -> MarkdownImportDialog:
    dialog = MarkdownImportDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
