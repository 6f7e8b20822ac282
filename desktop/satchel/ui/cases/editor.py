"""One case: its fields (saved as you type), people, notes, checklists and attachments."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from satchel.services.core.tags import parse_tags
from satchel.services.notebook.cases import (
    CASE_STATUSES,
    MAX_TITLE,
    PRIORITIES,
    delete_case,
    get_case,
    update_case,
)
from satchel.services.notebook.views import CaseDetail
from satchel.ui.attachments.panel import AttachmentsPanel
from satchel.ui.base.record_editor import (
    RecordEditor,
    choice_box,
    fields_form,
    make_headline,
    text_box,
)
from satchel.ui.base.text.labels import priority_label, status_label
from satchel.ui.base.widgets.date_field import DateField
from satchel.ui.cases.checklists_panel import CaseChecklistsPanel
from satchel.ui.cases.notes_timeline import CaseNotesTimeline
from satchel.ui.cases.people_panel import CasePeoplePanel
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import Change, VaultController


def _same_tags(left: list[str] | tuple[str, ...], right: list[str] | tuple[str, ...]) -> bool:
    return sorted(t.casefold() for t in left) == sorted(t.casefold() for t in right)


class CaseEditor(RecordEditor):
    kind = Change.CASE
    required_field = "title"
    parts_change_on = frozenset({Change.PERSON, Change.NOTE, Change.CHECKLIST})

    def __init__(
        self,
        controller: VaultController,
        host: EditorHost,
        item_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, host, item_id, parent)
        self.setObjectName("caseEditor")
        self._open(self.tr("This case is no longer in the vault."))

    # building ------------------------------------------------------------------------------
    def _make_fields(self) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("caseTitle")
        self.title.setMaxLength(MAX_TITLE)
        self.title.setPlaceholderText(self.tr("Case title"))
        self.title.setAccessibleName(self.tr("Case title"))
        make_headline(self.title)
        self.status = choice_box(self.tr("Status"), CASE_STATUSES, status_label)
        self.priority = choice_box(self.tr("Priority"), PRIORITIES, priority_label)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. visa, urgent"))
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.next_action = QLineEdit()
        self.next_action.setMaxLength(MAX_TITLE)
        self.next_action.setPlaceholderText(self.tr("What has to happen next?"))
        self.next_action.setAccessibleName(self.tr("Next action"))
        self.due = DateField(self.tr("Due date"))
        self.due.line.setPlaceholderText(self.tr("Due date"))
        self.summary = text_box(self.tr("Summary"))
        self.summary.setPlaceholderText(self.tr("What is this case about?"))

    def _fields_form(self) -> QFormLayout:
        # Status and priority each on a row of their own: side by side they make the
        # editor wider than its pane in Russian and German.
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_action, 1)
        next_row.addWidget(self.due)
        return fields_form(
            (
                (self.tr("Status"), self.status),
                (self.tr("Priority"), self.priority),
                (self.tr("Tags"), self.tags),
                (self.tr("Next action"), next_row),
                (self.tr("Summary"), self.summary),
            )
        )

    # The PDF and age code load with their dialogs, on first use, not when the window starts.
    def show_report_dialog(self) -> None:
        from satchel.ui.reports.dialog import show_case_report_dialog  # noqa: PLC0415

        show_case_report_dialog(self, self._controller, self.item_id)

    def show_export_dialog(self) -> None:
        from satchel.ui.sharing.export_dialog import show_export_dialog  # noqa: PLC0415

        show_export_dialog(self, self._controller, self.item_id)

    def _read(self) -> CaseDetail | None:
        detail: CaseDetail | None = self._controller.run(get_case, self.item_id)
        return detail

    def _build(self, _detail: CaseDetail) -> QWidget:
        self._make_fields()
        form = self._fields_form()
        self.people = CasePeoplePanel(self._controller, self._host, self.item_id)
        self.notes = CaseNotesTimeline(self._controller, self._host, self.item_id)
        self.checklists = CaseChecklistsPanel(self._controller, self.item_id)
        self.attachments = AttachmentsPanel(self._controller, case_id=self.item_id)
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.setAccessibleName(self.tr("Make a PDF report of this case"))
        self.report_button.clicked.connect(self.show_report_dialog)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export this case for a colleague"))
        self.export_button.clicked.connect(self.show_export_dialog)
        # Two rows: four buttons side by side are wider than the pane in German.
        share_row = QHBoxLayout()
        share_row.addWidget(self.report_button)
        share_row.addWidget(self.export_button)
        share_row.addStretch(1)
        delete_row = self._delete_row(self.tr("Delete case…"), self.tr("Delete this case"))

        page, layout = self._page()
        layout.addWidget(self.title)
        layout.addLayout(form)
        for heading, panel in (
            (self.tr("People"), self.people),
            (self.tr("Notes"), self.notes),
            (self.tr("Checklists"), self.checklists),
            (self.tr("Attachments"), self.attachments),
        ):
            label = QLabel(heading)
            label.setProperty("role", "heading")
            layout.addSpacing(8)
            layout.addWidget(label)
            layout.addWidget(panel)
        layout.addSpacing(16)
        layout.addLayout(share_row)
        layout.addLayout(delete_row)
        layout.addStretch(1)
        return page

    def _connect_edits(self) -> None:
        for edit in (self.title, self.tags, self.next_action):
            edit.textEdited.connect(self._edited)
        self.summary.textChanged.connect(self._edited)
        self.status.currentIndexChanged.connect(self._edited)
        self.priority.currentIndexChanged.connect(self._edited)
        self.due.date_changed.connect(self._edited)

    def _first_field(self) -> QLineEdit:
        return self.title

    # showing -------------------------------------------------------------------------------
    def _fill(self, detail: CaseDetail) -> None:
        self.title.setText(detail.title)
        self.status.setCurrentIndex(max(0, self.status.findData(detail.status)))
        self.priority.setCurrentIndex(max(0, self.priority.findData(detail.priority)))
        self.tags.setText(", ".join(detail.tags))
        self.next_action.setText(detail.next_action)
        self.due.set_value(detail.due_date)
        self.summary.setPlainText(detail.summary)

    def _show_parts(self, detail: CaseDetail) -> None:
        self.people.set_members(detail.people)
        self.notes.set_notes(detail.notes)
        self.checklists.set_checklists(detail.checklists)

    # saving --------------------------------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "status": self.status.currentData(),
            "priority": self.priority.currentData(),
            "tags": list(parse_tags(self.tags.text())),
            "next_action": self.next_action.text().strip(),
            "due_date": self.due.current(),
            "summary": self.summary.toPlainText(),
        }

    def pending_changes(self) -> dict[str, Any]:
        current = self._values()
        changes = {
            name: value
            for name, value in current.items()
            if name != "tags" and value != self._saved.get(name)
        }
        if not _same_tags(current["tags"], self._saved.get("tags", [])):
            changes["tags"] = current["tags"]
        return changes

    def _store(self, changes: dict[str, Any]) -> None:
        self._controller.read(update_case, self.item_id, **changes)

    def _required_message(self) -> str:
        return self.tr("A case needs a title; the old one is kept for now.")

    # deleting ------------------------------------------------------------------------------
    def _delete_question(self) -> tuple[str, str, str]:
        text = self.tr(
            "Delete this case with its notes, checklists and attachments? "
            "The people in it stay in the vault."
        )
        return self.tr("Delete case"), text, self.tr("Delete case")

    def _deleted_message(self) -> str:
        return self.tr("Case deleted")

    def _remove(self, *, keep: bool) -> bool:
        return self._controller.apply(Change.CASE, delete_case, self.item_id, keep=keep)
