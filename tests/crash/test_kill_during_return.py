"""SIGKILL at each step of the return from travel that keeps the cover.

The child (step_killer) opens the cover, stages the travel backup beside the folder, then
kills itself before its 1st, 2nd … file step of the finish until a run completes. After
each kill the folder opens as the cover alone (the old state: the backup still brings the
real vault back) or as both the real vault and the cover (the new one); never neither.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.crash.every_step import REAL_CASE, kill_at_every_step, real_vault, run_step_killer
from tests.crash.every_step import titles as case_titles
from tests.crash.step_killer import DURESS, REAL

from satchel.services.coercion.travel import prepare_for_travel
from satchel.services.core import session


@pytest.fixture(scope="module")
def travelled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A laptop folder holding only the cover, and the travel backup on a stick."""
    root = tmp_path_factory.mktemp("return")
    folder = real_vault(root / "v")
    with session.unlock(folder, REAL) as vs:
        backup = prepare_for_travel(vs, REAL, root / "stick", DURESS)
    return folder, backup


def test_every_step_of_the_return(travelled: tuple[Path, Path], tmp_path: Path) -> None:
    template, backup = travelled

    def judge(limit: int, folder: Path, _own: Path, _finished: bool) -> str:
        cover = case_titles(folder, DURESS)
        assert cover is not None, limit  # the cover opens whatever happened
        real = case_titles(folder, REAL)
        if real is None:
            return "old"
        assert real == [REAL_CASE], limit
        return "new"

    outcomes = kill_at_every_step(
        template,
        tmp_path,
        range(1, 40),
        run=lambda limit, folder, _own: run_step_killer(limit, "return", folder, backup),
        judge=judge,
        what="return",
    )
    assert outcomes["old"] >= 1 and outcomes["new"] >= 1, outcomes
