"""The window's one table of sentences for typed errors, in the user's language.

Each error carries a stable `code` and the `params` of its sentence (`satchel.errors`); here
each code gets the sentence the window shows, through Qt translation (input problems, with
their fields and limits, in `satchel.ui.base.text.input_messages`). An error whose code
has no entry falls back to the nearest base error's entry, then to its English message
(input problems name the field and value), and anything untyped to one plain sentence:
never a traceback.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication, QObject

from satchel.errors import VaultError, disk_error
from satchel.ui.base.text.due_marks import plural
from satchel.ui.base.text.input_messages import (
    backup_damage,
    backup_failure,
    bundle_problem,
    input_problem,
    is_about,
    setting_problem,
)
from satchel.ui.camouflage.app_brand import app_name

CONTEXT = "Errors"


def _sentences() -> dict[str, str]:
    """code -> sentence; `{name}` fields are filled from the error's params."""
    return {
        "wrong_passphrase": QCoreApplication.translate(
            "Errors", "Wrong passphrase. Nothing was changed; check it and try again."
        ),
        "busy": QCoreApplication.translate(
            "Errors",
            "The vault is open elsewhere (another {app} window or command). Close it there first.",
        ),
        "tampered": QCoreApplication.translate(
            "Errors",
            "This vault failed its authenticity check: it was altered or damaged after "
            "{app} wrote it. Nothing was changed. Restore it from a backup.",
        ),
        "damaged": QCoreApplication.translate(
            "Errors",
            "This vault is damaged and cannot be read. Nothing was changed. "
            "Restore it from a backup.",
        ),
        "invalid_template": QCoreApplication.translate(
            "Errors", "The checklist template {filename} cannot be used; nothing was changed."
        ),
        "not_a_vault": QCoreApplication.translate(
            "Errors", "That folder does not hold a {app} vault."
        ),
        "locked": QCoreApplication.translate(
            "Errors", "The vault is locked. Unlock it again to go on."
        ),
        "cancelled": QCoreApplication.translate(
            "Errors", "Cancelled. Nothing was written; the vault is unchanged."
        ),
        "vault_exists": QCoreApplication.translate(
            "Errors", "{folder} already holds files; a new vault needs an empty folder."
        ),
        "unsafe_vault_file": QCoreApplication.translate(
            "Errors",
            "The vault file {name} is a link to another file, or not a plain file. {app} "
            "stopped and changed nothing. Someone may have put it there: remove it, or "
            "restore the vault from a backup.",
        ),
        "unsupported_version": QCoreApplication.translate(
            "Errors",
            "This vault uses format version {found}, which this {app} cannot open. "
            "Install a newer {app}.",
        ),
        "not_found": QCoreApplication.translate(
            "Errors", "This item is no longer in the vault. Nothing was changed."
        ),
        "disk": QCoreApplication.translate(
            "Errors",
            "The disk refused to read or write: nothing was changed. Check the disk and try again.",
        ),
        "backup_failed": QCoreApplication.translate(
            "Errors",
            "The backup could not be written to {folder}. Nothing was kept of it, and the "
            "vault is unchanged.",
        ),
        "backup_unsupported_version": QCoreApplication.translate(
            "Errors",
            "The backup file {file} uses format version {found}, which this {app} cannot "
            "read. Install a newer {app}.",
        ),
        "bundle_damaged": QCoreApplication.translate(
            "Errors",
            "This bundle is damaged or was altered on the way. Nothing was imported; ask for "
            "it again.",
        ),
        "demo_into_real": QCoreApplication.translate(
            "Errors",
            "This comes from a demo vault: its cases and people are made up. It was not "
            "imported into this real vault; nothing was changed.",
        ),
        "real_into_demo": QCoreApplication.translate(
            "Errors",
            "This comes from a real vault. A demo vault takes only demo data, so real people "
            "never appear in a training; nothing was changed.",
        ),
        "bundle_not_age": QCoreApplication.translate(
            "Errors",
            "This file is not a bundle: it is not an age-encrypted file. Choose the .age file "
            "your colleague sent; nothing was changed.",
        ),
        "bundle_unusable": QCoreApplication.translate(
            "Errors",
            "This bundle cannot be opened here: it was made for another vault's sharing key, "
            "or by a newer {app}. Nothing was changed.",
        ),
    }


