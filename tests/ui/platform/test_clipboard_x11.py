"""The X11 selection (middle-click paste) gets a copied secret and loses it again: after the
delay, and on lock unless the user selected something else since.

Offscreen Qt has no selection, so this runs on a private Xvfb (Unix socket only, no TCP) with
the scenario in a child process under the xcb platform (tests/ui/platform/x11_selection_child.py).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from tests.ui.platform.x11_selection_child import MODULE, SECRET, USER_SELECTION

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[3]
X_SOCKETS = Path("/tmp/.X11-unix")  # where every local X server puts its socket
FIRST_DISPLAY = 90
START_TIMEOUT_S = 20
# Taken from the child's environment: none of the developer's own desktop leaks in.
DESKTOP_VARIABLES = (
    "WAYLAND_DISPLAY",
    "XAUTHORITY",
    "DBUS_SESSION_BUS_ADDRESS",
    "QT_QPA_PLATFORMTHEME",
    "SESSION_MANAGER",
)


def _free_displays() -> Iterator[int]:
    for number in range(FIRST_DISPLAY, FIRST_DISPLAY + 100):
        in_use = (X_SOCKETS / f"X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists()
        if not in_use:
            yield number


def _start_xvfb(xvfb: str, number: int, log: Path) -> subprocess.Popen[bytes] | None:
    """Xvfb on :number, or None when it exits first (another server took the number)."""
    ready_read, ready_write = os.pipe()
    with log.open("ab") as log_file:
        # Unix socket only; -displayfd: Xvfb writes the number there once it accepts clients.
        command = [xvfb, f":{number}", "-nolisten", "tcp", "-screen", "0", "640x480x24"]
        server = subprocess.Popen(
            [*command, "-displayfd", str(ready_write)],
            pass_fds=(ready_write,),
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=log_file,
        )
    os.close(ready_write)
    try:
        announced = _read_to_end(ready_read)
    finally:
        os.close(ready_read)
    if announced.strip() == str(number).encode():
        return server
    _stop(server)
    return None


def _read_to_end(fd: int) -> bytes:
    """Everything until the writer closes: Xvfb writes the number and the newline
    separately and dies of a fatal error if the pipe is gone in between."""
    deadline = time.monotonic() + START_TIMEOUT_S
    data = b""
    while (left := deadline - time.monotonic()) > 0:
        readable, _, _ = select.select([fd], [], [], left)
        chunk = os.read(fd, 64) if readable else b""
        if not chunk:
            break
        data += chunk
    return data


def _stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@contextmanager
def x_server(log: Path) -> Iterator[str]:
    """A private X display, ":N"; skips when Xvfb is not installed."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is missing: install the Debian package xvfb (system-deps.sh test does)")
    for number in _free_displays():
        server = _start_xvfb(xvfb, number, log)
        if server is not None:
            break
    else:
        pytest.fail(f"Xvfb did not start on any free display; its log:\n{log.read_text()}")
    try:
        yield f":{number}"
    finally:
        _stop(server)


def _child_environment(display: str, runtime: Path) -> dict[str, str]:
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if k not in DESKTOP_VARIABLES}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(runtime))
    return env


def test_the_x11_selection_gets_the_secret_and_loses_it_again(tmp_path: Path) -> None:
    with x_server(tmp_path / "xvfb.log") as display:
        child = subprocess.run(
            [sys.executable, "-m", MODULE, "scenario", str(tmp_path / "vault")],
            cwd=REPO_ROOT,
            env=_child_environment(display, tmp_path / "runtime"),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert child.returncode == 0, child.stderr
    seen = json.loads(child.stdout)

    assert seen["supports_selection"] is True
    # Another application sees the secret in both, and the selection is marked secret too.
    assert seen["after_copy"] == {
        "selection": SECRET,
        "selection_hint": "secret",
        "clipboard": SECRET,
    }
    # After the delay both are empty again.
    assert seen["after_delay"] == {"selection": "", "selection_hint": "", "clipboard": ""}
    # The user selected text elsewhere after the next copy: locking clears only the
    # clipboard, which still held the secret, and leaves the user's selection alone.
    assert seen["after_lock"] == {
        "selection": USER_SELECTION,
        "selection_hint": "",
        "clipboard": "",
    }
