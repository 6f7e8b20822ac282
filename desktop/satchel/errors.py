"""Typed errors a user can act on: the base error and the vault's own.

`str(error)` is the plain English sentence the command line prints. `code` is a stable name
and `params` the values in that sentence, so the window can show its own translated
sentence for each (`satchel.ui.base.text.messages`) and the command line its exit code
(`satchel.cli.exit_codes`), neither knowing where the error came from. Errors of one feature
(backups, bundles, templates) live in that feature's package and subclass these.
"""

from __future__ import annotations

import errno
import os
import shutil
from typing import ClassVar


class VaultError(Exception):
    """Base of every error a user may see; `str(error)` is the message to show."""

    code: ClassVar[str] = "error"

    def __init__(self, message: str = "", **params: object) -> None:
        super().__init__(message)
        self.params: dict[str, object] = params


class NotAVaultError(VaultError):
    code = "not_a_vault"

    def __init__(self, folder: str) -> None:
        super().__init__(
            f"{folder} is not a Satchel vault (no vault header was found there).", folder=folder
        )


class VaultExistsError(VaultError):
    code = "vault_exists"

    def __init__(self, folder: str) -> None:
        super().__init__(
            f"{folder} already holds files; a new vault needs an empty folder.", folder=folder
        )


class WrongPassphraseError(VaultError):
    """`what` names the secret: "passphrase", "recovery phrase", "bundle passphrase"."""

    code = "wrong_passphrase"

    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(f"Wrong {what}. Nothing was changed; check it and try again.", what=what)


class InvalidRecoveryPhraseError(VaultError):
    code = "invalid_recovery_phrase"

    def __init__(self, reason: str, problem: str = "", **details: object) -> None:
        """`problem` ("unknown_word", "word_count", "checksum") and `details` let the window
        say the same in the user's language."""
        super().__init__(
            f"That recovery phrase is not valid: {reason}",
            reason=reason,
            problem=problem,
            **details,
        )


class DamagedError(VaultError):
    """A part of the vault cannot be read at all (truncated, missing, unparseable)."""

    code = "damaged"

    def __init__(self, part: str, detail: str = "") -> None:
        self.part = part
        tail = f" ({detail})" if detail else ""
        super().__init__(
            f"The vault is damaged: its {part} cannot be read{tail}. "
            "Nothing was changed. Restore it from a backup if you have one.",
            part=part,
            detail=detail,
        )


class TamperedError(VaultError):
    """Authentication failed: the bytes were altered after Satchel wrote them."""

    code = "tampered"

    def __init__(self, part: str) -> None:
        self.part = part
        super().__init__(
            f"The vault's {part} failed its authenticity check: it was altered or damaged "
            "after Satchel wrote it. Nothing was changed. Restore it from a backup.",
            part=part,
        )


class WeakKdfError(TamperedError):
    """Key-derivation settings below the floor: refused before any work is done."""

    code = "weak_kdf"

    def __init__(self, detail: str) -> None:
        VaultError.__init__(
            self,
            f"The vault header asks for key-derivation settings below Satchel's minimum "
            f"({detail}). It may have been altered; it was not opened.",
            detail=detail,
        )
        self.part = "header"


class UnsafeVaultFileError(VaultError):
    """A vault file is a link (symbolic or hard) or not a regular file: someone put it there."""

    code = "unsafe_vault_file"

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"The vault file {name} is a link to another file, or not a plain file at all. "
            "Satchel never follows links in a vault folder, so it stopped and changed nothing. "
            "Someone may have planted it: remove it, or restore the vault from a backup.",
            name=name,
        )


class DiskError(VaultError):
    """The disk refused a read or write: full, read-only, over quota, failing or forbidden.

    Never tampering: the bytes on disk are as Satchel left them, and nothing was changed.
    """

    code = "disk"

    def __init__(self, message: str, code: int) -> None:
        self.errno = code
        super().__init__(message, errno=code)


