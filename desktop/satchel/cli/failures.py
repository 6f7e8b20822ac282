"""What the command line says when the system, not Satchel, refused: one sentence each.

Errors that reach `main()` untyped (an OSError from a path the user typed, text that is not
UTF-8) are named here instead of ending as "unexpected problem".
"""

from __future__ import annotations

import argparse
import errno

from satchel.errors import InvalidInputError, VaultError, disk_error

# Arguments that name files or folders: any bytes the system allows are fine there.
PATH_ARGUMENTS = frozenset({"vault", "body_file", "file", "backup_file", "to", "folder"})
PATH_ARGUMENTS |= {"screenshot", "save_travel_backup"}


def refuse_undecodable(args: argparse.Namespace) -> None:
    """Text fields must be UTF-8: a lone surrogate from a Latin-1 terminal cannot be stored."""
    for dest, value in vars(args).items():
        if dest in PATH_ARGUMENTS:
            continue
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and not _is_utf8(text):
                option = "the search words" if dest == "query" else f"--{dest.replace('_', '-')}"
                raise InvalidInputError(
                    f"The text given for {option} is not valid UTF-8 (the terminal may use "
                    "another encoding). Nothing was changed; type it again in UTF-8."
                )


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_OS_SENTENCES = {
    errno.ENAMETOOLONG: "the path is too long for this system",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EISDIR: "it is a folder, where a file was expected",
    errno.EEXIST: "something is already there; nothing was overwritten",
    errno.ENOENT: "it does not exist",
    errno.ELOOP: "it is a link Satchel does not follow (or a loop of links)",
    errno.ENXIO: "it is not a plain file",
    errno.EBUSY: "the system says it is busy",
    errno.ETXTBSY: "the system says it is busy",
    errno.EINVAL: "the system refused that name",
}


def describe(error: BaseException) -> VaultError | None:
    """A typed, plain-language error for a system error; None when it is not one."""
    disk = disk_error(error)
    if disk is not None:
        return disk
    if isinstance(error, UnicodeError):
        return InvalidInputError(
            "Some text is not valid UTF-8 (a file or an argument in another encoding). "
            "Nothing was changed."
        )
    if isinstance(error, OSError):
        reason = _OS_SENTENCES.get(error.errno or 0, error.strerror or "the system refused it")
        where = error.filename
        if isinstance(where, str) and len(where) > 120:
            where = f"{where[:60]}…{where[-40:]}"
        subject = f"Cannot use {where}" if where else "A file could not be used"
        return InvalidInputError(f"{subject}: {reason}. Nothing was changed.")
    return None
