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
import subprocess
import sys
from pathlib import Path

import pytest
from tests.crash.killable_child import REPO
from tests.crash.step_killer import DURESS

from satchel.errors import WrongPassphraseError
from satchel.services.coercion.duress import set_duress
from satchel.services.core import session
from satchel.services.notebook.cases import create_case, list_cases
from satchel.vault import FAST_TEST_KDF

REAL = "real passphrase for the real vault"
MAX_STEPS = 200


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("erase") / "v"
    vs, _ = session.create(folder, REAL, kdf_for_tests=FAST_TEST_KDF, format_version=2)
    with vs:
        create_case(vs, title="Real case")
        set_duress(vs, DURESS, mode="erase")
    return folder


def _run(limit: int, folder: Path) -> bool:
    env = {"PYTHONPATH": f"{REPO}:{REPO / 'desktop'}", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.crash.step_killer", str(limit), "duress-unlock", str(folder)],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )
    return result.stdout.strip() == b"done"


def _real_opens(folder: Path) -> bool:
    try:
        with session.unlock(folder, REAL) as vs:
            assert [c.title for c in list_cases(vs)] == ["Real case"]
    except WrongPassphraseError:
        return False
    return True


def _copy_alone_opens(folder: Path, name: str, scratch: Path) -> bool:
    """Whether one header copy on its own (both copies made from it) opens the real vault."""
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(folder, scratch)
    for other in ("0", "1"):
        shutil.copyfile(folder / name, scratch / other)
    return _real_opens(scratch)


def test_every_step_of_a_duress_erase(template: Path, tmp_path: Path) -> None:
    outcomes = {"old": 0, "new": 0}
    for limit in range(1, MAX_STEPS):
        folder = tmp_path / f"run-{limit}"
        shutil.copytree(template, folder)
        finished = _run(limit, folder)
        scratch = tmp_path / "scratch"
        leaks = [name for name in ("0", "1") if _copy_alone_opens(folder, name, scratch)]
        if _real_opens(folder):
            outcomes["old"] += 1
            assert not finished
        else:
            outcomes["new"] += 1
            # Killed between the copies, the spare "1" may still hold the real slot (usable
            # only with the real passphrase) until the next unlock, which copies "0" over it.
            assert leaks in ([], ["1"]), (limit, leaks)
            assert not any(_copy_alone_opens(folder, n, scratch) for n in ("0", "1"))
        with session.unlock(folder, DURESS) as vs:  # the cover opens, whatever happened
            assert any(c.title == "Food bank rota" for c in list_cases(vs))
        shutil.rmtree(folder)
        if finished:
            break
    else:
        pytest.fail("the duress unlock never finished")
    assert outcomes["old"] >= 1 and outcomes["new"] >= 2, outcomes
    print(f"duress erase: {limit} steps, outcomes {outcomes}")
