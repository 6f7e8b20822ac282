"""The window's sentences for the problems of a contacts file or a Markdown folder to import.

Part of the input problems (`satchel.ui.base.text.input_messages`), kept apart for their
number. `satchel.errors.INPUT_PROBLEMS` has the English the command line prints; numbers and
sizes are in the user's locale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from satchel.ui.camouflage.app_brand import app_name


def _number(value: object) -> str:
    return QLocale().toString(value) if isinstance(value, int) else str(value)


def _size(value: object) -> str:
    if not isinstance(value, int):
        return str(value)
    return QLocale().formattedDataSize(value, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def import_problem(params: dict[str, object]) -> str | None:
    """The sentence for an import's `problem`; None for a problem of another kind."""
    problem = str(params.get("problem"))
    numbered = {
        "contacts_too_large": lambda: QCoreApplication.translate(
            "Errors", "The file is too large ({0}); at most {1} can be imported."
        ).format(_size(params.get("size")), _size(params.get("limit"))),
        "csv_unreadable": lambda: QCoreApplication.translate(
            "Errors", "The CSV file cannot be read near line {0}. Nothing was imported."
        ).format(_number(params.get("line"))),
        "too_many_contacts": lambda: QCoreApplication.translate(
            "Errors", "The file holds too many contacts (more than {0}); import it in parts."
        ).format(_number(params.get("limit"))),
        "vcard_line_too_long": lambda: QCoreApplication.translate(
            "Errors", "Line {0} of the vCard file is too long."
        ).format(_number(params.get("line"))),
        "too_many_entries": lambda: QCoreApplication.translate(
            "Errors",
            "The folder holds too many files and folders (more than {0}); choose a smaller one.",
        ).format(_number(params.get("limit"))),
        "too_many_notes": lambda: QCoreApplication.translate(
            "Errors",
            "The folder holds too many Markdown files ({0}); at most {1} can be imported at once.",
        ).format(_number(params.get("count")), _number(params.get("limit"))),
    }
    if problem in numbered:
        return numbered[problem]()
    sentence = {
        "not_a_file": QCoreApplication.translate("Errors", "{path} is not a file."),
        "not_utf16": QCoreApplication.translate(
            "Errors", "The file says it is in the UTF-16 encoding, but it is not."
        ),
        "import_file_empty": QCoreApplication.translate(
            "Errors", "The file is empty; there is nothing to import."
        ),
        "not_text": QCoreApplication.translate(
            "Errors", "This is not a text file. Choose a CSV or vCard file."
        ),
        "csv_empty": QCoreApplication.translate("Errors", "The CSV file is empty."),
        "csv_no_name_column": QCoreApplication.translate(
            "Errors",
            "The CSV file has no column {app} recognises as a name (such as “Name”, "
            "“Given Name”, “First Name” or “Last Name”).",
        ),
        "not_a_folder": QCoreApplication.translate(
            "Errors", "{folder} is not a folder (links to folders are not followed)."
        ),
        "notes_too_large": QCoreApplication.translate(
            "Errors", "The folder's notes are too large to import at once."
        ),
        "images_too_large": QCoreApplication.translate(
            "Errors", "The folder's notes and images are too large to import at once."
        ),
    }.get(problem)
    if sentence is None:
        return None
    return sentence.format(
        path=params.get("path", ""), folder=params.get("folder", ""), app=app_name()
    )
