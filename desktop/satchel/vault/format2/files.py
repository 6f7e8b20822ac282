"""Format 2 on disk, below any key: overwriting a side's files so nothing of them is left.

Used where a side is destroyed (a duress erase, removing a duress passphrase, travel) and by
wipe; every write goes to the file itself, never through a link planted under its name.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from satchel.vault.disk import vault_files
from satchel.vault.disk.atomic_file import fsync_folder, write_atomically
from satchel.vault.format2.layout import RECORD_BYTES, Pair, filler_size


def overwrite_file(path: Path, size: int, *, at_most: bool = False) -> None:
    """Random bytes over a regular file (never through a link), fsynced."""
    st = vault_files.lstat(path.parent, path.name)
    if st is None or not vault_files.is_safe(st):
        return  # missing, a link, or a file with another name too: never written through
    length = path.stat().st_size
    size = min(size, length) if at_most else max(size, length)
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        done = 0
        while done < size:
            chunk = os.urandom(min(1 << 20, size - done))
            os.pwrite(fd, chunk, done)
            done += len(chunk)
        os.fsync(fd)
    finally:
        os.close(fd)


def destroy_pair(pair: Pair) -> None:
    """Overwrite a side's database, journal and record with random bytes, same sizes."""
    for path in pair.journal_files:
        overwrite_file(path, 0)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    overwrite_file(pair.database, 0)
    if not pair.database.exists():
        write_atomically(pair.database, os.urandom(filler_size()))
    overwrite_file(pair.record, RECORD_BYTES)
    if pair.record.stat().st_size != RECORD_BYTES:
        write_atomically(pair.record, os.urandom(RECORD_BYTES))
    fsync_folder(pair.database.parent)
