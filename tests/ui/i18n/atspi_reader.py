"""Reads the accessibility tree as a screen reader does, through AT-SPI (run by the system
Python, which has PyGObject and the Atspi typelib). Prints one JSON object: the nodes of
the application named on the command line, each with its path, role, name, states and text.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402 - after require_version

MAX_NODES = 4000
STATES = {
    "focusable": Atspi.StateType.FOCUSABLE,
    "showing": Atspi.StateType.SHOWING,
    "visible": Atspi.StateType.VISIBLE,
    "enabled": Atspi.StateType.ENABLED,
}


def find_app(name: str, timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and app.get_name() == name and app.get_child_count() > 0:
                return app
        time.sleep(0.2)
    return None


def text_of(node: Any) -> str | None:
    try:
        text = node.get_text_iface()
    except Exception:
        return None
    if text is None:
        return None
    return str(Atspi.Text.get_text(text, 0, Atspi.Text.get_character_count(text)))


def walk(node: Any, path: str, out: list[dict[str, Any]]) -> None:
    if len(out) >= MAX_NODES:
        return
    states = node.get_state_set()
    out.append(
        {
            "path": path,
            "role": node.get_role_name(),
            "name": node.get_name() or "",
            "description": node.get_description() or "",
            "states": [key for key, state in STATES.items() if states.contains(state)],
            "text": text_of(node),
        }
    )
    for index in range(node.get_child_count()):
        child = node.get_child_at_index(index)
        if child is not None:
            walk(child, f"{path}/{child.get_role_name()}[{index}]", out)


def main() -> int:
    app = find_app(sys.argv[1], float(sys.argv[2]))
    if app is None:
        names: list[str | None] = []
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            child = desktop.get_child_at_index(index)
            names.append(child.get_name() if child is not None else None)
        print(json.dumps({"error": "application not found", "seen": names}))
        return 1
    nodes: list[dict[str, Any]] = []
    walk(app, "application", nodes)
    print(json.dumps({"nodes": nodes}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
