"""Why an import skips something, and where it is, in the user's language.

The services give each reason and place a code and params
(`satchel.services.imports.skip_reasons`, whose table has the English); the words are here.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication, QLocale

from satchel.services.imports.skip_reasons import Place, Reason
from satchel.ui.base.text.input_messages import field_label, input_problem
from satchel.ui.base.text.labels import field_label as identity_label
from satchel.ui.camouflage.app_brand import app_name


def _number(value: object) -> str:
    return QLocale().toString(value) if isinstance(value, int) else str(value)


def place_text(place: str) -> str:
    """A row or card of a contacts file; a Markdown file's path stays as it is."""
    if not isinstance(place, Place):
        return place
    number, line = _number(place.params.get("number")), _number(place.params.get("line"))
    if place.code == "row":
        return QCoreApplication.translate("Imports", "row {0}").format(number)
    return QCoreApplication.translate("Imports", "card {0} (line {1})").format(number, line)


def reason_text(reason: str) -> str:
    """The reason in the user's words; one without a code (never expected) as it is."""
    if not isinstance(reason, Reason):
        return reason
    special = _with_params(reason)
    if special is not None:
        return special
    sentence = _sentences().get(reason.code)
    if sentence is None:
        return str(reason)
    return sentence.format(
        property=reason.params.get("property", ""),
        charset=reason.params.get("charset", ""),
        app=app_name(),
    )


def _with_params(reason: Reason) -> str | None:
    """The reasons whose params need more than filling in: labels, places, numbers."""
    params = reason.params
    if reason.code in ("field_too_long", "organisation_too_long"):
        label = (
            identity_label(str(params.get("field")))
            if reason.code == "field_too_long"
            else field_label("organisation")
        )
        sentence = input_problem({"problem": "too_long", "field": label, **_limit(params)})
        return sentence or str(reason)
    if reason.code == "same_as":
        other = params.get("other")
        return QCoreApplication.translate("Imports", "the same legal name and phone as {0}").format(
            place_text(other) if isinstance(other, str) else ""
        )
    if reason.code == "cannot_read":
        return _cannot_read(params)
    if reason.code == "note_too_large":
        return QCoreApplication.translate(
            "Imports", "too large for a note (more than {0} characters)"
        ).format(_number(params.get("limit")))
    return None


def _cannot_read(params: dict[str, object]) -> str:
    if params.get("errno") in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate("Imports", "cannot be read (permission denied)")
    return QCoreApplication.translate("Imports", "cannot be read")


def _limit(params: dict[str, object]) -> dict[str, object]:
    limit = params.get("limit")
    return {"limit": limit if isinstance(limit, int) else 0}


def _sentences() -> dict[str, str]:
    return {
        "bad_encoding": QCoreApplication.translate(
            "Imports", "not valid UTF-8 text (bad encoding)"
        ),
        "nul": QCoreApplication.translate(
            "Imports", "holds a character that cannot be stored (a NUL byte)"
        ),
        "empty_row": QCoreApplication.translate("Imports", "empty row"),
        "empty_card": QCoreApplication.translate("Imports", "empty card"),
        "card_not_closed": QCoreApplication.translate(
            "Imports", "the card has no end (END:VCARD is missing)"
        ),
        "unknown_charset": QCoreApplication.translate(
            "Imports", "{property} is in an unknown encoding, “{charset}”"
        ),
        "bad_charset": QCoreApplication.translate(
            "Imports", "{property} holds text that is not valid {charset}"
        ),
        "no_name": QCoreApplication.translate("Imports", "no name"),
        "already_in_vault": QCoreApplication.translate(
            "Imports", "a person with the same legal name and phone is already in the vault"
        ),
        "cannot_be_kept": QCoreApplication.translate("Imports", "cannot be kept"),
        "nested_too_deep": QCoreApplication.translate("Imports", "folders nested too deep"),
        "symlink": QCoreApplication.translate("Imports", "a symbolic link (never followed)"),
        "hidden_folder": QCoreApplication.translate("Imports", "hidden folder"),
        "hidden_file": QCoreApplication.translate("Imports", "hidden file"),
        "not_regular": QCoreApplication.translate("Imports", "not a regular file"),
        "not_utf8": QCoreApplication.translate("Imports", "not UTF-8 text"),
        "empty": QCoreApplication.translate("Imports", "empty"),
        "not_markdown": QCoreApplication.translate(
            "Imports", "not a Markdown file, and no note shows it"
        ),
        "image_too_large": QCoreApplication.translate(
            "Imports", "image too large to attach, or empty"
        ),
        "not_an_image": QCoreApplication.translate(
            "Imports", "linked, but not an image {app} attaches"
        ),
        "images_from_app": QCoreApplication.translate(
            "Imports", "images are attached only from the app"
        ),
        "metadata_kept": QCoreApplication.translate(
            "Imports", "hidden metadata could not be removed"
        ),
    }
