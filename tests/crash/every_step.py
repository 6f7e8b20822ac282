"""The parent side of the kill-at-every-step tests (duress erase, travel preparation).

A real format-2 vault to copy, one run of `step_killer` with a step limit, and the loop
that copies the vault, runs the child with a limit one step further each time, lets the
test judge what the kill left, and stops once a run finishes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from tests.crash.killable_child import REPO
from tests.crash.step_killer import REAL
from tests.factories import make_vault

from satchel.errors import WrongPassphraseError
from satchel.services.core import session
from satchel.services.core.session import VaultSession
from satchel.services.notebook.cases import create_case, list_cases

REAL_CASE = "Real case"
Judge = Callable[[int, Path, Path, bool], str]  # (limit, vault, own folder, finished) -> old|new


def real_vault(folder: Path, then: Callable[[VaultSession], object] | None = None) -> Path:
    """A closed format-2 vault with the passphrase REAL and one case, REAL_CASE."""
    vs, _ = make_vault(folder, REAL, format_version=2)
    with vs:
        create_case(vs, title=REAL_CASE)
        if then is not None:
            then(vs)
    return folder


def run_step_killer(limit: int, action: str, *args: Path, timeout: float = 120) -> bool:
    """One child run killed before its `limit`-th file step; True when it finished first."""
    env = {"PYTHONPATH": f"{REPO}:{REPO / 'desktop'}", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.crash.step_killer", str(limit), action, *map(str, args)],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=timeout,
        check=False,
    )
    return result.stdout.strip() == b"done"


def titles(folder: Path, passphrase: str) -> list[str] | None:
    """The case titles `passphrase` opens in `folder`, or None when it opens nothing."""
    try:
        with session.unlock(folder, passphrase) as vs:
            return [c.title for c in list_cases(vs)]
    except WrongPassphraseError:
        return None


def kill_at_every_step(
    template: Path,
    tmp_path: Path,
    limits: Iterable[int],
    *,
    run: Callable[[int, Path, Path], bool],
    judge: Judge,
    what: str,
) -> dict[str, int]:
    """How many kills left the old state and how many the new one, up to a finished run.

    Each run gets a fresh copy of `template` and an empty folder of its own (a USB stick,
    a scratch place). A kill that left the old state must not be a finished run."""
    outcomes = {"old": 0, "new": 0}
    for limit in limits:
        folder, own = tmp_path / f"run-{limit}", tmp_path / f"own-{limit}"
        shutil.copytree(template, folder)
        own.mkdir()
        finished = run(limit, folder, own)
        outcome = judge(limit, folder, own, finished)
        if outcome == "old":
            assert not finished, limit
        outcomes[outcome] += 1
        shutil.rmtree(folder)
        shutil.rmtree(own)
        if finished:
            print(f"{what}: {limit} steps, outcomes {outcomes}")
            return outcomes
    pytest.fail(f"{what} never finished")
