"""SIGKILL at each step of travel preparation: the vault, or the cover and a good backup.

The child (step_killer) prepares a vault for travel (backup to a folder, check, cover, erase)
and kills itself before its 1st, 2nd … file step until a run finishes. After each kill the
real vault still opens on the laptop, or it does not and a complete backup in the chosen
folder brings it back; the cover opens whenever the real vault is gone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from tests.crash.killable_child import REPO
from tests.crash.step_killer import DURESS, REAL

from satchel.errors import VaultError, WrongPassphraseError
from satchel.services.backups.restore import restore_as_new_vault
from satchel.services.core import session
from satchel.services.notebook.cases import create_case, list_cases
from satchel.vault import FAST_TEST_KDF

MAX_STEPS = 400


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("travel") / "v"
    vs, _ = session.create(folder, REAL, kdf_for_tests=FAST_TEST_KDF, format_version=2)
    with vs:
        create_case(vs, title="Real case")
    return folder


def _run(limit: int, folder: Path, stick: Path) -> bool:
    env = {"PYTHONPATH": f"{REPO}:{REPO / 'desktop'}", "PATH": "/usr/bin:/bin"}
    args = [str(limit), "travel", str(folder), str(stick)]
    result = subprocess.run(
        [sys.executable, "-m", "tests.crash.step_killer", *args],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=180,
        check=False,
    )
    return result.stdout.strip() == b"done"


def _titles(folder: Path, passphrase: str) -> list[str] | None:
    try:
        with session.unlock(folder, passphrase) as vs:
            return [c.title for c in list_cases(vs)]
    except WrongPassphraseError:
        return None


def _backup_brings_it_back(stick: Path) -> bool:
    for path in sorted(stick.iterdir()) if stick.is_dir() else []:
        if path.name.startswith("."):
            continue
        target = Path(tempfile.mkdtemp()) / "back"
        try:
            restore_as_new_vault(path, target)
            if _titles(target, REAL) == ["Real case"]:
                return True
        except VaultError:
            continue
        finally:
            shutil.rmtree(target.parent, ignore_errors=True)
    return False


def test_every_step_of_travel_preparation(template: Path, tmp_path: Path) -> None:
    outcomes = {"old": 0, "new": 0}
    for limit in range(1, MAX_STEPS, 3):
        folder, stick = tmp_path / f"run-{limit}", tmp_path / f"stick-{limit}"
        shutil.copytree(template, folder)
        stick.mkdir()
        finished = _run(limit, folder, stick)
        if _titles(folder, REAL) == ["Real case"]:
            outcomes["old"] += 1
            assert not finished
        else:
            outcomes["new"] += 1
            assert _backup_brings_it_back(stick), limit
            assert _titles(folder, DURESS) is not None  # the cover is what is left here
        shutil.rmtree(folder)
        shutil.rmtree(stick)
        if finished:
            break
    else:
        pytest.fail("travel preparation never finished")
    assert outcomes["old"] >= 1 and outcomes["new"] >= 1, outcomes
    print(f"travel: {limit} steps, outcomes {outcomes}")