_DISK_MESSAGES = {
    errno.ENOSPC: "The disk is full: nothing was changed. Free some space and try again.",
    errno.EDQUOT: (
        "Your disk quota is used up: nothing was changed. Free some space and try again."
    ),
    errno.EROFS: (
        "The vault's disk or folder is read-only (a locked USB stick, or mounted read-only): "
        "nothing was changed. Make it writable and try again."
    ),
    errno.EIO: (
        "The disk reported an input/output error (a failing disk, or a USB stick pulled out): "
        "nothing more was written. Copy the vault to another disk and run `satchel check` there."
    ),
    errno.EACCES: (
        "Satchel is not allowed to write there (permission denied): nothing was changed. "
        "Check who owns the vault's folder and try again."
    ),
}
_DISK_MESSAGES[errno.EPERM] = _DISK_MESSAGES[errno.EACCES]

# SQLite's primary result codes for a disk that refused: IOERR, FULL, READONLY, CANTOPEN,
# and the fixed texts it gives them where a driver call carries no code (the backup API).
_SQLITE_DISK = {10: errno.EIO, 13: errno.ENOSPC, 8: errno.EROFS, 14: errno.EACCES}
_SQLITE_TEXTS = {
    "disk I/O error": errno.EIO,
    "database or disk is full": errno.ENOSPC,
    "attempt to write a readonly database": errno.EROFS,
    "unable to open database file": errno.EACCES,
}
# Below this much free space, an I/O error is taken for what it nearly always is: SQLite
# cannot grow its shared-memory index on a full disk and says only "disk I/O error".
_NEARLY_FULL = 256 * 1024


def disk_error(
    error: BaseException, where: str | os.PathLike[str] | None = None
) -> DiskError | None:
    """The typed disk error an OSError or a SQLite error stands for; None for anything else.

    SQLite's errors are read by duck typing (their `sqlite_errorcode`, wrapped or not), so
    this module stays free of the database driver. `where`: a folder on the disk concerned,
    to tell a full disk from a failing one.
    """
    if isinstance(error, DiskError):
        return error
    code: int | None = None
    if isinstance(error, OSError) and error.errno in _DISK_MESSAGES:
        code = error.errno
    else:
        original = getattr(error, "orig", None) or error
        sqlite_code = getattr(original, "sqlite_errorcode", None)
        if isinstance(sqlite_code, int) and sqlite_code & 0xFF in _SQLITE_DISK:
            code = _SQLITE_DISK[sqlite_code & 0xFF]
        elif type(original).__module__.startswith("sqlcipher3"):
            code = _SQLITE_TEXTS.get(str(original))
    if code is None:
        return None
    if code in (errno.EIO, errno.EACCES) and where is not None and _nearly_full(where):
        code = errno.ENOSPC
    return DiskError(_DISK_MESSAGES[code], code)


def _nearly_full(where: str | os.PathLike[str]) -> bool:
    try:
        return shutil.disk_usage(where).free < _NEARLY_FULL
    except OSError:
        return False


class BusyError(VaultError):
    code = "busy"

    def __init__(self) -> None:
        super().__init__(
            "The vault is open elsewhere (another Satchel window or command). Close it there first."
        )


class UnsupportedVersionError(VaultError):
    code = "unsupported_version"

    def __init__(self, found: object) -> None:
        super().__init__(
            f"This vault uses format version {found}, which this Satchel cannot open. "
            "Install a newer Satchel.",
            found=found,
        )


class LockedError(VaultError):
    code = "locked"

    def __init__(self) -> None:
        super().__init__("The vault is locked. Unlock it first.")


class NotFoundError(VaultError):
    code = "not_found"

    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"No {kind} with id {ident} in this vault.", kind=kind, ident=ident)


