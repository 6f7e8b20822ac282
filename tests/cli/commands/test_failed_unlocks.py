"""`satchel failed-unlocks`: set, show and turn off the erase after failed unlocks; every
command with a wrong passphrase counts, and `satchel wipe` takes the count with the vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli.conftest import PASSPHRASE_LINE, RunCli

from satchel.services.coercion import failed_unlocks

WRONG_LINE = b"not the passphrase at all\n"


@pytest.fixture(autouse=True)
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "state"
    monkeypatch.setenv(failed_unlocks.STATE_ENV, str(folder))
    return folder


def test_off_until_set_then_shown_and_counted(run_cli: RunCli, vault: Path) -> None:
    shown = run_cli("failed-unlocks", vault)
    assert shown.code == 0
    assert shown.out == "erase-after: never\nshow-remaining: no\n"
    set_it = run_cli("failed-unlocks", vault, "--erase-after", "5", "--show-remaining")
    assert set_it.code == 0, set_it.err
    assert set_it.out == "erase-after: 5\nshow-remaining: yes\n"
    wrong = run_cli("case", "list", vault, stdin=WRONG_LINE)
    assert wrong.code == 2
    assert "4 attempts left before the vault is erased" in wrong.err
    wrong = run_cli("person", "list", vault, stdin=WRONG_LINE)  # any command counts
    assert "3 attempts left" in wrong.err
    assert run_cli("case", "list", vault).code == 0  # the right one resets it
    assert "4 attempts left" in run_cli("search", vault, "x", stdin=WRONG_LINE).err


def test_hidden_count_and_the_last_attempt(run_cli: RunCli, vault: Path) -> None:
    assert run_cli("failed-unlocks", vault, "--erase-after", "5").code == 0
    for _ in range(4):
        wrong = run_cli("case", "list", vault, stdin=WRONG_LINE)
        assert wrong.code == 2 and "left" not in wrong.err
    last = run_cli("case", "list", vault, stdin=WRONG_LINE)
    assert last.code == 2
    assert run_cli("case", "list", vault, stdin=PASSPHRASE_LINE).code != 0


def test_never_turns_it_off_and_wipe_forgets_it(run_cli: RunCli, vault: Path, state: Path) -> None:
    assert run_cli("failed-unlocks", vault, "--erase-after", "10").code == 0
    assert len(list(state.iterdir())) == 1
    off = run_cli("failed-unlocks", vault, "--erase-after", "never", "--show-remaining")
    assert off.out == "erase-after: never\nshow-remaining: no\n"
    assert list(state.iterdir()) == []
    assert run_cli("failed-unlocks", vault, "--erase-after", "20").code == 0
    assert run_cli("wipe", vault, "--yes-destroy-everything").code == 0
    assert list(state.iterdir()) == []


def test_a_wrong_choice_is_refused(run_cli: RunCli, vault: Path) -> None:
    refused = run_cli("failed-unlocks", vault, "--erase-after", "3")
    assert refused.code == 1
    assert "invalid choice" in refused.err
