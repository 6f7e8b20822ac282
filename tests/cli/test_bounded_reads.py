"""`note add --body-file` reads nothing unbounded: a device, a pipe or a huge file is refused
at once, and so is standard input beyond the largest body."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.cli.conftest import PASSPHRASE_LINE, RunCli

from satchel.cli.exit_codes import EXIT_USAGE
from satchel.services.notebook.notes import MAX_BODY


def _case(run_cli: RunCli, vault: Path) -> str:
    return run_cli("case", "add", vault, "--title", "Bodies").out.strip()


def _huge(tmp_path: Path) -> Path:
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(1024 * 1024 * 1024)
    return path


def _fifo(tmp_path: Path) -> Path:
    os.mkfifo(tmp_path / "pipe.md")
    return tmp_path / "pipe.md"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("make", [lambda _t: Path("/dev/zero"), _fifo, _huge])
def test_a_body_file_that_never_ends_is_refused_at_once(
    run_cli: RunCli, vault: Path, tmp_path: Path, make: object
) -> None:
    case = _case(run_cli, vault)
    body = make(tmp_path)  # type: ignore[operator]
    result = run_cli("note", "add", vault, "--case", case, "--title", "T", "--body-file", body)
    assert result.code == EXIT_USAGE
    assert "too large" in result.err or "not a regular file" in result.err
    assert run_cli("note", "list", vault).out.count("\n") <= 1


@pytest.mark.timeout(60)
def test_standard_input_beyond_the_largest_body_is_refused(run_cli: RunCli, vault: Path) -> None:
    case = _case(run_cli, vault)
    stdin = PASSPHRASE_LINE + b"x" * (MAX_BODY * 4 + 1)
    result = run_cli(
        "note", "add", vault, "--case", case, "--title", "T", "--body-file", "-", stdin=stdin
    )
    assert result.code == EXIT_USAGE
    assert "too large" in result.err
