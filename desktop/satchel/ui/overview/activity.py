"""Activity: what happened in the vault, newest first, in plain words, never the content.

The log holds an action, a kind, an id and which fields changed; it never holds what the
fields say, and neither does this list. Each entry names its record as the lists do (a
case's title, a person's pseudonym, never an identity). Cases, people and notes open from
here.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QWidget

from satchel.services.core import activity
from satchel.services.core.activity import ActivityView
from satchel.ui.attachments.panel import type_label
from satchel.ui.base.list_section import ListSection
from satchel.ui.base.paged_model import AnyIndex, PagedTableModel
from satchel.ui.base.text.formats import format_moment
from satchel.ui.base.text.labels import field_label
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import VaultController

OPENABLE = frozenset({"case", "person", "note"})
# An import's detail: how many, and from what ("3 from csv", "12 from Markdown").
_IMPORTED = re.compile(r"(\d+) from (csv|vcard|Markdown)")
COLUMNS = ("when", "what", "record", "detail")


def event_text(action: str, kind: str) -> str:
    """'Note changed', 'Identity revealed', … in the user's language."""
    known = {
        ("created", "case"): QCoreApplication.translate("Activity", "Case created"),
        ("changed", "case"): QCoreApplication.translate("Activity", "Case changed"),
        ("deleted", "case"): QCoreApplication.translate("Activity", "Case deleted"),
        ("created", "person"): QCoreApplication.translate("Activity", "Person added"),
        ("changed", "person"): QCoreApplication.translate("Activity", "Person changed"),
        ("deleted", "person"): QCoreApplication.translate("Activity", "Person deleted"),
        ("changed", "identity"): QCoreApplication.translate("Activity", "Identity changed"),
        ("revealed", "identity"): QCoreApplication.translate("Activity", "Identity revealed"),
        ("created", "note"): QCoreApplication.translate("Activity", "Note created"),
        ("changed", "note"): QCoreApplication.translate("Activity", "Note changed"),
        ("deleted", "note"): QCoreApplication.translate("Activity", "Note deleted"),
        ("created", "checklist"): QCoreApplication.translate("Activity", "Checklist added"),
        ("deleted", "checklist"): QCoreApplication.translate("Activity", "Checklist removed"),
        ("changed", "checklist_item"): QCoreApplication.translate(
            "Activity", "Checklist item changed"
        ),
        ("created", "attachment"): QCoreApplication.translate("Activity", "File added"),
        ("deleted", "attachment"): QCoreApplication.translate("Activity", "File deleted"),
        ("changed", "settings"): QCoreApplication.translate("Activity", "Vault settings changed"),
        ("exported", "bundle"): QCoreApplication.translate("Activity", "Bundle exported"),
        ("exported", "case"): QCoreApplication.translate("Activity", "Case exported"),
        ("imported", "note"): QCoreApplication.translate("Activity", "Note imported"),
        ("imported", "person"): QCoreApplication.translate("Activity", "Person imported"),
        ("created", "checklist_template"): QCoreApplication.translate(
            "Activity", "Template created"
        ),
        ("changed", "checklist_template"): QCoreApplication.translate(
            "Activity", "Template changed"
        ),
        ("imported", "checklist_template"): QCoreApplication.translate(
            "Activity", "Template imported"
        ),
        ("exported", "checklist_template"): QCoreApplication.translate(
            "Activity", "Template exported"
        ),
    }
    fallback = QCoreApplication.translate("Activity", "{0}: {1}").format(
        kind.replace("_", " ").capitalize(), action
    )
    return known.get((action, kind), fallback)


def detail_text(kind: str, detail: str) -> str:
    """The log's detail names fields or file types; shown as words, never values."""
    if not detail or kind == "checklist":  # a template key says nothing useful
        return ""
    if kind == "attachment":
        return type_label(detail)  # a media type, e.g. image/jpeg: "JPEG image"
    imported = _IMPORTED.fullmatch(detail)
    if imported is not None:
        return _imported_text(int(imported.group(1)), imported.group(2))
    return ", ".join(field_word(part.strip()) for part in detail.split(","))


