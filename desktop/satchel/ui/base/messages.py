"""The window's one table of sentences for typed errors, in the user's language.

Each error carries a stable `code` and the `params` of its sentence (`satchel.errors`); here
each code gets the sentence the window shows, through Qt translation. An error whose code
has no entry falls back to the nearest base error's entry, then to its English message
(input problems name the field and value), and anything untyped to one plain sentence:
never a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from satchel.errors import VaultError

CONTEXT = "Errors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _sentences() -> dict[str, str]:
    """code -> sentence; `{name}` fields are filled from the error's params."""
    return {
        "wrong_passphrase": _tr("Wrong passphrase. Nothing was changed; check it and try again."),
        "busy": _tr(
            "The vault is open elsewhere (another Satchel window or command). Close it there first."
        ),
        "tampered": _tr(
            "This vault failed its authenticity check: it was altered or damaged after "
            "Satchel wrote it. Nothing was changed. Restore it from a backup."
        ),
        "damaged": _tr(
            "This vault is damaged and cannot be read. Nothing was changed. "
            "Restore it from a backup."
        ),
        "backup_damaged": _tr("The backup file {file} is damaged ({detail}). Nothing was changed."),
        "not_a_vault": _tr("That folder does not hold a Satchel vault."),
        "locked": _tr("The vault is locked. Unlock it again to go on."),
        "cancelled": _tr("Cancelled. Nothing was written; the vault is unchanged."),
    }


def user_message(error: object) -> str:
    """What to tell the user about a failure, in their language; never a traceback."""
    if isinstance(error, VaultError):
        sentences = _sentences()
        for kind in type(error).__mro__:
            code = getattr(kind, "code", None)
            if isinstance(code, str) and code in sentences:
                return sentences[code].format(**error.params)
        return str(error)
    return _tr("Something unexpected went wrong ({0}). Your saved work is kept.").format(
        type(error).__name__
    )
