"""SIGKILL at each step of `satchel wipe` on a vault still in format 1 (one not opened since
format 2 came: opening upgrades it). Backups beside it go first, then the spare header copy,
then the first: after each kill the vault opens as before, or nothing opens, neither the
folder with either header copy nor a backup left in its backups folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.crash.every_step import run_step_killer
from tests.crash.step_killer import REAL

from satchel.errors import DamagedError, NotAVaultError, VaultError, WrongPassphraseError
from satchel.services.backups.operations import back_up
from satchel.services.backups.restore import restore_as_new_vault
from satchel.services.core import session
from satchel.services.notebook.cases import create_case
from satchel.vault import FAST_TEST_KDF
from satchel.vault.format1.header import HEADER_FILES
from satchel.vault.lifecycle import unlock_vault

REFUSED = (WrongPassphraseError, NotAVaultError, DamagedError)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wipe1") / "v"
    vs, _ = session.create(folder, REAL, kdf_for_tests=FAST_TEST_KDF, format_version=1)
    with vs:
        create_case(vs, title="Real case")
        back_up(vs)
        back_up(vs)
    return folder


def _opens(folder: Path) -> bool:
    """The passphrase opens the vault's key (checked below the session, which would upgrade
    the vault to format 2 on the way)."""
    try:
        unlock_vault(folder, REAL).close()
        return True
    except REFUSED:
        return False


def _leaks(folder: Path, scratch: Path) -> list[str]:
    """Each header copy on its own, and each backup left beside the vault, that opens."""
    opened = []
    for name in HEADER_FILES if folder.is_dir() else ():
        if not (folder / name).is_file():
            continue
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.copytree(folder, scratch)
        for other in HEADER_FILES:
            shutil.copyfile(folder / name, scratch / other)
        if _opens(scratch):
            opened.append(name)
    backups = folder / "backups"
    for backup in sorted(backups.iterdir()) if backups.is_dir() else []:
        shutil.rmtree(scratch, ignore_errors=True)
        try:
            restore_as_new_vault(backup, scratch)
        except (VaultError, OSError):
            continue
        if _opens(scratch):
            opened.append(f"backups/{backup.name}")
    return opened


def test_every_step_of_a_format1_wipe(template: Path, tmp_path: Path) -> None:
    outcomes = {"old": 0, "gone": 0}
    for limit in range(1, 80):
        folder = tmp_path / f"run-{limit}"
        shutil.copytree(template, folder)
        finished = run_step_killer(limit, "wipe", folder)
        if _opens(folder):
            outcomes["old"] += 1
            assert not finished, limit
        else:
            outcomes["gone"] += 1
            assert _leaks(folder, tmp_path / "s") == [], limit
        shutil.rmtree(folder, ignore_errors=True)
        if finished:
            break
    else:
        pytest.fail("the wipe never finished")
    assert outcomes["old"] >= 3 and outcomes["gone"] >= 2, outcomes
    print(f"format-1 wipe: {limit} steps, outcomes {outcomes}")
