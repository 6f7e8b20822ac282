"""A case's checklists: each a collapsible block with its progress, and "Add checklist…"."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from satchel.services.checklists.case_checklists import add_checklist, delete_checklist
from satchel.services.notebook.views import ChecklistView
from satchel.services.templates.shipped import LANGUAGES, Template, list_templates
from satchel.ui.base.icons import icon
from satchel.ui.base.text.messages import user_message
from satchel.ui.base.widgets.collapsible import Collapsible
from satchel.ui.base.widgets.editor_part import empty_hint, lay_out_part, part_button
from satchel.ui.checklists.panel import ChecklistPanel
from satchel.ui.checklists.review_notice import menu_suffix, review_text
from satchel.ui.shell.vault_controller import Change, VaultController


def template_language() -> str:
    language = QLocale().name().split("_")[0]
    return language if language in LANGUAGES else "en"


class ChecklistBlock(Collapsible):
    """Header: title and progress; body: the checklist itself, built when first opened."""

    def __init__(
        self,
        controller: VaultController,
        checklist: ChecklistView,
        parent: QWidget | None = None,
        *,
        expanded: bool = False,
    ) -> None:
        super().__init__(checklist.title, parent, expanded=False)
        self._controller = controller
        self.checklist_id = checklist.id
        self.panel: ChecklistPanel | None = None
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(120)
        self.progress_label = QLabel()
        self.progress_label.setProperty("role", "hint")
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove…"))
        self.remove_button.setAccessibleName(
            self.tr("Remove the checklist {0}").format(checklist.title)
        )
        self.remove_button.clicked.connect(self.confirm_remove)
        self.sub_header.addWidget(self.progress)
        self.sub_header.addWidget(self.progress_label)
        self.sub_header.addStretch(1)
        self.sub_header.addWidget(self.remove_button)
        self.toggled.connect(self._on_expanded)
        self.show_view(checklist)
        self.set_expanded(expanded)

    def show_view(self, checklist: ChecklistView) -> None:
        self.set_title(checklist.title)
        self.show_progress(*checklist.progress)

    def show_progress(self, done: int, counted: int) -> None:
        self.progress.setRange(0, max(counted, 1))
        self.progress.setValue(done if counted else 0)
        text = (
            self.tr("{0} of {1} done").format(done, counted)
            if counted
            else self.tr("Nothing needed")
        )
        self.progress_label.setText(text)
        self.progress.setAccessibleName(self.tr("Progress of {0}").format(self.title()))
        self.progress.setAccessibleDescription(text)

    def _on_expanded(self, expanded: bool) -> None:
        if expanded and self.panel is None:
            self.panel = ChecklistPanel(self._controller, self.checklist_id)
            # The header above already shows the title, the progress and "Remove…".
            for name in ("title", "progress", "remove_button"):
                widget = getattr(self.panel, name, None)
                if isinstance(widget, QWidget):
                    widget.hide()
            self.panel.progress_changed.connect(self.show_progress)
            self.body_layout.addWidget(self.panel)

    def confirm_remove(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove checklist"),
            self.tr("Remove the checklist “{0}” and everything noted in it?").format(self.title()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._controller.change(Change.CHECKLIST, delete_checklist, self.checklist_id)


class CaseChecklistsPanel(QWidget):
    def __init__(
        self, controller: VaultController, case_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.case_id = case_id
        self.blocks: list[ChecklistBlock] = []
        self._expand_next: uuid.UUID | None = None
        self._blocks_layout = QVBoxLayout()
        self._blocks_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = empty_hint(self.tr("No checklists yet. Add one from a template."))
        self.add_button = part_button(
            self.tr("Add checklist…"), "checklist", self.tr("Add a checklist from a template")
        )
        self.menu = QMenu(self)
        self.menu.setToolTipsVisible(True)
        self.add_button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill_menu)
        lay_out_part(self, self._blocks_layout, self.empty_label, self.add_button)

    def set_checklists(self, checklists: tuple[ChecklistView, ...]) -> None:
        if [c.id for c in checklists] == [b.checklist_id for b in self.blocks]:
            for block, checklist in zip(self.blocks, checklists, strict=True):
                block.show_view(checklist)
        else:
            for block in self.blocks:
                self._blocks_layout.removeWidget(block)
                block.deleteLater()
            self.blocks = []
            for checklist in checklists:
                expanded = checklist.id == self._expand_next or len(checklists) == 1
                block = ChecklistBlock(self._controller, checklist, expanded=expanded)
                self._blocks_layout.addWidget(block)
                self.blocks.append(block)
            self._expand_next = None
        self.empty_label.setVisible(not checklists)

    def _fill_menu(self) -> None:
        self.menu.clear()
        templates: list[Template] = []
        try:
            templates = self._controller.read(list_templates, template_language())
        except Exception as error:  # a broken template file must not break the editor
            self._controller.failed.emit(user_message(error))
        if not templates:
            self.menu.addAction(self.tr("No templates available")).setEnabled(False)
        for template in templates:
            suffix = menu_suffix(template.reviewed_on, template.stale)
            action = self.menu.addAction(f"{template.title} {suffix}")
            if template.stale:
                action.setIcon(icon("warning"))
            review = review_text(template.reviewed_on, template.stale)
            action.setToolTip(f"{template.description}\n\n{review}")
            action.triggered.connect(lambda _=False, key=template.key: self.add(key))

    def add(self, template_key: str) -> uuid.UUID | None:
        checklist_id = self._controller.change(
            Change.CHECKLIST, add_checklist, self.case_id, template_key, lang=template_language()
        )
        if checklist_id is not None:
            block = next((b for b in self.blocks if b.checklist_id == checklist_id), None)
            if block is None:
                self._expand_next = checklist_id  # shown at the next reload
            else:
                block.set_expanded(True)
        return checklist_id
