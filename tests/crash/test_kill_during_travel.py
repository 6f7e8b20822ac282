"""SIGKILL at each step of travel preparation: the vault, or the cover and a good backup.

The child (step_killer) prepares a vault for travel (backup to a folder, check, cover, erase)
and kills itself before its 1st, 2nd … file step until a run finishes. After each kill the
real vault still opens on the laptop, or it does not and a complete backup in the chosen
folder brings it back; the cover opens whenever the real vault is gone.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from tests.crash.every_step import REAL_CASE, kill_at_every_step, real_vault, run_step_killer
from tests.crash.every_step import titles as case_titles
from tests.crash.step_killer import DURESS, REAL

from satchel.errors import VaultError
from satchel.services.backups.restore import restore_as_new_vault

MAX_STEPS = 400


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return real_vault(tmp_path_factory.mktemp("travel") / "v")


def _backup_brings_it_back(stick: Path) -> bool:
    for path in sorted(stick.iterdir()) if stick.is_dir() else []:
        if path.name.startswith("."):
            continue
        target = Path(tempfile.mkdtemp()) / "back"
        try:
            restore_as_new_vault(path, target)
            if case_titles(target, REAL) == [REAL_CASE]:
                return True
        except VaultError:
            continue
        finally:
            shutil.rmtree(target.parent, ignore_errors=True)
    return False


def _judge(limit: int, folder: Path, stick: Path, _finished: bool) -> str:
    if case_titles(folder, REAL) == [REAL_CASE]:
        return "old"
    assert _backup_brings_it_back(stick), limit
    assert case_titles(folder, DURESS) is not None  # the cover is what is left here
    return "new"


def test_every_step_of_travel_preparation(template: Path, tmp_path: Path) -> None:
    outcomes = kill_at_every_step(
        template,
        tmp_path,
        range(1, MAX_STEPS, 3),
        run=lambda limit, folder, stick: run_step_killer(
            limit, "travel", folder, stick, timeout=180
        ),
        judge=_judge,
        what="travel",
    )
    assert outcomes["old"] >= 1 and outcomes["new"] >= 1, outcomes
