"""A vault's own files, opened without following links, relative to the folder's descriptor.

Someone who can write to the folder (a USB stick left in a bag) could plant a symbolic or hard
link named like a vault file, pointing at one of the user's other files: a wipe, a header
repair or a passphrase change would then overwrite or truncate that file. So every vault file
is opened with O_NOFOLLOW from a descriptor of the folder, checked to be a regular file with
one name, and refused otherwise with a typed error; a rename or unlink acts on the folder's
own entry, never on what a link points at.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from satchel.errors import UnsafeVaultFileError

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO planted under a vault name must not hang
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_DIR_FD = os.open in os.supports_dir_fd


@contextlib.contextmanager
def folder_descriptor(folder: Path) -> Iterator[int | None]:
    """The folder's descriptor (None where the OS has no `openat`, i.e. Windows)."""
    if not _DIR_FD:
        yield None
        return
    fd = os.open(folder, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    try:
        yield fd
    finally:
        os.close(fd)


def _where(folder: Path, name: str, dir_fd: int | None) -> str:
    return name if dir_fd is not None else os.fspath(folder / name)


def is_safe(st: os.stat_result) -> bool:
    """A regular file with no other name: writing it can touch nothing but itself."""
    return stat.S_ISREG(st.st_mode) and st.st_nlink == 1


def lstat(folder: Path, name: str) -> os.stat_result | None:
    """The entry itself (a link is not followed); None when there is none."""
    with folder_descriptor(folder) as dir_fd:
        try:
            return os.stat(_where(folder, name, dir_fd), dir_fd=dir_fd, follow_symlinks=False)
        except FileNotFoundError:
            return None


def open_file(folder: Path, name: str, flags: int, mode: int = 0o600) -> int:
    """A descriptor on the vault file `name`; UnsafeVaultFileError for a link or non-file.

    FileNotFoundError passes through (a missing copy is the caller's business).
    """
    with folder_descriptor(folder) as dir_fd:
        where = _where(folder, name, dir_fd)
        if dir_fd is None:  # no O_NOFOLLOW on Windows: look at the entry first
            before = _lstat_or_none(where)
            if before is not None and not stat.S_ISREG(before.st_mode):
                raise UnsafeVaultFileError(name)
        try:
            fd = os.open(
                where, flags | _NOFOLLOW | _CLOEXEC | _NONBLOCK | _BINARY, mode, dir_fd=dir_fd
            )
        except OSError as error:
            if error.errno in (errno.ELOOP, errno.EMLINK, errno.ENXIO):
                raise UnsafeVaultFileError(name) from error
            if error.errno == errno.EISDIR:
                raise UnsafeVaultFileError(name) from error
            raise
    if not is_safe(os.fstat(fd)):
        os.close(fd)
        raise UnsafeVaultFileError(name)
    return fd


def _lstat_or_none(where: str) -> os.stat_result | None:
    try:
        return os.lstat(where)
    except FileNotFoundError:
        return None


def read_file(folder: Path, name: str, limit: int) -> bytes | None:
    """At most `limit` + 1 bytes of a vault file (so the caller sees it is too long); None
    when it does not exist."""
    try:
        fd = open_file(folder, name, os.O_RDONLY)
    except FileNotFoundError:
        return None
    with os.fdopen(fd, "rb") as handle:
        return handle.read(limit + 1)


def overwrite(fd: int, size: int) -> None:
    """Random bytes over the first `size` bytes of an open vault file, synced."""
    os.lseek(fd, 0, os.SEEK_SET)
    done = 0
    while done < size:
        done += os.write(fd, os.urandom(min(size - done, 1 << 20)))
    os.fsync(fd)


def destroy(folder: Path, name: str, size: int | None = None) -> bool:
    """Overwrite (the first `size` bytes, default all and at least 4 KiB), then unlink.

    Returns False, touching nothing, when the entry is a link or not a regular file of its
    own; True when it was destroyed or was not there.
    """
    try:
        fd = open_file(folder, name, os.O_RDWR)
    except FileNotFoundError:
        return True
    except UnsafeVaultFileError:
        return False
    try:
        length = os.fstat(fd).st_size
        overwrite(fd, max(length, 4096) if size is None else min(size, length))
    finally:
        os.close(fd)
    remove(folder, name)
    return True


def remove(folder: Path, name: str) -> bool:
    """Unlink a regular vault file; a link or anything else is left alone (returns False)."""
    st = lstat(folder, name)
    if st is None:
        return True
    if not is_safe(st):
        return False
    with folder_descriptor(folder) as dir_fd, contextlib.suppress(FileNotFoundError):
        os.unlink(_where(folder, name, dir_fd), dir_fd=dir_fd)
    return True


def replace(folder: Path, source: str, target: str) -> None:
    """Rename within the folder: the target entry is replaced, never what it points at."""
    with folder_descriptor(folder) as dir_fd:
        os.replace(
            _where(folder, source, dir_fd),
            _where(folder, target, dir_fd),
            src_dir_fd=dir_fd,
            dst_dir_fd=dir_fd,
        )


def refuse_links(folder: Path, names: tuple[str, ...]) -> None:
    """UnsafeVaultFileError when any of `names` is a link or not a regular file.

    Called before a vault opens, since SQLCipher opens its database, WAL and shared-memory
    files by name and would follow a link.
    """
    for name in names:
        st = lstat(folder, name)
        if st is not None and not is_safe(st):
            raise UnsafeVaultFileError(name)
