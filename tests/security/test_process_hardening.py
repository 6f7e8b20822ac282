"""Core dumps are off in a launched Satchel process: a crash writes no names to disk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import resource, sys
from satchel.process_hardening import disable_core_dumps
assert disable_core_dumps()
status = open("/proc/self/status").read()
print(resource.getrlimit(resource.RLIMIT_CORE))
print([line for line in status.splitlines() if line.startswith("CoreDumping")])
import ctypes; libc = ctypes.CDLL(None)
print(libc.prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and prctl")
def test_core_dumps_are_off_in_a_launched_process() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    limit, _coredumping, dumpable = result.stdout.splitlines()
    assert limit == "(0, 0)"
    assert dumpable == "0"


COMMAND_PROBE = """
import ctypes, resource, sys
from satchel.cli import main
main(["info", sys.argv[1]])  # any command: hardening comes before the work
print(resource.getrlimit(resource.RLIMIT_CORE))
print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses prctl")
def test_the_command_line_hardens_itself(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", COMMAND_PROBE, str(tmp_path / "no-vault")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.splitlines() == ["(0, 0)", "0"]
