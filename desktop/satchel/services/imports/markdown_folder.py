"""Reading an export folder without leaving it: no link followed, hidden folders passed over.

Every file is listed before any is read, with the reason each one is skipped, and a file is
opened again with O_NOFOLLOW so a link swapped in after the listing is refused too. The
limits stop a folder (or a prank of nested folders) that would take the import all day.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from satchel.errors import InvalidInputError
from satchel.services.imports.skip_reasons import Reason, cannot_read
from satchel.services.notebook.notes import MAX_BODY

MAX_ENTRIES = 50_000  # files and folders looked at, in all
MAX_DEPTH = 32
MARKDOWN_SUFFIXES = {".md", ".markdown"}


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: Reason


@dataclass
class FolderWalk:
    root: Path
    markdown: list[str]
    others: dict[str, int]  # relative path -> size, for images to be linked
    skipped: list[Skipped]
    entries: int = 0
    used: set[str] = field(default_factory=set)  # files that notes show as images


def walk_folder(root: Path) -> FolderWalk:
    """Every regular file under root, without following a link or entering hidden folders."""
    walk = FolderWalk(root, [], {}, [])
    _scan(walk, root, PurePosixPath(), 0)
    return walk


def _scan(walk: FolderWalk, folder: Path, relative: PurePosixPath, depth: int) -> None:
    if depth > MAX_DEPTH:
        walk.skipped.append(Skipped(str(relative), Reason("nested_too_deep")))
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        walk.skipped.append(Skipped(str(relative) or ".", cannot_read(error)))
        return
    for entry in entries:
        walk.entries += 1
        if walk.entries > MAX_ENTRIES:
            raise InvalidInputError(problem="too_many_entries", limit=MAX_ENTRIES)
        path = relative / entry.name
        try:  # a listed name can still fail: no search right on the folder, a path too long
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError as error:
            walk.skipped.append(Skipped(str(path), cannot_read(error)))
            continue
        if stat.S_ISLNK(mode):
            walk.skipped.append(Skipped(str(path), Reason("symlink")))
        elif entry.name.startswith("."):
            kind = Reason("hidden_folder" if stat.S_ISDIR(mode) else "hidden_file")
            walk.skipped.append(Skipped(str(path), kind))
        elif stat.S_ISDIR(mode):
            _scan(walk, Path(entry.path), path, depth + 1)
        elif not stat.S_ISREG(mode):
            walk.skipped.append(Skipped(str(path), Reason("not_regular")))
        elif Path(entry.name).suffix.lower() in MARKDOWN_SUFFIXES:
            walk.markdown.append(str(path))
        else:
            walk.others[str(path)] = entry.stat(follow_symlinks=False).st_size


def read_no_follow(path: Path, limit: int) -> bytes:
    """A regular file's bytes (at most limit + 1), refusing a link swapped in since the scan."""
    # O_NONBLOCK: a FIFO swapped in since the scan must not block the import
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError(0, "not a regular file")
        return handle.read(limit + 1)


def read_note_text(path: Path) -> str | Skipped:
    relative = str(path)
    try:
        data = read_no_follow(path, MAX_BODY * 4)
    except OSError as error:
        return Skipped(relative, cannot_read(error))
    if len(data) > MAX_BODY * 4:
        return Skipped(relative, Reason("note_too_large", limit=MAX_BODY))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Skipped(relative, Reason("not_utf8"))
    if len(text) > MAX_BODY:
        return Skipped(relative, Reason("note_too_large", limit=MAX_BODY))
    if "\x00" in text:
        return Skipped(relative, Reason("nul"))
    return text.replace("\r\n", "\n")
