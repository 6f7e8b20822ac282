"""What one row of the Backups dialog says: when, what kind, what it holds, how big."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from satchel.services.backups.operations import BackupEntry, Counts
from satchel.ui.base.text.due_marks import plural
from satchel.ui.base.text.formats import format_moment


def made_when(entry: BackupEntry) -> str:
    """Local time, to the minute: what a person remembers of the day."""
    created = entry.created
    if created is None:
        return QCoreApplication.translate("BackupsDialog", "unreadable")
    return format_moment(created)


def kind(entry: BackupEntry) -> str:
    reason = "" if entry.manifest is None else entry.manifest.reason
    names = {
        "manual": QCoreApplication.translate("BackupsDialog", "by hand"),
        "lock": QCoreApplication.translate("BackupsDialog", "automatic"),
        "migration": QCoreApplication.translate("BackupsDialog", "before an upgrade"),
        "before-restore": QCoreApplication.translate("BackupsDialog", "before a restore"),
    }
    return names.get(reason, reason)


def holds(entry: BackupEntry) -> str:
    if entry.problem is not None:
        return QCoreApplication.translate("BackupsDialog", "damaged: cannot be used")
    if entry.same_vault is False:
        return QCoreApplication.translate("BackupsDialog", "a backup of another vault")
    counts = entry.counts
    if counts is None:
        return ""
    return BackupCounts().describe(counts)


class BackupCounts(QObject):
    """Counts with their plural forms (three in Russian and Ukrainian) from the catalogue."""

    def describe(self, counts: Counts) -> str:
        parts = [
            plural(self.tr("%n case(s)", "", counts.cases), counts.cases),
            plural(self.tr("%n person(s)", "", counts.people), counts.people),
            plural(self.tr("%n note(s)", "", counts.notes), counts.notes),
            plural(self.tr("%n checklist(s)", "", counts.checklists), counts.checklists),
            plural(self.tr("%n file(s)", "", counts.attachments), counts.attachments),
        ]
        return ", ".join(parts)


def file_size(size: int) -> str:
    """In the language's own units and decimal sign ("2,4 МБ")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
