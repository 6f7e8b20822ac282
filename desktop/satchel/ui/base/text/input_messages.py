"""The window's sentences for input problems: a field, a file, a setting, a backup, a bundle.

Part of the table in `satchel.ui.base.text.messages`, kept apart for its length. A service names
what is wrong with a `problem` and its params (`satchel.errors.INPUT_PROBLEMS` has the
English the command line prints); each gets its sentence here, in the user's language, with
numbers, sizes and dates in the user's locale. Field names are the window's labels.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from satchel.errors import VaultError
from satchel.ui.base.text.date_parsing import typing_example
from satchel.ui.base.text.due_marks import plural
from satchel.ui.base.text.import_problems import import_problem
from satchel.ui.base.text.travel_problems import travel_problem
from satchel.ui.camouflage.app_brand import app_name


def field_label(field: object) -> str:
    """A service's field name as the window labels it; an unknown one as it is."""
    labels = {
        "title": QCoreApplication.translate("Errors", "Title"),
        "case title": QCoreApplication.translate("Errors", "Case title"),
        "summary": QCoreApplication.translate("Errors", "Summary"),
        "next action": QCoreApplication.translate("Errors", "Next action"),
        "tag": QCoreApplication.translate("Errors", "Tag"),
        "status": QCoreApplication.translate("Errors", "Status"),
        "priority": QCoreApplication.translate("Errors", "Priority"),
        "due date": QCoreApplication.translate("Errors", "Due date"),
        "pseudonym": QCoreApplication.translate("Errors", "Pseudonym"),
        "role": QCoreApplication.translate("Errors", "Role"),
        "role in the case": QCoreApplication.translate("Errors", "Role in the case"),
        "organisation": QCoreApplication.translate("Errors", "Organisation"),
        "safe way to reach": QCoreApplication.translate("Errors", "Safe way to reach"),
        "notes": QCoreApplication.translate("Errors", "Notes"),
        "note": QCoreApplication.translate("Errors", "Note"),
        "note title": QCoreApplication.translate("Errors", "Note title"),
        "item note": QCoreApplication.translate("Errors", "Item note"),
        "original's location": QCoreApplication.translate("Errors", "Where the original is"),
        "state": QCoreApplication.translate("Errors", "State"),
        "language": QCoreApplication.translate("Errors", "Language"),
        "bundle passphrase": QCoreApplication.translate("Errors", "Bundle passphrase"),
        "report passphrase": QCoreApplication.translate("Errors", "Report passphrase"),
    }
    return labels.get(str(field), str(field))


def _number(value: object) -> str:
    return QLocale().toString(value) if isinstance(value, int) else str(value)


def _size(value: object) -> str:
    if not isinstance(value, int):
        return str(value)
    return QLocale().formattedDataSize(
        value,
        0 if value >= 1024 * 1024 else 1,
        QLocale.DataSizeFormat.DataSizeTraditionalFormat,
    )


class _Limits(QObject):
    """Sentences with a count: tr() is the call lupdate gives plural forms to."""

    def too_long(self, field: str, limit: int) -> str:
        return plural(
            self.tr("“{0}” is too long: it can have at most %n character(s).", "", limit), limit
        ).format(field)


