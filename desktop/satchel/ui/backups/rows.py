"""What one row of the Backups dialog says: when, what kind, what it holds, how big."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from satchel.services.backups.operations import BackupEntry
from satchel.ui.base.due_marks import plural


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsDialog", text)


def made_when(entry: BackupEntry) -> str:
    """Local time, to the minute: what a person remembers of the day."""
    created = entry.created
    if created is None:
        return _tr("unreadable")
    return created.astimezone().strftime("%Y-%m-%d %H:%M")


def kind(entry: BackupEntry) -> str:
    reason = "" if entry.manifest is None else entry.manifest.reason
    names = {
        "manual": _tr("by hand"),
        "lock": _tr("automatic"),
        "migration": _tr("before an upgrade"),
        "before-restore": _tr("before a restore"),
    }
    return names.get(reason, reason)


def holds(entry: BackupEntry) -> str:
    if entry.problem is not None:
        return _tr("damaged: cannot be used")
    if entry.same_vault is False:
        return _tr("a backup of another vault")
    counts = entry.counts
    if counts is None:
        return ""
    parts = [
        (counts.cases, "%n case(s)"),
        (counts.people, "%n person" if counts.people == 1 else "%n people"),
        (counts.notes, "%n note(s)"),
        (counts.checklists, "%n checklist(s)"),
        (counts.attachments, "%n file(s)"),
    ]
    return ", ".join(
        plural(QCoreApplication.translate("BackupsDialog", text, "", n), n) for n, text in parts
    )


def file_size(size: int) -> str:
    if size >= 1024 * 1024:
        return _tr("{0:.1f} MB").format(size / 1024 / 1024)
    return _tr("{0} KB").format(max(1, size // 1024))
