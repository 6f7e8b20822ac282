"""The people list as a lazy Qt model: pseudonym, role and organisation, a page at a time.

Identity values never reach this model: the services hand out pseudonyms only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from satchel.services.notebook.people import count_people, list_people
from satchel.services.notebook.views import PersonSummary
from satchel.ui.base.paged_model import PAGE_SIZE, PagedTableModel
from satchel.ui.base.text.labels import role_label
from satchel.ui.shell.vault_controller import Change, VaultController

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("pseudonym", "role", "organisation")


class PersonListModel(PagedTableModel[PersonSummary]):
    refresh_on = frozenset({Change.PERSON})

    def __init__(self, controller: VaultController, page_size: int = PAGE_SIZE) -> None:
        super().__init__(controller, page_size)
        self._role: str | None = None

    @property
    def role_filter(self) -> str | None:
        return self._role

    def set_role(self, role: str | None) -> None:
        if role != self._role:
            self._role = role
            self.reload(keep_loaded=False)

    def count(self) -> int:
        return int(self._controller.read(count_people, role=self._role))

    def page(self, offset: int, limit: int) -> list[PersonSummary]:
        rows: list[PersonSummary] = self._controller.read(
            list_people, role=self._role, offset=offset, limit=limit
        )
        return rows

    def header_titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("People", "Pseudonym"),
            QCoreApplication.translate("People", "Role"),
            QCoreApplication.translate("People", "Organisation"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self.slot(index.row())
        if person is None:
            return None
        if role == ID_ROLE:
            return person.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            texts = (person.pseudonym, role_label(person.role), person.organisation)
            return texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and person.tags:
            return QCoreApplication.translate("People", "Tags: {0}").format(", ".join(person.tags))
        return None
