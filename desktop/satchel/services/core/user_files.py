"""Reading a file the user named (a note body, an import, a bundle, a template, a scan).

Every read is bounded before it starts: the file must be a plain file (a FIFO would block,
/dev/zero never ends, a 1 GB sparse file took 18 s and 2.2 GB of memory to refuse), its size
is checked from the descriptor, and no more than the limit plus one byte is read, so a file
that grows while it is read is still refused.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from satchel.errors import InvalidInputError

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def describe_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.0f} MB"
    return f"{max(size // 1024, 1)} kB" if size >= 1024 else f"{size} bytes"


def too_large(name: str, limit: int) -> InvalidInputError:
    return InvalidInputError(
        problem="file_too_large", name=name, limit=limit, limit_text=describe_size(limit)
    )


def open_user_file(path: Path) -> tuple[BinaryIO, int]:
    """A plain file the user named, opened for reading (never blocking on a FIFO), and its
    size from the descriptor; InvalidInputError names what is wrong."""
    path = Path(path)
    try:
        fd = os.open(path, _FLAGS | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise InvalidInputError(problem="is_folder", path=str(path)) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        problem = "is_folder" if stat.S_ISDIR(info.st_mode) else "not_a_plain_file"
        raise InvalidInputError(problem=problem, path=str(path))
    return os.fdopen(fd, "rb"), info.st_size


def read_user_file(path: Path, limit: int) -> bytes:
    """The bytes of a plain file, at most `limit`; InvalidInputError names what is wrong."""
    path = Path(path)
    handle, size = open_user_file(path)
    with handle:
        if size > limit:
            raise too_large(path.name, limit)
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise _unreadable(path, error) from None
    if len(data) > limit:  # it grew while it was read
        raise too_large(path.name, limit)
    return data


def read_stream(stream: BinaryIO, limit: int, name: str) -> bytes:
    """At most `limit` bytes of a stream (standard input); more is refused, not truncated."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(name, limit)
    return data


def _unreadable(path: Path, error: OSError) -> InvalidInputError:
    return InvalidInputError(
        problem="cannot_read", path=str(path), reason=error.strerror or error, errno=error.errno
    )