def input_problem(params: dict[str, object]) -> str | None:
    """The sentence for an InvalidInputError's `problem`; None for one without a sentence."""
    problem = params.get("problem")
    field = field_label(params.get("field"))
    if problem == "too_long":
        limit = params.get("limit")
        return _Limits().too_long(field, limit if isinstance(limit, int) else 0)
    if problem == "not_a_date":
        example = typing_example()
        return QCoreApplication.translate(
            "Errors", "“{0}” is not a date in “{1}”. Type it like {2}."
        ).format(params.get("value"), field, example)
    sentences = {
        "empty": QCoreApplication.translate("Errors", "“{field}” cannot be empty."),
        "nul": QCoreApplication.translate(
            "Errors", "“{field}” holds a character that cannot be stored (a NUL byte)."
        ),
        "not_a_choice": QCoreApplication.translate(
            "Errors", "“{value}” is not one of the choices for “{field}”."
        ),
        "not_an_id": QCoreApplication.translate("Errors", "“{ident}” is not an id {app} knows."),
        "ambiguous_id": QCoreApplication.translate(
            "Errors", "“{ident}” matches more than one item; type more of its id."
        ),
        "pseudonym_taken": QCoreApplication.translate(
            "Errors", "Another person already has the pseudonym “{pseudonym}”."
        ),
        "is_folder": QCoreApplication.translate("Errors", "{path} is a folder, not a file."),
        "not_a_plain_file": QCoreApplication.translate(
            "Errors", "{path} is not a plain file (a device or a pipe); {app} reads only files."
        ),
        "symlink": QCoreApplication.translate(
            "Errors", "{name} is a symbolic link; choose the file itself."
        ),
        "file_too_large": QCoreApplication.translate(
            "Errors", "{name} is too large: at most {limit} can be read. Nothing was changed."
        ),
        "attachment_too_large": QCoreApplication.translate(
            "Errors", "The file is too large ({size}); an attachment can be at most {limit}."
        ),
        "file_empty": QCoreApplication.translate(
            "Errors", "The file is empty; there is nothing to attach."
        ),
        "other_case": QCoreApplication.translate(
            "Errors", "The note or checklist item belongs to another case."
        ),
        "already_restored": QCoreApplication.translate(
            "Errors", "This item is already back in the vault."
        ),
        "owner_gone": QCoreApplication.translate(
            "Errors",
            "The case or person this belonged to is no longer in the vault; restore that first.",
        ),
        "passphrase_empty": QCoreApplication.translate("Errors", "“{field}” cannot be empty."),
        "passphrase_weak": QCoreApplication.translate(
            "Errors",
            "This passphrase is too easy to guess. Add a few more words, or take the "
            "suggested one.",
        ),
        "not_a_backup": QCoreApplication.translate(
            "Errors", "{name} is not a {app} backup file. Nothing was changed."
        ),
        "folder_missing": QCoreApplication.translate(
            "Errors", "The folder {folder} does not exist."
        ),
        "bundle_is_folder": QCoreApplication.translate(
            "Errors", "{path} is a folder; give a file name for the bundle."
        ),
        "backup_of_other_vault": QCoreApplication.translate(
            "Errors", "{name} is a backup of another vault. Restore it as a new vault instead."
        ),
        "backup_from_newer_satchel": QCoreApplication.translate(
            "Errors",
            "{name} was made by a newer {app}, which this one cannot open. Install a newer "
            "{app}, or restore it as a new vault to keep it for later.",
        ),
        "busy_with_work": QCoreApplication.translate(
            "Errors", "An import, export or report is still running. Restore once it has finished."
        ),
        "damaged_before_restore": QCoreApplication.translate(
            "Errors",
            "This vault is damaged, so it cannot be kept as a backup before it is replaced. "
            "Restore the backup as a new vault instead; this one stays as it is.",
        ),
        "restored_header_failed": QCoreApplication.translate(
            "Errors",
            "The backup was restored, but writing the vault's header in {folder} failed. "
            "Unlock it with the passphrase it had on the day of the backup, or with the one it "
            "had before the restore.",
        ),
    }
    if problem == "cannot_read":
        return _cannot_read(params)
    sentence = sentences.get(str(problem))
    if sentence is None:
        return import_problem(params) or travel_problem(params)
    shown = dict(params, field=field, app=app_name())
    for name in ("size", "limit"):
        if name in shown:
            shown[name] = _size(shown[name])
    return sentence.format_map(_Blank(shown))


def _cannot_read(params: dict[str, object]) -> str:
    path = params.get("path")
    if params.get("errno") in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate(
            "Errors", "{app} may not read {0} (permission denied)."
        ).format(path, app=app_name())
    if params.get("errno") == errno.ENOENT:
        return QCoreApplication.translate("Errors", "{0} is not there any more.").format(path)
    return QCoreApplication.translate(
        "Errors", "{app} cannot read {0}: the disk or the file refused."
    ).format(path, app=app_name())


class _Blank(dict[str, object]):
    """A missing param reads as nothing rather than failing the message."""

    def __missing__(self, key: str) -> str:
        return ""


def setting_problem(params: dict[str, object]) -> str | None:
    problem, field = params.get("problem"), params.get("field")
    if problem == "out_of_range":
        low, high = _number(params.get("low")), _number(params.get("high"))
        sentences = {
            "auto_lock_minutes": QCoreApplication.translate(
                "Errors",
                "Locking after inactivity takes a whole number of minutes from {0} to {1}, "
                "or never.",
            ),
            "clipboard_seconds": QCoreApplication.translate(
                "Errors", "Clearing the clipboard takes a whole number of seconds from {0} to {1}."
            ),
            "reveal_seconds": QCoreApplication.translate(
                "Errors",
                "Hiding a shown identity field again takes a whole number of seconds from {0} "
                "to {1}.",
            ),
        }
        sentence = sentences.get(str(field))
        return None if sentence is None else sentence.format(low, high)
    if problem == "not_full_path":
        return QCoreApplication.translate(
            "Errors", "The backup folder must be a full path, such as /media/usb/backups."
        )
    if problem == "not_on_off":
        return QCoreApplication.translate("Errors", "Automatic backups must be on or off.")
    return None


