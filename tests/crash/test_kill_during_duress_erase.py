"""SIGKILL at each step of a duress erase: the old state or the new one, never neither.

The child (step_killer) opens the vault with the duress passphrase in erase mode and kills
itself before its 1st, 2nd, 3rd … file step, until a run finishes. After each kill:

- the cover opens (every time);
- either the real vault opens with its passphrase (old state, the erase had not happened),
  or it is refused as a wrong passphrase (new state), and then no header copy, read on its
  own, still opens it: no half-erased vault that leaks.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.crash.every_step import REAL_CASE, kill_at_every_step, real_vault, run_step_killer
from tests.crash.every_step import titles as case_titles
from tests.crash.step_killer import DURESS, REAL

from satchel.services.coercion.duress import set_duress

MAX_STEPS = 200


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("erase") / "v"
    return real_vault(folder, lambda vs: set_duress(vs, DURESS, mode="erase"))


def _real_opens(folder: Path) -> bool:
    found = case_titles(folder, REAL)
    assert found in (None, [REAL_CASE])
    return found is not None


def _copy_alone_opens(folder: Path, name: str, scratch: Path) -> bool:
    """Whether one header copy on its own (both copies made from it) opens the real vault."""
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(folder, scratch)
    for other in ("0", "1"):
        shutil.copyfile(folder / name, scratch / other)
    return _real_opens(scratch)


def _judge(limit: int, folder: Path, own: Path, _finished: bool) -> str:
    scratch = own / "scratch"
    leaks = [name for name in ("0", "1") if _copy_alone_opens(folder, name, scratch)]
    if _real_opens(folder):
        outcome = "old"
    else:
        outcome = "new"
        # Killed between the copies, the spare "1" may still hold the real slot (usable
        # only with the real passphrase) until the next unlock, which copies "0" over it.
        assert leaks in ([], ["1"]), (limit, leaks)
        assert not any(_copy_alone_opens(folder, n, scratch) for n in ("0", "1"))
    found = case_titles(folder, DURESS)  # the cover opens, whatever happened
    assert found is not None and "Food bank rota" in found
    return outcome


def test_every_step_of_a_duress_erase(template: Path, tmp_path: Path) -> None:
    outcomes = kill_at_every_step(
        template,
        tmp_path,
        range(1, MAX_STEPS),
        run=lambda limit, folder, _own: run_step_killer(limit, "duress-unlock", folder),
        judge=_judge,
        what="duress erase",
    )
    assert outcomes["old"] >= 1 and outcomes["new"] >= 2, outcomes
