"""The command line's exit codes, one per kind of failure a script may want to tell apart.

README.md's table and `satchel --help` list the same numbers.
"""

from __future__ import annotations

from satchel.errors import (
    BusyError,
    DamagedError,
    DiskError,
    TamperedError,
    UnsafeVaultFileError,
    VaultError,
    WrongPassphraseError,
)

EXIT_OK = 0
EXIT_USAGE = 1  # bad usage or input, and every error not named below
EXIT_WRONG_SECRET = 2
EXIT_DAMAGED = 3
EXIT_BUSY = 4
EXIT_DISK = 5  # the disk refused: full, read-only, over quota, failing, forbidden
EXIT_INTERRUPTED = 130  # Ctrl+C; committed changes are kept

_BY_ERROR: tuple[tuple[type[VaultError], int], ...] = (
    (WrongPassphraseError, EXIT_WRONG_SECRET),
    (DamagedError, EXIT_DAMAGED),  # with a damaged backup file
    (TamperedError, EXIT_DAMAGED),
    (UnsafeVaultFileError, EXIT_DAMAGED),  # a planted link is refused, never followed
    (BusyError, EXIT_BUSY),
    (DiskError, EXIT_DISK),
)


def exit_code_for(error: VaultError) -> int:
    # Imported here, on failure only: at module level they cost every command ~0.3 s of
    # start-up (the backup format imports SQLAlchemy), and commands import lazily.
    from satchel.services.backups.copying import BackupFailedError  # noqa: PLC0415
    from satchel.services.sharing.bundle_format import DamagedBundleError  # noqa: PLC0415

    if isinstance(error, BackupFailedError) and error.disk is not None:
        return EXIT_DISK  # a backup the disk refused keeps the disk's code
    if isinstance(error, DamagedBundleError):
        return EXIT_DAMAGED
    for kind, code in _BY_ERROR:
        if isinstance(error, kind):
            return code
    return EXIT_USAGE
