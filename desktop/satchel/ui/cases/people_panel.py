"""The people in a case, each with their role in it: open, change the role, unlink, link more."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from satchel.services.notebook.people import MAX_PSEUDONYM, link_person, unlink_person
from satchel.services.notebook.views import MemberView
from satchel.ui.base.text.labels import role_label
from satchel.ui.base.widgets.editor_part import empty_hint, lay_out_part, part_button
from satchel.ui.base.widgets.inline_entry import tab_before
from satchel.ui.cases.link_person_dialog import LinkPersonDialog
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import Change, VaultController


class CasePeoplePanel(QWidget):
    def __init__(
        self,
        controller: VaultController,
        host: EditorHost,
        case_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._host = host
        self.case_id = case_id
        self.members: tuple[MemberView, ...] = ()
        self.dialog: LinkPersonDialog | None = None
        self._role_edits: list[QLineEdit] = []

        self._rows = QWidget()
        self._grid = QGridLayout(self._rows)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setColumnStretch(2, 1)
        self.empty_label = empty_hint(self.tr("Nobody is linked to this case yet."))
        self.link_button = part_button(
            self.tr("Link person…"), "person", self.tr("Link a person to this case")
        )
        lay_out_part(self, self._rows, self.empty_label, self.link_button)
        self.link_button.clicked.connect(self.open_link_dialog)

    def set_members(self, members: tuple[MemberView, ...]) -> None:
        same_people = [(m.person_id, m.pseudonym, m.role) for m in members] == [
            (m.person_id, m.pseudonym, m.role) for m in self.members
        ]
        self.members = members
        if same_people and self._role_edits:
            # Only roles in the case changed: update in place, keep the focus where it is.
            for member, edit in zip(members, self._role_edits, strict=True):
                if not edit.hasFocus():
                    edit.setText(member.role_in_case)
            return
        self._role_edits = []
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        row_widgets: list[QWidget] = []
        for row, member in enumerate(members):
            row_widgets += self._add_row(row, member)
        tab_before(row_widgets, self.link_button)
        self._rows.setVisible(bool(members))
        self.empty_label.setVisible(not members)

    def _add_row(self, row: int, member: MemberView) -> list[QWidget]:
        name = QPushButton(member.pseudonym)
        name.setProperty("role", "link")
        name.setAccessibleName(self.tr("Open {0}").format(member.pseudonym))
        name.clicked.connect(lambda: self._host.open_item("person", member.person_id))
        kind = QLabel(role_label(member.role))
        kind.setProperty("role", "hint")
        role = QLineEdit(member.role_in_case)
        role.setMaxLength(MAX_PSEUDONYM)
        role.setPlaceholderText(self.tr("Role in this case"))
        role.setAccessibleName(self.tr("Role of {0} in this case").format(member.pseudonym))
        self._role_edits.append(role)
        role.editingFinished.connect(lambda: self._set_role(role))
        unlink = QPushButton(self.tr("Unlink"))
        unlink.setAccessibleName(self.tr("Unlink {0} from this case").format(member.pseudonym))
        unlink.clicked.connect(lambda: self.unlink(member.person_id))
        self._grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignLeft)
        self._grid.addWidget(kind, row, 1)
        self._grid.addWidget(role, row, 2)
        self._grid.addWidget(unlink, row, 3)
        return [name, role, unlink]

    def _set_role(self, edit: QLineEdit) -> None:
        if not self._controller.is_unlocked or edit not in self._role_edits:
            return
        member, text = self.members[self._role_edits.index(edit)], edit.text()
        if text.strip() != member.role_in_case:
            self._controller.change(
                Change.PERSON, link_person, self.case_id, member.person_id, text
            )

    def unlink(self, person_id: uuid.UUID) -> None:
        """Unlink at once, and offer Undo: it links them again with the same role text."""
        member = next((m for m in self.members if m.person_id == person_id), None)
        if not self._controller.apply(Change.PERSON, unlink_person, self.case_id, person_id):
            return
        if member is None:
            return
        controller, case_id, role = self._controller, self.case_id, member.role_in_case
        controller.offer_undo(
            self.tr("{0} unlinked from this case").format(member.pseudonym),
            lambda: controller.apply(Change.PERSON, link_person, case_id, person_id, role),
        )

    def open_link_dialog(self) -> LinkPersonDialog:
        already = {member.person_id for member in self.members}
        dialog = LinkPersonDialog(self._controller, self.case_id, already, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None
