"""Crash-safe replacement of small files: temp file, fsync, rename, fsync of the folder.

Both the staged copy and the final name are handled through `vault_files`, so a link planted
under either name is refused, never followed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from satchel.vault.disk import vault_files


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path(path: Path) -> Path:
    """Where `write_atomically` stages `path`; a crash can leave a full copy there."""
    return path.with_name(f".{path.name}.tmp")


def write_atomically(path: Path, data: bytes) -> None:
    """Either the old content or the new one survives a crash, never a mix.

    A staged copy a crash left behind is overwritten in place (it may hold an old keyslot),
    not merely truncated. The final name must not be a link either.
    """
    folder, temp = path.parent, temp_path(path).name
    vault_files.refuse_links(folder, (path.name,))
    fd = vault_files.open_file(folder, temp, os.O_WRONLY | os.O_CREAT)
    try:
        old_size = os.fstat(fd).st_size
        if old_size > len(data):
            vault_files.overwrite(fd, old_size)
            os.lseek(fd, 0, os.SEEK_SET)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.ftruncate(fd, len(data))
        os.fsync(fd)
        os.close(fd)
        fd = -1
        vault_files.replace(folder, temp, path.name)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            vault_files.remove(folder, temp)
        raise
    fsync_folder(folder)
