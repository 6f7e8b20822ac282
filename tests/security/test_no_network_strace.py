"""No internet socket, seen from outside the process.

The suite-wide guard (tests/conftest.py) patches Python's socket module, which cannot see a
socket opened by Qt or another C library. This test runs the real window — the demo vault,
built and shown offscreen, then the search view rendered to a PNG — under
`strace -f -e trace=socket,connect`, and reads every socket and connect call the process and
its threads and children made. AF_UNIX is allowed (D-Bus may try); AF_INET and AF_INET6 are
not. The PNG must exist afterwards, so the session really ran.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

STRACE = shutil.which("strace")
# Only socket and connect are traced, so any mention of an internet family is a failure:
# `socket(AF_INET6, ...)`, `connect(3, {sa_family=AF_INET, ...})`, or either split across
# `<unfinished ...>` and `<... resumed>` lines by a second thread.
INTERNET = re.compile(r"\bAF_INET6?\b")


def _private_env(tmp_path: Path) -> dict[str, str]:
    folders = {
        "HOME": "home",
        "TMPDIR": "tmp",
        "XDG_CONFIG_HOME": "xdg-config",
        "XDG_DATA_HOME": "xdg-data",
        "XDG_CACHE_HOME": "xdg-cache",
        "XDG_STATE_HOME": "xdg-state",
        "XDG_RUNTIME_DIR": "xdg-runtime",
    }
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    for key, name in folders.items():
        folder = tmp_path / name
        folder.mkdir(mode=0o700)
        env[key] = str(folder)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


# A child process whose thread opens a TCP socket and connects it to a closed local port.
CONTROL = """
import socket, subprocess, sys
code = (
    "import socket, threading\\n"
    "def go():\\n"
    "    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\\n"
    "    try: s.connect(('127.0.0.1', 9))\\n"
    "    except OSError: pass\\n"
    "t = threading.Thread(target=go); t.start(); t.join()\\n"
)
subprocess.run([sys.executable, "-c", code], check=True)
"""


@dataclass
class Traced:
    result: subprocess.CompletedProcess[str]
    lines: list[str]


def _traced(folder: Path, python_args: list[str]) -> Traced:
    assert STRACE is not None
    folder.mkdir()
    log = folder / "strace.log"
    command = [STRACE, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log)]
    result = subprocess.run(
        [*command, sys.executable, *python_args],
        env=_private_env(folder),
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert log.is_file(), f"strace wrote no log: {result.stderr}"
    return Traced(result, log.read_text(errors="replace").splitlines())


def _internet(lines: list[str]) -> list[str]:
    return [line for line in lines if INTERNET.search(line)]


@pytest.mark.slow
@pytest.mark.skipif(STRACE is None, reason="strace is not installed (.ci/run installs it)")
def test_a_gui_session_opens_no_internet_socket(tmp_path: Path) -> None:
    # Control: the same trace and the same reading do catch an internet socket, made in a
    # thread of a child process (what -f must follow). Without it, a trace that silently
    # recorded nothing would pass.
    control = _traced(tmp_path / "control", ["-c", CONTROL])
    assert control.result.returncode == 0, control.result.stderr
    assert len(_internet(control.lines)) >= 2  # the socket call and the connect call

    shot = tmp_path / "search.png"
    run = _traced(
        tmp_path / "session",
        ["-m", "satchel", "--demo", "--screenshot", str(shot), "--view", "search"],
    )
    assert run.result.returncode == 0, run.result.stderr
    assert shot.is_file()
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert _internet(run.lines) == []
