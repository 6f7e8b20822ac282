"""The People list: pseudonyms only, filtered by role, paged lazily; Ctrl+N adds a person."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.services.notebook.people import ROLES, create_person
from satchel.ui.base.list_section import RecordListSection
from satchel.ui.base.text.keys import key_text
from satchel.ui.base.text.labels import role_label
from satchel.ui.base.widgets.inline_entry import EscapeLineEdit
from satchel.ui.people.editor import PersonEditor
from satchel.ui.people.list_model import ID_ROLE, PersonListModel
from satchel.ui.people.pseudonym_field import PseudonymField
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import Change, VaultController


class PeopleSection(RecordListSection):
    id_role = ID_ROLE
    make_editor = PersonEditor
    model: PersonListModel

    def __init__(
        self, controller: VaultController, host: EditorHost, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, host, PersonListModel(controller), parent)
        self.setObjectName("peopleSection")
        self.view.setObjectName("peopleTable")
        self.view.setAccessibleName(self.tr("People"))
        self.view.stretch_first_column()
        filters = self._build_filters()
        self._build_new_bar()
        self._assemble(filters, self.new_bar, counted=True)

    def _build_filters(self) -> QHBoxLayout:
        self.role_filter = QComboBox()
        self.role_filter.setAccessibleName(self.tr("Filter by role"))
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in ROLES:
            self.role_filter.addItem(role_label(role), role)
        self.role_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_role(self.role_filter.currentData())
        )
        self.new_button = QPushButton(self.tr("New person"))
        self.new_button.setToolTip(self.tr("Add a person ({0})").format(key_text("Ctrl+N")))
        self.new_button.setAccessibleName(self.tr("New person"))
        self.new_button.clicked.connect(self.new_item)
        filters = QHBoxLayout()
        filters.addWidget(self.role_filter)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        return filters

    def _build_new_bar(self) -> None:
        self.new_bar = QFrame()
        self.new_bar.setObjectName("newPersonBar")
        self.new_pseudonym = PseudonymField(self._controller, escape_cancels=True)
        self.new_entry = self.new_pseudonym.edit
        self.new_role = QComboBox()
        self.new_role.setAccessibleName(self.tr("Role of the new person"))
        for role in ROLES:
            self.new_role.addItem(role_label(role), role)
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setAccessibleName(self.tr("Create the person"))
        self.create_button.setEnabled(False)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel the new person"))
        top = QHBoxLayout()
        top.addWidget(self.new_pseudonym, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Role")))
        bottom.addWidget(self.new_role)
        bottom.addStretch(1)
        bottom.addWidget(self.create_button)
        bottom.addWidget(cancel)
        box = QVBoxLayout(self.new_bar)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addLayout(bottom)
        self.new_bar.hide()
        edit = self.new_pseudonym.edit
        edit.textChanged.connect(lambda text: self.create_button.setEnabled(bool(text.strip())))
        edit.returnPressed.connect(self._create_person)
        if isinstance(edit, EscapeLineEdit):
            edit.escaped.connect(self._cancel_new)
        self.create_button.clicked.connect(self._create_person)
        cancel.clicked.connect(self._cancel_new)

    # Section -------------------------------------------------------------------------------
    def _create_person(self) -> None:
        pseudonym = self.new_pseudonym.text().strip()
        if not pseudonym:
            return
        person_id = self._controller.change(
            Change.PERSON,
            create_person,
            pseudonym=pseudonym,
            role=str(self.new_role.currentData()),
        )
        if person_id is not None:
            self._created(person_id)

    def _clear_new(self) -> None:
        self.new_pseudonym.set_text("")

    def empty_text(self) -> str:
        if self.model.role_filter:
            return self.tr("Nobody with this role.")
        return self.tr("No people yet — press {0} to add someone by a pseudonym.").format(
            key_text("Ctrl+N")
        )

    def count_text(self, total: int) -> str:
        return self.tr("People: %n", "", total)
