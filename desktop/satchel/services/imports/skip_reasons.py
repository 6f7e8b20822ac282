"""Why an import skips a row, a card or a file, and where it was: a code and params.

Each `Reason` and `Place` is the English text the command line and the logs show (they are
strings), and carries the `code` and `params` it was built from, so the window can say the
same in the user's language (`satchel.ui.imports.skip_text`).
"""

from __future__ import annotations

SKIP_REASONS: dict[str, str] = {
    "bad_encoding": "not valid UTF-8 text (bad encoding)",
    "nul": "contains a NUL character",
    "empty_row": "empty row",
    "empty_card": "empty card",
    "card_not_closed": "the card is not closed (no END:VCARD)",
    "unknown_charset": '{property} holds an unknown charset "{charset}"',
    "bad_charset": "{property} holds text that is not valid {charset} (bad encoding)",
    "no_name": "no name",
    "field_too_long": "the {label} is too long ({length} characters; at most {limit})",
    "organisation_too_long": "the organisation is too long (at most {limit} characters)",
    "already_in_vault": "a person with the same legal name and phone is already in the vault",
    "same_as": "the same legal name and phone as {other}",
    "cannot_be_kept": "cannot be kept",
    "nested_too_deep": "folders nested too deep",
    "cannot_read": "cannot be read ({error})",
    "symlink": "a symbolic link (never followed)",
    "hidden_folder": "hidden folder",
    "hidden_file": "hidden file",
    "not_regular": "not a regular file",
    "note_too_large": "too large for a note (more than {limit} characters)",
    "not_utf8": "not UTF-8 text",
    "empty": "empty",
    "not_markdown": "not a Markdown file, and no note shows it",
    "image_too_large": "image too large to attach, or empty",
    "not_an_image": "linked, but not an image Satchel attaches",
    "images_from_app": "images are attached only from the app",
    "metadata_kept": "hidden metadata could not be removed",
}

PLACES: dict[str, str] = {
    "row": "row {number}",
    "card": "card {number} (line {line})",
}


class Reason(str):
    """Why something was skipped: the English sentence, with its code and params."""

    code: str
    params: dict[str, object]

    def __new__(cls, code: str, **params: object) -> Reason:
        reason = super().__new__(cls, SKIP_REASONS[code].format(**params))
        reason.code, reason.params = code, params
        return reason


class Place(str):
    """Where in a contacts file: "row 4", "card 2 (line 17)", with its code and params."""

    code: str
    params: dict[str, object]

    def __new__(cls, code: str, **params: object) -> Place:
        place = super().__new__(cls, PLACES[code].format(**params))
        place.code, place.params = code, params
        return place


def cannot_read(error: OSError) -> Reason:
    return Reason("cannot_read", error=error.strerror or "", errno=error.errno)
