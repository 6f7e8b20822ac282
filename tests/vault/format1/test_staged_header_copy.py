"""A staged header copy left by a crash is destroyed by the next unlock (both formats)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.vault.vault_disk import Layout

from satchel.vault import FAST_TEST_KDF, create_vault, unlock_vault
from satchel.vault.disk.atomic_file import temp_path


@pytest.fixture(params=[2, 1], ids=["format2", "format1"])
def vault_format(request: pytest.FixtureRequest) -> int:
    return int(request.param)


def _made(tmp_path: Path, vault_format: int) -> Path:
    folder = tmp_path / "vault"
    vault, _phrase = create_vault(
        folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=vault_format
    )
    vault.close()
    return folder


def test_an_unlock_removes_a_staged_copy_a_crash_left(
    tmp_path: Path, vault_format: int, layout: Layout
) -> None:
    folder = _made(tmp_path, vault_format)
    first = folder / layout.headers[0]
    staged = temp_path(first)
    staged.write_bytes(first.read_bytes())  # as a passphrase change cut short leaves it
    with unlock_vault(folder, PASSPHRASE):
        pass
    assert not staged.exists()
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []


def test_the_staged_copy_is_overwritten_not_only_unlinked(
    tmp_path: Path, vault_format: int, layout: Layout
) -> None:
    """Its slot may wrap the master key under a passphrase that never took effect."""
    folder = _made(tmp_path, vault_format)
    first = folder / layout.headers[0]
    staged = temp_path(first)
    staged.write_bytes(first.read_bytes())
    before = staged.read_bytes()
    fd = os.open(staged, os.O_RDONLY)
    try:
        with unlock_vault(folder, PASSPHRASE):
            pass
        after = os.pread(fd, len(before), 0)
    finally:
        os.close(fd)
    assert not staged.exists()
    assert b'"wrapped"' not in after
    assert before[16:48] not in after  # format 2: the first slot position is gone
