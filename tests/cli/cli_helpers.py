"""Shared pieces of the command-line tests: results, the child-process runner, constants."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE

__all__ = [
    "NEW_PASSPHRASE",
    "NEW_PASSPHRASE_LINE",
    "PASSPHRASE",
    "PASSPHRASE_LINE",
    "Result",
    "RunCli",
    "assert_no_traceback",
    "run_process",
    "satchel_script",
]

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
