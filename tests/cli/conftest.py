"""Fixtures and shared pieces of the command-line tests: a vault per test, the CLI runner,
the child-process runner and what every run must not print.

Most tests call `satchel.cli.main` in this process with standard input replaced by a pipe
(not a terminal, so its first line is the passphrase). The suite-wide empty vault is copied
for each test, so a test pays only for its own unlocks (~0.1 s each at the floor).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, EmptyVault
from tests.factories import make_vault

from satchel import cli

PASSPHRASE_LINE = PASSPHRASE.encode() + b"\n"
NEW_PASSPHRASE_LINE = NEW_PASSPHRASE.encode() + b"\n"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


RunCli = Callable[..., Result]
"""The `run_cli` fixture: `run_cli(*args, stdin=b"...") -> Result`."""


def assert_no_traceback(err: str) -> None:
    """No run, failed or not, may show a user a traceback or an unexpected-problem notice."""
    assert "Traceback" not in err, err
    assert "unexpected problem" not in err, err


def run_process(
    *args: object,
    stdin: bytes | None = PASSPHRASE_LINE,
    command: tuple[str, ...] = (sys.executable, "-m", "satchel"),
    timeout: float = 120,
) -> Result:
    """The real program in a child process; `stdin=None` gives it no input at all."""
    done = subprocess.run(
        [*command, *(str(arg) for arg in args)],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    err = done.stderr.decode("utf-8")
    assert_no_traceback(err)
    return Result(done.returncode, done.stdout.decode("utf-8"), err)


def satchel_script() -> Path:
    """The `satchel` console script installed next to this interpreter."""
    name = "satchel.exe" if sys.platform == "win32" else "satchel"
    script = Path(sys.executable).parent / name
    if not script.exists():
        pytest.skip(f"the satchel entry point is not installed next to {sys.executable}")
    return script


@pytest.fixture
def vault(empty_vault: EmptyVault, tmp_path: Path) -> Path:
    """A closed, empty vault of this test's own (a copy of the suite-wide one)."""
    folder = tmp_path / "vault"
    shutil.copytree(empty_vault.folder, folder)
    return folder


@pytest.fixture
def format1_vault(tmp_path: Path) -> Path:
    """A closed vault in format 1, as an older Satchel made it (not yet upgraded)."""
    folder = tmp_path / "vault-v1"
    session, _phrase = make_vault(folder, format_version=1)
    session.close()
    return folder


@pytest.fixture
def recovery_phrase(empty_vault: EmptyVault) -> str:
    return empty_vault.recovery_phrase


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> RunCli:
    """`run_cli(*args, stdin=b"...")`: main() in this process; stdin is a pipe, not a tty.

    By default standard input holds just the passphrase line. No run may show a traceback.
    """

    def run(*args: object, stdin: bytes = PASSPHRASE_LINE) -> Result:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsys.readouterr()
        try:
            code = cli.main([str(arg) for arg in args])
        except SystemExit as stop:  # argparse's --help and --version exit by themselves
            code = stop.code if isinstance(stop.code, int) else 1
        out, err = capsys.readouterr()
        assert_no_traceback(err)
        return Result(code, out, err)

    return run
