"""Every read of a file the user names is bounded before it starts.

/dev/zero never ends and a FIFO with no writer blocks for ever: each must be refused at
once (the short timeouts turn a hang into a failure), and a huge sparse file refused from
its size, never read.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from satchel.errors import InvalidInputError, VaultError
from satchel.services.core.session import VaultSession
from satchel.services.core.user_files import read_user_file
from satchel.services.imports.contacts import preview_contacts
from satchel.services.sharing.importing import read_bundle_file
from satchel.services.templates.shipped import read_template_file

GIB = 1024 * 1024 * 1024


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.md"
    os.mkfifo(path)
    return path


def _sparse(tmp_path: Path) -> Path:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(3 * GIB)  # beyond every limit (bundles: 2 GB), and no disk space
    return path


SOURCES: dict[str, Callable[[Path], Path]] = {
    "/dev/zero": lambda _tmp: Path("/dev/zero"),
    "a FIFO": _fifo,
    "a 3 GB sparse file": _sparse,
    "a folder": lambda tmp: tmp,
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("source", SOURCES)
def test_read_user_file_refuses_at_once(tmp_path: Path, source: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        read_user_file(SOURCES[source](tmp_path), 1024 * 1024)
    assert "nothing" not in str(refused.value).lower() or "too large" in str(refused.value)


def test_a_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "body.md"
    path.write_bytes(b"x" * 1000)
    assert read_user_file(path, 1000) == b"x" * 1000
    with pytest.raises(InvalidInputError, match="too large"):
        read_user_file(path, 999)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("source", SOURCES)
def test_bundle_template_and_contact_imports_refuse_at_once(
    vs: VaultSession, tmp_path: Path, source: str
) -> None:
    path = SOURCES[source](tmp_path)
    for read in (
        read_bundle_file,
        read_template_file,
        lambda p: preview_contacts(vs, p),
    ):
        with pytest.raises(VaultError):
            read(path)
