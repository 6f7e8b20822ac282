"""One case: its fields (saved as you type), people, notes, checklists and attachments."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from satchel.services.cases import (
    CASE_STATUSES,
    MAX_TITLE,
    PRIORITIES,
    delete_case,
    get_case,
    update_case,
)
from satchel.services.views import CaseDetail
from satchel.ui.attachments_panel import AttachmentsPanel
from satchel.ui.case_checklists_panel import CaseChecklistsPanel
from satchel.ui.case_list_model import priority_label, status_label
from satchel.ui.case_notes_timeline import CaseNotesTimeline
from satchel.ui.case_people_panel import CasePeoplePanel
from satchel.ui.editor_host import EditorHost
from satchel.ui.optional_date_edit import OptionalDateEdit
from satchel.ui.tasks import user_message
from satchel.ui.vault_controller import VaultController

SAVE_DELAY_MS = 800


def parse_tags(text: str) -> list[str]:
    """Comma-separated tags, trimmed, without "#", each once (ignoring case)."""
    seen: dict[str, str] = {}
    for part in text.split(","):
        tag = part.strip().lstrip("#").strip()
        if tag:
            seen.setdefault(tag.casefold(), tag)
    return list(seen.values())


def _same_tags(left: list[str] | tuple[str, ...], right: list[str] | tuple[str, ...]) -> bool:
    return sorted(t.casefold() for t in left) == sorted(t.casefold() for t in right)


class CaseEditor(QWidget):
    def __init__(
        self,
        controller: VaultController,
        host: EditorHost,
        item_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseEditor")
        self._controller = controller
        self._host = host
        self.item_id = item_id
        self._saved: dict[str, Any] = {}
        self._deleted = False
        self._loading = False
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save)

        detail = controller.run(get_case, item_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if detail is None:
            gone = QLabel(self.tr("This case is no longer in the vault."))
            gone.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(gone)
            self._deleted = True
            return
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(self._build())
        layout.addWidget(self.scroll_area)
        self._show(detail)
        self._connect_edits()
        controller.changed.connect(self._on_changed)
        controller.locking.connect(self.save)

    # building ------------------------------------------------------------------------------
    def _make_fields(self) -> None:
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.title = QLineEdit()
        self.title.setObjectName("caseTitle")
        self.title.setMaxLength(MAX_TITLE)
        self.title.setPlaceholderText(self.tr("Case title"))
        self.title.setAccessibleName(self.tr("Case title"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in CASE_STATUSES:
            self.status.addItem(status_label(status), status)
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        for priority in PRIORITIES:
            self.priority.addItem(priority_label(priority), priority)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. visa, urgent"))
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.next_action = QLineEdit()
        self.next_action.setMaxLength(MAX_TITLE)
        self.next_action.setPlaceholderText(self.tr("What has to happen next?"))
        self.next_action.setAccessibleName(self.tr("Next action"))
        self.due = OptionalDateEdit(self.tr("Due"))
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setPlaceholderText(self.tr("What is this case about?"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(72)
        self.summary.setMaximumHeight(120)

    def _fields_form(self) -> QFormLayout:
        pair = QHBoxLayout()
        pair.addWidget(self.status, 1)
        pair.addSpacing(12)
        priority_label_widget = QLabel(self.tr("Priority"))
        priority_label_widget.setBuddy(self.priority)
        pair.addWidget(priority_label_widget)
        pair.addWidget(self.priority, 1)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_action, 1)
        next_row.addWidget(self.due)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Status"), pair)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Next action"), next_row)
        form.addRow(self.tr("Summary"), self.summary)
        return form

    def _build(self) -> QWidget:
        self._make_fields()
        form = self._fields_form()
        self.people = CasePeoplePanel(self._controller, self._host, self.item_id)
        self.notes = CaseNotesTimeline(self._controller, self._host, self.item_id)
        self.checklists = CaseChecklistsPanel(self._controller, self.item_id)
        self.attachments = AttachmentsPanel(self._controller, case_id=self.item_id)
        self.delete_button = QPushButton(self.tr("Delete case…"))
        self.delete_button.setProperty("danger", True)
        self.delete_button.setAccessibleName(self.tr("Delete this case"))
        self.delete_button.clicked.connect(self.confirm_delete)
        delete_row = QHBoxLayout()
        delete_row.addStretch(1)
        delete_row.addWidget(self.delete_button)

        page = QWidget()
        page.setObjectName("editorPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(8)
        layout.addWidget(self.error_label)
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
        layout.addLayout(delete_row)
        layout.addStretch(1)
        return page

    def _connect_edits(self) -> None:
        for edit in (self.title, self.tags, self.next_action):
            edit.textEdited.connect(self._edited)
        self.summary.textChanged.connect(self._edited)
        self.status.currentIndexChanged.connect(self._edited)
        self.priority.currentIndexChanged.connect(self._edited)
        self.due.changed.connect(self._edited)

    def focus_first(self) -> None:
        if not self._deleted:
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title.selectAll()

    # showing -------------------------------------------------------------------------------
    def _show(self, detail: CaseDetail) -> None:
        self._loading = True
        try:
            self.title.setText(detail.title)
            self.status.setCurrentIndex(max(0, self.status.findData(detail.status)))
            self.priority.setCurrentIndex(max(0, self.priority.findData(detail.priority)))
            self.tags.setText(", ".join(detail.tags))
            self.next_action.setText(detail.next_action)
            self.due.set_value(detail.due_date)
            self.summary.setPlainText(detail.summary)
        finally:
            self._loading = False
        self._saved = self._values()
        self._show_parts(detail)

    def _show_parts(self, detail: CaseDetail) -> None:
        self.people.set_members(detail.people)
        self.notes.set_notes(detail.notes)
        self.checklists.set_checklists(detail.checklists)

    def _on_changed(self, kind: str) -> None:
        if self._deleted or kind not in {"person", "note", "checklist"}:
            return
        if not self._controller.is_unlocked:
            return
        detail = self._controller.run(get_case, self.item_id)
        if detail is not None:
            self._show_parts(detail)

    # saving --------------------------------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "status": self.status.currentData(),
            "priority": self.priority.currentData(),
            "tags": parse_tags(self.tags.text()),
            "next_action": self.next_action.text().strip(),
            "due_date": self.due.value(),
            "summary": self.summary.toPlainText(),
        }

    def _edited(self, *_: object) -> None:
        if not self._loading and not self._deleted:
            self.save_timer.start()

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

    def save(self) -> bool:
        """Store what changed since the last save; True when the vault holds what is shown."""
        self.save_timer.stop()
        if self._deleted or not self._controller.is_unlocked:
            return False
        changes = self.pending_changes()
        if "title" in changes and not changes["title"]:
            del changes["title"]  # a case keeps its old title until a new one is typed
            self._show_error(self.tr("A case needs a title; the old one is kept for now."))
        elif not changes:
            self.error_label.hide()
        if not changes:
            return True
        try:
            self._controller.read(update_case, self.item_id, **changes)
        except Exception as error:
            self._show_error(self.tr("Not saved: {0}").format(user_message(error)))
            return False
        self._saved.update(changes)
        if "title" in changes or self.title.text().strip():
            self.error_label.hide()
        self._controller.changed.emit("case")
        return True

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save()
        super().closeEvent(event)

    # deleting ------------------------------------------------------------------------------
    def confirm_delete(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete case"),
            self.tr(
                "Delete this case with its notes, checklists and attachments? "
                "The people in it stay in the vault. This cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete()

    def delete(self) -> None:
        self.save_timer.stop()
        self._deleted = True
        self._controller.change("case", delete_case, self.item_id)
        self._host.close_editor()
