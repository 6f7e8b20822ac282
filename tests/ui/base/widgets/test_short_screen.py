"""The tallest dialogs on a short screen: 1366x768 at 125 % leaves 1093x614 logical pixels.

Settings (with a vault open) and Prepare for a crossing (to a colleague, with a key that is
wrong and the cover's passphrase asked) are taller than that. They must stay on the screen
with their buttons, their body scrolling to its last control; where the screen has room
(the 800x800 one the other tests use), the same body does not scroll at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.crash.killable_child import REPO


def _run(tmp_path: Path, width: int, height: int) -> list[dict[str, object]]:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": f"{REPO}:{REPO / 'desktop'}",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    work = tmp_path / "work"
    work.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.base.widgets.short_screen_child", str(work)],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    found: list[dict[str, object]] = json.loads(done.stdout.decode().strip().splitlines()[-1])
    return found


def test_tall_dialogs_stay_on_a_short_screen_and_scroll(tmp_path: Path) -> None:
    for dialog in _run(tmp_path, 1093, 614):
        name = dialog["name"]
        assert isinstance(dialog["dialog"], int) and isinstance(dialog["screen"], int)
        assert dialog["dialog"] <= dialog["screen"], name
        assert isinstance(dialog["top"], int) and dialog["top"] >= 0, name
        assert isinstance(dialog["button_bottom"], int) and isinstance(dialog["inner_height"], int)
        assert dialog["button_bottom"] <= dialog["inner_height"], name  # Save / Next on screen
        assert dialog["scrolls"], name
        assert isinstance(dialog["last_bottom"], int) and isinstance(dialog["viewport"], int)
        assert 0 < dialog["last_bottom"] <= dialog["viewport"], name  # reached by scrolling


@pytest.mark.parametrize("height", [1000])
def test_where_there_is_room_nothing_scrolls(tmp_path: Path, height: int) -> None:
    for dialog in _run(tmp_path, 1366, height):
        assert not dialog["scrolls"], dialog["name"]
