"""Format 2 keeps the promise of format 1: a planted link is refused and never written through."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from satchel.errors import UnsafeVaultFileError
from satchel.vault import FAST_TEST_KDF, create_vault, unlock_vault, wipe_vault
from satchel.vault.format2.layout import all_names

PASSPHRASE = "orchard lantern quiet ferry"
PRECIOUS = b"the user's own file, not Satchel's " * 64


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("f2links") / "v"
    vault, _phrase = create_vault(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=2)
    vault.close()
    return folder


def _plant(template: Path, tmp_path: Path, name: str) -> tuple[Path, Path]:
    folder = tmp_path / "v"
    shutil.copytree(template, folder)
    precious = tmp_path / "precious.bin"
    precious.write_bytes(PRECIOUS)
    target = folder / name
    if target.exists():
        target.unlink()
    target.symlink_to(precious)
    return folder, precious


@pytest.mark.parametrize("name", ["0", "1", "2", "3", "4", "5", "2-wal", "3-wal"])
def test_unlock_refuses_a_vault_with_a_planted_link(
    template: Path, tmp_path: Path, name: str
) -> None:
    folder, precious = _plant(template, tmp_path, name)
    with pytest.raises(UnsafeVaultFileError, match=name):
        unlock_vault(folder, PASSPHRASE)
    assert precious.read_bytes() == PRECIOUS


@pytest.mark.parametrize("name", ["1", "4", "5"])
def test_wipe_never_writes_through_a_planted_link(
    template: Path, tmp_path: Path, name: str
) -> None:
    folder, precious = _plant(template, tmp_path, name)
    wipe_vault(folder)
    assert precious.read_bytes() == PRECIOUS
    assert not any(
        (folder / other).is_file() and not (folder / other).is_symlink() for other in all_names()
    )
