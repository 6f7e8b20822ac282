"""SIGKILL at each step of a panic wipe: the vault as it was, or nothing that opens.

The child (step_killer) unlocks the vault, then runs the window's panic erase and kills
itself before its 1st, 2nd, 3rd … file step, until a run finishes. After each kill, either
the vault opens with its passphrase and shows its case (the old state: the copy of the
header that decides was not yet overwritten), or nothing in the folder opens with the
passphrase or the recovery phrase: not the folder, not either header copy on its own, not a
backup left in its backups folder. Never a half-erased vault that still opens somewhere.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.crash.killable_child import REPO
from tests.crash.step_killer import REAL

from satchel.errors import DamagedError, NotAVaultError, VaultError, WrongPassphraseError
from satchel.services.backups.operations import back_up
from satchel.services.backups.restore import restore_as_new_vault
from satchel.services.core import session
from satchel.services.notebook.cases import create_case, list_cases
from satchel.vault import FAST_TEST_KDF

MAX_STEPS = 200
REFUSED = (WrongPassphraseError, NotAVaultError, DamagedError)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("panic") / "v"
    vs, phrase = session.create(folder, REAL, kdf_for_tests=FAST_TEST_KDF, format_version=2)
    with vs:
        create_case(vs, title="Real case")
        back_up(vs)
        back_up(vs)
    return folder, phrase


def _run(limit: int, folder: Path) -> bool:
    env = {"PYTHONPATH": f"{REPO}:{REPO / 'desktop'}", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.crash.step_killer", str(limit), "panic", str(folder)],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )
    return result.stdout.strip() == b"done"


def _opens(folder: Path, phrase: str | None) -> bool:
    """Whether the passphrase (or else the recovery phrase, when given) opens `folder`.

    The recovery phrase is tried only now and then: on random header bytes its fallback
    for vaults upgraded from format 1 runs a key derivation of random cost (up to ~13 s).
    """
    tries = [(session.unlock, REAL)] + ([(session.unlock_recovery, phrase)] if phrase else [])
    for opener, secret in tries:
        try:
            with opener(folder, secret) as vs:
                assert [c.title for c in list_cases(vs)] == ["Real case"]
            return True
        except REFUSED:
            continue
    return False


def _anything_opens(folder: Path, phrase: str | None, scratch: Path) -> list[str]:
    """Every header copy on its own, and every backup left beside the vault, that opens."""
    opened = []
    for name in ("0", "1"):
        if not (folder / name).is_file():
            continue
        if scratch.exists():
            shutil.rmtree(scratch)
        shutil.copytree(folder, scratch)
        for other in ("0", "1"):
            shutil.copyfile(folder / name, scratch / other)
        if _opens(scratch, phrase):
            opened.append(name)
    backups = folder / "7"
    for backup in sorted(backups.iterdir()) if backups.is_dir() else []:
        if scratch.exists():
            shutil.rmtree(scratch)
        try:
            restore_as_new_vault(backup, scratch)
        except VaultError:
            continue
        if _opens(scratch, phrase):
            opened.append(f"7/{backup.name}")
    return opened


def test_every_step_of_a_panic_wipe(template: tuple[Path, str], tmp_path: Path) -> None:
    source, phrase = template
    outcomes = {"old": 0, "gone": 0}
    for limit in range(1, MAX_STEPS):
        folder = tmp_path / f"run-{limit}"
        shutil.copytree(source, folder)
        finished = _run(limit, folder)
        if _opens(folder, None):
            outcomes["old"] += 1
            assert not finished
        else:
            outcomes["gone"] += 1
            first_or_last = outcomes["gone"] == 1 or finished
            assert not first_or_last or not _opens(folder, phrase)
            leaks = _anything_opens(folder, phrase if first_or_last else None, tmp_path / "s")
            assert leaks == [], (limit, leaks)
        shutil.rmtree(folder, ignore_errors=True)
        if finished:
            assert not folder.exists() or outcomes["gone"]
            break
    else:
        pytest.fail("the panic wipe never finished")
    assert outcomes["old"] >= 1 and outcomes["gone"] >= 2, outcomes
    print(f"panic wipe: {limit} steps, outcomes {outcomes}")