# The English sentence of each input problem; `params` fill it. The window has its own,
# translated table under the same names (satchel.ui.base.text.messages).
INPUT_PROBLEMS: dict[str, str] = {
    "empty": "The {field} cannot be empty.",
    "too_long": "The {field} is too long ({length} characters; at most {limit}).",
    "nul": "The {field} contains a NUL character.",
    "not_a_choice": '"{value}" is not a valid {field}; choose one of: {choices}.',
    "not_a_date": 'The {field} "{value}" is not a date like 2026-03-31.',
    "not_an_id": '"{ident}" is not a {kind} id.',
    "ambiguous_id": '"{ident}" matches more than one {kind}; type more of the id.',
    "pseudonym_taken": 'Another person already has the pseudonym "{pseudonym}".',
    "is_folder": "{path} is a folder, not a file.",
    "not_a_plain_file": (
        "{path} is not a regular file (a device or a pipe); Satchel reads only files."
    ),
    "symlink": "{name} is a symbolic link; choose the file itself.",
    "cannot_read": "Cannot read {path}: {reason}.",
    "file_too_large": "{name} is too large: at most {limit_text} can be read. Nothing was changed.",
    "attachment_too_large": (
        "The file is too large ({size_text}); attachments can be at most {limit_text}."
    ),
    "file_empty": "The file is empty; there is nothing to attach.",
    "not_a_backup": "{name} is not a Satchel backup file.",
    "folder_missing": "The folder {folder} does not exist.",
    "bundle_is_folder": "{path} is a folder; give a file name for the bundle.",
    "passphrase_empty": "The {field} cannot be empty.",
    "passphrase_weak": "This passphrase is too easy to guess.{hint}",
    "already_restored": "This item is already back in the vault.",
    "other_case": "The note or checklist item belongs to another case.",
    # imports of contacts and Markdown notes
    "not_a_file": "{path} is not a file.",
    "contacts_too_large": "The file is too large ({size_mb} MB; at most {limit_mb} MB).",
    "not_utf16": "The file says it is UTF-16 but is not.",
    "import_file_empty": "The file is empty.",
    "not_text": "This is not a text file (it holds NUL bytes).",
    "csv_empty": "The CSV file is empty.",
    "csv_no_name_column": (
        "The CSV file has no column Satchel recognises as a name "
        '(such as "Name", "Given Name", "First Name" or "Last Name").'
    ),
    "csv_unreadable": "The CSV file cannot be read near line {line}: {reason}.",
    "too_many_contacts": "The file holds more than {limit} contacts.",
    "vcard_line_too_long": "Line {line} of the vCard file is too long.",
    "not_a_folder": "{folder} is not a folder (symbolic links are not followed).",
    "too_many_entries": (
        "The folder holds more than {limit} files and folders; choose a smaller one."
    ),
    "too_many_notes": (
        "The folder holds {count} Markdown files; at most {limit} can be imported at once."
    ),
    "notes_too_large": "The folder's notes are too large to import at once.",
    "images_too_large": "The folder's notes and images are too large to import.",
    # travel mode and the duress passphrase
    "not_upgraded": "Unlock the vault once with its passphrase first (to upgrade it).",
    "travel_inside_vault": "The travel backup must go outside the vault's folder.",
    "cannot_use_folder": "Cannot use {path}: {reason}.",
    "cover_passphrase_missing": (
        "Choose a passphrase for the cover vault that stays on the laptop."
    ),
    "old_format": (
        "This vault is in the old format. Lock and unlock it once to upgrade it, then set "
        "a duress passphrase."
    ),
    "cannot_write_beside": "Cannot write beside {folder}: {reason}.",
    "no_header": "This vault has no header to tie the setting to.",
}


class InvalidInputError(VaultError):
    """Bad input from the user: a field value, a file, a date. The message names it.

    `problem` (a key of INPUT_PROBLEMS) and the params (field, value, limits) let the
    window say the same in the user's language; without a message the English sentence is
    built from them.
    """

    code = "invalid_input"

    def __init__(self, message: str = "", *, problem: str = "", **params: object) -> None:
        if problem and not message:
            message = INPUT_PROBLEMS[problem].format(**params)
        super().__init__(message, problem=problem, **params)


class CancelledError(VaultError):
    """The user pressed Cancel (or locked); whatever was half-made is gone already."""

    code = "cancelled"

    def __init__(self) -> None:
        super().__init__("Cancelled. Nothing was written and the vault is unchanged.")
