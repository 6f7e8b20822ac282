"""Core dumps are off in a launched Satchel process: a crash writes no names to disk.

Checked three ways: the hardening call itself, a command-line run, and the desktop window
while it runs (the demo vault open), from outside (/proc/PID/limits, prlimit) and from
inside (PR_GET_DUMPABLE, read by a probe thread the test adds through sitecustomize).
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

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


# Imported by the launched app through PYTHONPATH: a thread that answers "probe" on stdin
# with what the process itself sees. The app is unchanged; only this reader is added.
SITECUSTOMIZE = """
import ctypes, resource, sys, threading

def _answer():
    for _line in sys.stdin:
        dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
        soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        print(f"probe dumpable={dumpable} core={soft},{hard}", flush=True)

threading.Thread(target=_answer, daemon=True).start()
"""
PRIVATE_FOLDERS = ("HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")


def _read_until(stream: IO[bytes], wanted: bytes, seconds: float) -> bytes:
    """Everything read from `stream` up to the line holding `wanted`."""
    seen = b""
    deadline = time.monotonic() + seconds
    while wanted not in seen:
        ready, _, _ = select.select([stream], [], [], max(deadline - time.monotonic(), 0))
        chunk = os.read(stream.fileno(), 4096) if ready else b""
        if not chunk:
            raise AssertionError(f"never saw {wanted!r}; got {seen[-2000:]!r}")
        seen += chunk
    return seen


def _core_limit_from_outside(pid: int) -> list[str]:
    line = next(
        line
        for line in Path(f"/proc/{pid}/limits").read_text().splitlines()
        if line.startswith("Max core file size")
    )
    return line.split()[4:6]  # soft, hard


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and prctl")
def test_the_running_window_has_core_dumps_off(tmp_path: Path) -> None:
    """`python -m satchel --demo`, the real window offscreen, checked while it runs."""
    probe = tmp_path / "probe"
    probe.mkdir()
    (probe / "sitecustomize.py").write_text(SITECUSTOMIZE)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "SATCHEL"))}
    for name in PRIVATE_FOLDERS:
        (tmp_path / name).mkdir()
        env[name] = str(tmp_path / name)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(probe), env.get("PYTHONPATH")) if p)
    env["QT_QPA_PLATFORM"] = "offscreen"
    app = subprocess.Popen(
        [sys.executable, "-m", "satchel", "--log-events", "--demo"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path / "HOME",
    )
    assert app.stdin is not None and app.stdout is not None and app.stderr is not None
    try:
        # The window is up and the demo vault open: the moment a seized laptop matters.
        _read_until(app.stderr, b"satchel event: vault.unlocked", 120)
        assert _core_limit_from_outside(app.pid) == ["0", "0"]
        prlimit = shutil.which("prlimit")
        if prlimit is not None:
            shown = subprocess.run(
                [prlimit, "--pid", str(app.pid), "--core", "--noheadings", "--raw"],
                capture_output=True,
                text=True,
                check=True,
                timeout=30,
            )
            assert shown.stdout.split()[-3:-1] == ["0", "0"], shown.stdout
        if os.getuid() != 0:  # for a root-run test, /proc is root's whatever the flag
            # Non-dumpable processes have their /proc entries owned by root.
            assert Path(f"/proc/{app.pid}/status").stat().st_uid == 0
        app.stdin.write(b"probe\n")
        app.stdin.flush()
        answer = _read_until(app.stdout, b"\n", 30).decode().strip()
        assert answer == "probe dumpable=0 core=0,0"
        assert app.poll() is None  # still running: checked live, not after exit
    finally:
        app.terminate()
        app.wait(timeout=60)
        for stream in (app.stdin, app.stdout, app.stderr):
            stream.close()
