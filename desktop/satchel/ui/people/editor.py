"""One person, known by a pseudonym: details saved as you type, their cases, their identity."""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from satchel.services.notebook.people import (
    MAX_PSEUDONYM,
    ROLES,
    delete_person,
    get_person,
    update_person,
)
from satchel.services.notebook.views import PersonDetail
from satchel.ui.base.record_editor import (
    RecordEditor,
    choice_box,
    fields_form,
    make_headline,
    text_box,
)
from satchel.ui.base.text.labels import role_label
from satchel.ui.base.widgets.inline_entry import tab_before
from satchel.ui.people.identity_panel import IdentityPanel
from satchel.ui.people.pseudonym_field import PseudonymField
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import Change, VaultController


class PersonEditor(RecordEditor):
    kind = Change.PERSON
    required_field = "pseudonym"
    parts_change_on = frozenset({Change.CASE, Change.PERSON})

    def __init__(
        self,
        controller: VaultController,
        host: EditorHost,
        item_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, host, item_id, parent)
        self.setObjectName("personEditor")
        self._open(self.tr("This person is no longer in the vault."))

    def _read(self) -> PersonDetail | None:
        detail: PersonDetail | None = self._controller.run(get_person, self.item_id)
        return detail

    def _connect_edits(self) -> None:
        for edit in (self.pseudonym.edit, self.organisation, self.contact):
            edit.textEdited.connect(self._edited)
        self.pseudonym.generated.connect(self._edited)
        self.role.currentIndexChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)

    # building ------------------------------------------------------------------------------
    def _fields_form(self) -> QFormLayout:
        self.pseudonym = PseudonymField(self._controller)
        make_headline(self.pseudonym.edit)
        self.role = choice_box(self.tr("Role"), ROLES, role_label)
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(MAX_PSEUDONYM * 2)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.contact = QLineEdit()
        self.contact.setMaxLength(MAX_PSEUDONYM * 5)
        self.contact.setPlaceholderText(self.tr("e.g. through the shelter's caseworker"))
        self.contact.setAccessibleName(self.tr("Safe way to reach them"))
        self.notes = text_box(self.tr("Notes"))
        return fields_form(
            (
                (self.tr("Role"), self.role),
                (self.tr("Organisation"), self.organisation),
                (self.tr("Safe way to reach"), self.contact),
                (self.tr("Notes"), self.notes),
            )
        )

    def _build(self, detail: PersonDetail) -> QWidget:
        form = self._fields_form()
        self.cases_box = QVBoxLayout()
        self.cases_box.setSpacing(2)
        self.identity = IdentityPanel(self._controller, self.item_id, detail.identity_fields_set)
        delete_row = self._delete_row(self.tr("Delete person…"), self.tr("Delete this person"))

        pseudonym_label = QLabel(self.tr("Pseudonym"))
        pseudonym_label.setProperty("role", "hint")
        pseudonym_label.setBuddy(self.pseudonym.edit)
        cases_heading = QLabel(self.tr("Cases"))
        cases_heading.setProperty("role", "heading")
        page, layout = self._page()
        layout.addWidget(pseudonym_label)
        layout.addWidget(self.pseudonym)
        layout.addLayout(form)
        layout.addSpacing(8)
        card = QFrame()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(12, 8, 12, 8)
        card_layout.addWidget(self.identity)
        layout.addWidget(card)
        layout.addSpacing(8)
        layout.addWidget(cases_heading)
        layout.addLayout(self.cases_box)
        layout.addSpacing(16)
        layout.addLayout(delete_row)
        layout.addStretch(1)
        return page

    def _first_field(self) -> QLineEdit:
        return self.pseudonym.edit

    # showing -------------------------------------------------------------------------------
    def _fill(self, detail: PersonDetail) -> None:
        self.pseudonym.set_text(detail.pseudonym)
        self.role.setCurrentIndex(max(0, self.role.findData(detail.role)))
        self.organisation.setText(detail.organisation)
        self.contact.setText(detail.contact_method)
        self.notes.setPlainText(detail.notes)

    def _show_parts(self, detail: PersonDetail) -> None:
        """The cases this person is in, as links."""
        while self.cases_box.count():
            item = self.cases_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not detail.cases:
            none = QLabel(self.tr("Not in any case yet. Link them from a case."))
            none.setProperty("role", "hint")
            self.cases_box.addWidget(none)
        links: list[QWidget] = []
        for case_id, title, role_in_case in detail.cases:
            text = f"{title} — {role_in_case}" if role_in_case else title
            link = QLabel(f'<a href="{case_id}">{html.escape(text)}</a>')
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setWordWrap(True)
            link.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            link.setAccessibleName(self.tr("Open case {0}").format(title))
            link.linkActivated.connect(self._open_case)
            self.cases_box.addWidget(link)
            links.append(link)
        tab_before(links, self.delete_button)

    def _open_case(self, href: str) -> None:
        try:
            case_id = uuid.UUID(href)
        except ValueError:
            return
        self._host.open_item("case", case_id)

    # saving --------------------------------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        return {
            "pseudonym": self.pseudonym.text().strip(),
            "role": self.role.currentData(),
            "organisation": self.organisation.text().strip(),
            "contact_method": self.contact.text().strip(),
            "notes": self.notes.toPlainText(),
        }

    def _store(self, changes: dict[str, Any]) -> None:
        self._controller.read(update_person, self.item_id, **changes)

    def _required_message(self) -> str:
        return self.tr("A person needs a pseudonym; the old one is kept for now.")

    def _before_lock(self) -> None:
        self.save()
        if not self._deleted:
            self.identity.hide_values()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._deleted:
            self.identity.hide_values()
        super().closeEvent(event)

    # deleting ------------------------------------------------------------------------------
    def _delete_question(self) -> tuple[str, str, str]:
        text = self.tr(
            "Delete this person, their identity details and the notes kept on them? "
            "Their cases stay."
        )
        return self.tr("Delete person"), text, self.tr("Delete person")

    def _deleted_message(self) -> str:
        return self.tr("Person deleted")

    def _before_delete(self) -> None:
        self.identity.hide_values()

    def _remove(self, *, keep: bool) -> bool:
        return self._controller.apply(Change.PERSON, delete_person, self.item_id, keep=keep)