def _imported_text(count: int, source: str) -> str:
    number = QLocale().toString(count)
    if source == "Markdown":
        return QCoreApplication.translate("Activity", "{0} from Markdown files").format(number)
    kind = "vCard" if source == "vcard" else "CSV"
    return QCoreApplication.translate("Activity", "{0} from a {1} file").format(number, kind)


def field_word(name: str) -> str:
    """A field the log names ("due date", "legal_name"), in the user's language."""
    words = {
        "title": QCoreApplication.translate("Activity", "title"),
        "status": QCoreApplication.translate("Activity", "status"),
        "priority": QCoreApplication.translate("Activity", "priority"),
        "tags": QCoreApplication.translate("Activity", "tags"),
        "summary": QCoreApplication.translate("Activity", "summary"),
        "next action": QCoreApplication.translate("Activity", "next action"),
        "due date": QCoreApplication.translate("Activity", "due date"),
        "state": QCoreApplication.translate("Activity", "state"),
        "original": QCoreApplication.translate("Activity", "where the original is"),
        "note": QCoreApplication.translate("Activity", "note"),
        "notes": QCoreApplication.translate("Activity", "notes"),
        "pseudonym": QCoreApplication.translate("Activity", "pseudonym"),
        "role": QCoreApplication.translate("Activity", "role"),
        "organisation": QCoreApplication.translate("Activity", "organisation"),
        "contact": QCoreApplication.translate("Activity", "how to reach"),
        "body": QCoreApplication.translate("Activity", "text"),
    }
    if name in words:
        return words[name]
    label = field_label(name)  # identity fields: "Date of birth"
    return label if label != name else name.replace("_", " ")


class ActivityModel(PagedTableModel[ActivityView]):
    refresh_on = None  # every change is logged

    def page(self, offset: int, limit: int) -> list[ActivityView]:
        rows: list[ActivityView] = self._controller.read(
            activity.list_activity, limit=limit, offset=offset
        )
        return rows

    def header_titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Activity", "When"),
            QCoreApplication.translate("Activity", "What"),
            QCoreApplication.translate("Activity", "Record"),
            QCoreApplication.translate("Activity", "Fields"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        in_range = index.isValid() and 0 <= index.row() < len(self._rows)
        event = self.slot(index.row()) if in_range else None
        if event is None:
            return None
        if role in {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole}:
            return _cell_text(COLUMNS[index.column()], event)
        if role == Qt.ItemDataRole.UserRole:
            return event
        return None


def _cell_text(column: str, event: Any) -> str:
    if column == "when":
        return format_moment(event.at)
    if column == "what":
        return event_text(event.action, event.kind)
    if column == "record":
        return str(event.record)
    return detail_text(event.kind, event.detail)


class ActivitySection(ListSection):
    reload_while_hidden = False

    def __init__(
        self, controller: VaultController, host: EditorHost, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, host, ActivityModel(controller), parent)
        self.setObjectName("activitySection")
        self.view.setObjectName("activityTable")
        self.view.setAccessibleName(self.tr("Activity"))
        self.view.stretch_columns((COLUMNS.index("record"),), drop_order=())  # names first
        hint = QLabel(
            self.tr("What was done in this vault, newest first. Content is never logged.")
        )
        hint.setObjectName("sectionHint")
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.view.activated.connect(self.open_index)
        self._assemble(hint)

    def empty_text(self) -> str:
        return self.tr("Nothing has happened in this vault yet.")

    def open_index(self, index: QModelIndex) -> None:
        """Enter on a row: open the case, person or note it is about, if it still exists."""
        event = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if (
            isinstance(event, ActivityView)
            and event.kind in OPENABLE
            and event.action != "deleted"
            and isinstance(event.ref_id, uuid.UUID)
        ):
            self._host.open_item(event.kind, event.ref_id)
