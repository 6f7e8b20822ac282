"""One process at a time: an exclusive, non-blocking OS lock on the vault's lock file.

The lock is released by the OS when the process dies, so a crash never leaves a vault stuck.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from satchel.errors import BusyError
from satchel.vault.disk import vault_files

LOCK_FILE = "vault.lock"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt  # noqa: PLC0415 - Windows only

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl  # noqa: PLC0415 - POSIX only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class VaultLock:
    """Held for as long as a vault is unlocked in this process."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, folder: Path, *, create: bool, name: str = LOCK_FILE) -> VaultLock | None:
        """The lock; None when the lock file is missing and `create` is false.

        Not creating it on a first try lets a failed open leave the folder unchanged.
        """
        flags = os.O_RDWR | (os.O_CREAT if create else 0)
        try:
            fd = vault_files.open_file(folder, name, flags)  # never through a link
        except FileNotFoundError:
            return None
        if not _try_lock(fd):
            os.close(fd)
            raise BusyError()
        return cls(fd)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


class BorrowedLock(VaultLock):
    """The folder lock of the side that prepared a cover: released by that side, not this."""

    def __init__(self, owner: VaultLock) -> None:
        super().__init__(-1)
        self._owner = owner
        self._released = False

    def release(self) -> None:
        self._released = True

    @property
    def held(self) -> bool:
        return not self._released and self._owner.held
