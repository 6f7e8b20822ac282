"""Link a person to a case: pick someone by pseudonym, or add someone new, with their role.

One role field serves both: free text ("sister, holds the originals") or one of the
people roles offered in its list; a new person takes the role picked there (Family,
Lawyer …), or Other for free text, so the dialog never asks for a role twice.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.services.core.search import search
from satchel.services.notebook.people import (
    MAX_PSEUDONYM,
    ROLES,
    create_person,
    link_person,
    list_people,
)
from satchel.ui.base.text.labels import role_label
from satchel.ui.people.pseudonym_field import PseudonymField
from satchel.ui.shell.vault_controller import Change, VaultController

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN = 50


class LinkPersonDialog(QDialog):
    """Does the linking itself on accept; `linked_id` is the person linked (or created)."""

    def __init__(
        self,
        controller: VaultController,
        case_id: uuid.UUID,
        already: set[uuid.UUID],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link a person"))
        self.setModal(True)
        self._controller = controller
        self.case_id = case_id
        self._already = already
        self.linked_id: uuid.UUID | None = None
        self._build()
        self.find_edit.textChanged.connect(self._fill)
        self.results.currentItemChanged.connect(self._update_button)
        self.results.itemActivated.connect(lambda *_: self.accept())
        self.new_pseudonym.edit.textChanged.connect(self._on_new_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill("")
        self.resize(540, 560)

    def _build(self) -> None:
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find by pseudonym"))
        self.find_edit.setAccessibleName(self.tr("Find a person by pseudonym"))
        self.find_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("People"))
        self.results.setMinimumHeight(160)
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        self._row_height = self.results.fontMetrics().height() + 10
        self.role_in_case = QComboBox()
        self.role_in_case.setEditable(True)
        self.role_line = QLineEdit()
        self.role_line.setMaxLength(MAX_PSEUDONYM)
        self.role_line.setPlaceholderText(self.tr("e.g. applicant, sponsor, lawyer"))
        self.role_in_case.setLineEdit(self.role_line)
        self.role_in_case.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for role in ROLES:
            self.role_in_case.addItem(role_label(role), role)
        self.role_in_case.setCurrentIndex(-1)
        self.role_line.clear()
        self.role_in_case.setAccessibleName(self.tr("Role in this case"))

        new_heading = QLabel(self.tr("Or add someone new"))
        new_heading.setProperty("role", "subheading")
        self.new_pseudonym = PseudonymField(self._controller)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.link_button = QPushButton(self.tr("Link"))
        self.link_button.setAccessibleName(self.tr("Link the person to this case"))
        self.link_button.setDefault(True)
        self.buttons.addButton(self.link_button, QDialogButtonBox.ButtonRole.AcceptRole)

        form = QFormLayout()
        form.addRow(self.tr("Role in this case"), self.role_in_case)
        new_form = QFormLayout()
        new_form.addRow(self.tr("Pseudonym"), self.new_pseudonym)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find_edit)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(new_heading)
        layout.addLayout(new_form)
        layout.addWidget(self.buttons)

    # choosing ----------------------------------------------------------------------------
    def _fill(self, text: str) -> None:
        self.results.clear()
        if text.strip():
            hits = self._controller.run(
                search, text, limit=SHOWN, kinds=("person",), marks=("", "")
            )
            people = [(hit.id, hit.title, "") for hit in hits or []]
        else:
            rows = self._controller.run(list_people, limit=SHOWN) or []
            people = [(row.id, row.pseudonym, row.role) for row in rows]
        for person_id, pseudonym, role in people:
            if person_id in self._already:
                continue
            label = f"{pseudonym} · {role_label(role)}" if role else pseudonym
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, person_id)
            item.setSizeHint(QSize(0, self._row_height))
            self.results.addItem(item)
        self._update_button()

    def _on_new_text(self, text: str) -> None:
        if text.strip():
            self.results.setCurrentRow(-1)
            self.results.clearSelection()
        self._update_button()

    def _update_button(self, *_: object) -> None:
        chosen = self.chosen_id()
        new = self.new_pseudonym.text().strip()
        if chosen is not None:
            self.link_button.setText(self.tr("Link"))
        elif new:
            self.link_button.setText(self.tr("Add and link"))
        self.link_button.setEnabled(chosen is not None or bool(new))

    def role_text(self) -> str:
        return self.role_in_case.currentText().strip()

    def new_person_role(self) -> str:
        """The people role the role field names (picked or typed as its label), else other."""
        typed = self.role_text().casefold()
        for role in ROLES:
            if typed in {role, role_label(role).casefold()}:
                return role
        return "other"

    def chosen_id(self) -> uuid.UUID | None:
        item = self.results.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(ID_ROLE)
        return value if isinstance(value, uuid.UUID) else None

    # doing ---------------------------------------------------------------------------------
    def accept(self) -> None:
        chosen = self.chosen_id()
        role_in_case = self.role_text()
        if chosen is not None:
            self._controller.change(Change.PERSON, link_person, self.case_id, chosen, role_in_case)
            self.linked_id = chosen
        else:
            pseudonym = self.new_pseudonym.text().strip()
            if not pseudonym:
                return
            self.linked_id = self._controller.change(
                Change.PERSON,
                create_person,
                pseudonym=pseudonym,
                role=self.new_person_role(),
                case_id=self.case_id,
                role_in_case=role_in_case,
            )
            if self.linked_id is None:
                return  # the controller told the user why (a taken pseudonym, say)
        super().accept()