def _specific(error: VaultError) -> str | None:
    """Sentences chosen by a param: which secret was wrong, how the disk refused."""
    if error.code == "wrong_passphrase":
        return {
            "recovery phrase": QCoreApplication.translate(
                "Errors", "Wrong recovery phrase. Nothing was changed; check it and try again."
            ),
            "bundle passphrase": QCoreApplication.translate(
                "Errors",
                "Wrong passphrase for this bundle. Nothing was changed; check it and try again.",
            ),
        }.get(str(error.params.get("what", "")))
    if error.code == "invalid_recovery_phrase":
        return _recovery_problem(error.params)
    if error.code == "disk":
        return {
            errno.ENOSPC: QCoreApplication.translate(
                "Errors", "The disk is full: nothing was changed. Free some space and try again."
            ),
            errno.EDQUOT: QCoreApplication.translate(
                "Errors",
                "Your disk quota is used up: nothing was changed. Free some space and try again.",
            ),
            errno.EROFS: QCoreApplication.translate(
                "Errors",
                "The disk or folder is read-only (a locked USB stick, or mounted read-only): "
                "nothing was changed. Make it writable and try again.",
            ),
            errno.EIO: QCoreApplication.translate(
                "Errors",
                "The disk reported a read or write error (a failing disk, or a USB stick "
                "pulled out): nothing more was written. Copy the vault to another disk and "
                "check it there.",
            ),
            errno.EACCES: QCoreApplication.translate(
                "Errors",
                "{app} is not allowed to write there: nothing was changed. Check who owns "
                "the vault's folder and try again.",
            ).format(app=app_name()),
        }.get(_int(error.params.get("errno")))
    return None


def _by_problem(error: VaultError) -> str | None:
    """Errors whose `problem` param says what is wrong: inputs, settings, backups, bundles."""
    params = error.params
    if error.code == "backup_damaged":
        return backup_damage(params)
    disk = getattr(error, "disk", None)
    sentences = {
        "backup_failed": lambda: backup_failure(
            params, _specific(disk) if isinstance(disk, VaultError) else None
        ),
        "invalid_setting": lambda: setting_problem(params),
        "bundle_unusable": lambda: bundle_problem(params),
    }
    if error.code in sentences:
        return sentences[error.code]()
    if is_about(error, "invalid_input") and params.get("problem"):
        return input_problem(params)
    return None


def _recovery_problem(params: dict[str, object]) -> str | None:
    problem = params.get("problem")
    if problem == "unknown_word":
        return QCoreApplication.translate(
            "Errors", "That recovery phrase is not valid: word {0}, “{1}”, is not in the list."
        ).format(params.get("position"), params.get("word"))
    if problem == "word_count":
        return _Counted().words(_count(params.get("count")), _count(params.get("needed")))
    if problem == "checksum":
        return QCoreApplication.translate(
            "Errors",
            "That recovery phrase is not valid: the words do not fit together (one is "
            "probably mistyped or out of order).",
        )
    return None


class _Counted(QObject):
    """Sentences with a count: tr() is the call lupdate gives plural forms to."""

    def words(self, count: int, needed: int) -> str:
        return plural(
            self.tr(
                "That recovery phrase is not valid: it has %n word(s); it needs {0}.", "", count
            ),
            count,
        ).format(needed)

    def attempts_left(self, count: int) -> str:
        return plural(self.tr("%n attempt(s) left before the vault is erased.", "", count), count)


def attempts_left(count: int) -> str:
    """The sentence after a wrong secret, for a user who asked to see the count."""
    return _Counted().attempts_left(count)


def _count(value: object) -> int:
    return value if isinstance(value, int) else 0


def _int(value: object) -> int:
    """The errno param; EPERM reads as EACCES, as in satchel.errors."""
    if not isinstance(value, int):
        return -1
    return errno.EACCES if value == errno.EPERM else value


def user_message(error: object) -> str:
    """What to tell the user about a failure, in their language; never a traceback."""
    if isinstance(error, VaultError):
        specific = _by_problem(error) or _specific(error)
        if specific is not None:
            return specific
        sentences = _sentences()
        for kind in type(error).__mro__:
            code = getattr(kind, "code", None)
            if isinstance(code, str) and code in sentences:
                return sentences[code].format(**{"app": app_name(), **error.params})
        return str(error)
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong ({0}). Your saved work is kept."
    ).format(type(error).__name__)


def os_error_text(error: OSError) -> str:
    """Why the system refused a read or write, in the user's language (never its English
    `strerror`): a full, read-only or failing disk in its own words, else a plain sentence."""
    disk = disk_error(error)
    if disk is not None:
        return user_message(disk)
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate("Errors", "The folder or file is not there any more.")
    return QCoreApplication.translate(
        "Errors", "The system refused (error {0}). Nothing was changed."
    ).format(error.errno)
