"""The accessibility tree as a screen reader gets it: through AT-SPI, on a private D-Bus
session and a real X display (Xvfb), from a Satchel window in a process of its own.

Every focusable control on the unlock page and in the main window has a name and a role
there, and the identity details of a person are never in the tree: not as a name, not as a
description, not as text. Needs Xvfb, dbus-daemon, at-spi2-core and the system Python's
PyGObject with the Atspi typelib (`packaging/linux/system-deps.sh test`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.ui.driving import IDENTITY_SENTINEL

ROOT = Path(__file__).resolve().parents[3]
READER = Path(__file__).with_name("atspi_reader.py")
APP_NAME = "SatchelAtspiCheck"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-gi and gir1.2-atspi-2.0
WAIT = 60  # seconds; a slow, shared machine
# Roles a screen reader cannot announce as a control.
NO_ROLE = {"invalid", "unknown", "filler", "redundant object"}


class Session:
    """A private D-Bus session bus and an X display, ended with the test."""

    def __init__(self, tmp: Path) -> None:
        self.processes: list[subprocess.Popen[str]] = []
        bus = self._start(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"]
        )
        display = self._start(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"]
        )
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmp),
            "XDG_CONFIG_HOME": str(tmp / "config"),
            "XDG_DATA_HOME": str(tmp / "data"),
            "XDG_RUNTIME_DIR": str(tmp),
            "LANG": "C.UTF-8",
            "DBUS_SESSION_BUS_ADDRESS": self._line(bus),
            "DISPLAY": f":{self._line(display)}",
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'desktop'}",
        }

    def _start(self, command: list[str], **kwargs: Any) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            text=True,
            **kwargs,
        )
        self.processes.append(process)
        return process

    @staticmethod
    def _line(process: subprocess.Popen[str]) -> str:
        assert process.stdout is not None
        line = process.stdout.readline().strip()  # each prints its address first
        assert line, f"{process.args!r} did not start"
        return line

    def tree(self, screen: str, folder: Path) -> list[dict[str, Any]]:
        """The AT-SPI nodes of the window showing `screen`, read by the system Python."""
        folder.mkdir()
        app = self._start(
            [sys.executable, "-m", "tests.ui.i18n.atspi_app", screen, str(folder)],
            env=self.env,
            cwd=ROOT,
        )
        try:
            assert self._line(app) == "ready"
            read = subprocess.run(
                [SYSTEM_PYTHON, str(READER), APP_NAME, str(WAIT)],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=WAIT * 2,
                check=False,
            )
        finally:
            self._end(app)
        found = json.loads(read.stdout or "{}")
        assert "nodes" in found, f"AT-SPI gave no tree: {found} {read.stderr[-2000:]}"
        nodes: list[dict[str, Any]] = found["nodes"]
        return nodes

    def _end(self, process: subprocess.Popen[str]) -> None:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=WAIT)
        if process.stdout is not None:
            process.stdout.close()

    def close(self) -> None:
        for process in reversed(self.processes):
            self._end(process)


@pytest.fixture(scope="module")
def atspi(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    session = Session(tmp_path_factory.mktemp("atspi"))
    try:
        yield session
    finally:
        session.close()


def focusable(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Controls a Tab or a screen reader's review can land on. A table cell is content:
    its name is what it holds, and an empty cell is read as blank."""
    return [
        node
        for node in nodes
        if {"focusable", "showing"} <= set(node["states"]) and node["role"] != "table cell"
    ]


def problems(nodes: list[dict[str, Any]]) -> list[str]:
    found = []
    for node in focusable(nodes):
        if not node["name"].strip():
            found.append(f"no name: {node['role']} at {node['path']}")
        if node["role"] in NO_ROLE:
            found.append(f"no role: {node['name']!r} at {node['path']}")
    return found


def test_the_unlock_page_as_a_screen_reader_gets_it(atspi: Session, tmp_path: Path) -> None:
    nodes = atspi.tree("unlock", tmp_path / "unlock")
    controls = focusable(nodes)
    roles = {node["role"] for node in controls}
    assert {"password text", "push button"} <= roles, roles
    assert not problems(nodes), "\n".join(problems(nodes))
    passphrase = next(node for node in controls if node["role"] == "password text")
    assert passphrase["name"], passphrase


def test_the_main_window_as_a_screen_reader_gets_it(atspi: Session, tmp_path: Path) -> None:
    nodes = atspi.tree("main", tmp_path / "main")
    controls = focusable(nodes)
    assert len(controls) > 30, [node["name"] for node in controls]
    assert {"push button", "text", "combo box", "table", "list"} <= {
        node["role"] for node in controls
    }
    assert not problems(nodes), "\n".join(problems(nodes))


def test_identity_fields_say_they_are_hidden_and_never_give_their_value(
    atspi: Session, tmp_path: Path
) -> None:
    nodes = atspi.tree("main", tmp_path / "identity")
    fields = [
        node
        for node in focusable(nodes)
        if node["role"] in {"text", "password text"} and node["description"].endswith("hidden")
    ]
    assert {node["name"] for node in fields} == {"Legal name", "Phone"}, fields
    for node in fields:
        assert not (node["text"] or "").strip("●•*"), node  # masked: only bullets, if any
    shown = json.dumps(nodes, ensure_ascii=False)
    assert "Marta" in shown  # the pseudonym is there: the tree is the person's editor
    assert IDENTITY_SENTINEL not in shown
    assert "700 000" not in shown