def backup_damage(params: dict[str, object]) -> str:
    details = {
        "cut_short": QCoreApplication.translate("Errors", "it is cut short"),
        "bad_length": QCoreApplication.translate(
            "Errors", "its description has an impossible length"
        ),
        "unreadable_description": QCoreApplication.translate(
            "Errors", "its description cannot be read"
        ),
        "checksum": QCoreApplication.translate("Errors", "its checksum does not match its content"),
    }
    if params.get("problem") == "wrong_size":
        detail = QCoreApplication.translate(
            "Errors", "it is {0} bytes long where {1} were written"
        ).format(_number(params.get("size")), _number(params.get("expected")))
    else:
        detail = details.get(
            str(params.get("problem")), QCoreApplication.translate("Errors", "it cannot be read")
        )
    return QCoreApplication.translate(
        "Errors", "The backup file {0} is damaged: {1}. Nothing was changed; try an older backup."
    ).format(params.get("file"), detail)


def backup_failure(params: dict[str, object], disk: str | None) -> str | None:
    folder = params.get("folder")
    if params.get("problem") == "folder_missing":
        return QCoreApplication.translate(
            "Errors",
            "The backup could not be written to {0}: the folder is not there. Is the USB stick "
            "plugged in? Nothing was kept of it, and the vault is unchanged.",
        ).format(folder)
    if params.get("problem") == "no_folder":
        return QCoreApplication.translate(
            "Errors",
            "No backup folder was chosen, so no backup was made. Choose one under Backups.",
        )
    if params.get("problem") == "disk" and disk is not None:
        return (
            QCoreApplication.translate("Errors", "The backup could not be written to {0}.").format(
                folder
            )
            + " "
            + disk
        )
    return None


def bundle_problem(params: dict[str, object]) -> str | None:
    problem = params.get("problem")
    if problem == "too_large":
        return QCoreApplication.translate(
            "Errors", "This bundle is too large: at most {0} MB can be opened. Nothing was changed."
        ).format(_number(params.get("limit_mb")))
    sentence = {
        "malformed": QCoreApplication.translate(
            "Errors",
            "This bundle cannot be used: its contents are not what {app} writes (it may be "
            "damaged, or made by another program). Nothing was changed.",
        ),
        "armored": QCoreApplication.translate(
            "Errors",
            "This bundle is in text form (ASCII-armored); {app} reads binary age files. Ask "
            "for the .age file itself. Nothing was changed.",
        ),
        "needs_passphrase": QCoreApplication.translate(
            "Errors",
            "This bundle is protected by a passphrase; type it to open the bundle. Nothing "
            "was changed.",
        ),
        "other_key": QCoreApplication.translate(
            "Errors",
            "This bundle was not encrypted to this vault's sharing key. Ask the sender to use "
            "the key shown under Sharing key. Nothing was changed.",
        ),
        "newer_format": QCoreApplication.translate(
            "Errors",
            "This bundle was made by a newer {app}; install a newer {app} to open it. "
            "Nothing was changed.",
        ),
        "travel_backup": QCoreApplication.translate(
            "Errors",
            "This bundle holds a colleague's travel backup, not records to import. Choose "
            "Preview in Vault ▸ Import a colleague's bundle… to save the backup file for "
            "them. Nothing was changed.",
        ),
        "records_bundle": QCoreApplication.translate(
            "Errors",
            "This bundle holds shared records, not a colleague's travel backup: import it with "
            "Vault ▸ Import a colleague's bundle… Nothing was changed.",
        ),
        "takes_record": QCoreApplication.translate(
            "Errors",
            "This bundle would move a record of this vault to another case or note, so it was "
            "not imported. Nothing was changed.",
        ),
    }.get(str(problem))
    return None if sentence is None else sentence.format(app=app_name())


def is_about(error: VaultError, code: str) -> bool:
    """The error is of `code` or a subclass of the error that has it."""
    return any(getattr(kind, "code", None) == code for kind in type(error).__mro__)
