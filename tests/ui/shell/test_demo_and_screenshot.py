"""The demo vault (temporary, deleted when locked or on exit) and `--screenshot`."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from tests.factories import make_vault

from satchel.ui.access.welcome import WelcomePage
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.demo_launcher import DEMO_PREFIX, DemoLauncher
from satchel.ui.shell.screenshot import VIEWS, take_screenshot
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow
from satchel.ui.shell.workspace import Workspace

DEMO_TIMEOUT_MS = 60_000
SIZE = (1280, 800)


class Demo:
    def __init__(self, window: ShellWindow, launcher: DemoLauncher) -> None:
        self.window = window
        self.launcher = launcher
        self.controller = window.controller
        self.failures: list[str] = []
        launcher.failed.connect(self.failures.append)

    def wait_until_open(self, qtbot: QtBot) -> None:
        """Until the demo is unlocked, or its build failed (then say why, at once)."""
        qtbot.waitUntil(
            lambda: self.controller.is_unlocked or bool(self.failures), timeout=DEMO_TIMEOUT_MS
        )
        assert not self.failures, self.failures


@pytest.fixture
def demo(qtbot: QtBot, app_settings: AppSettings) -> Iterator[Demo]:
    controller = VaultController()
    window = ShellWindow(controller, app_settings)
    qtbot.addWidget(window)
    launcher = DemoLauncher(controller, window, "en")
    window.demo_requested.connect(launcher.start)
    window.resize(*SIZE)
    window.show_welcome()
    window.show()
    yield Demo(window, launcher)
    controller.lock()
    launcher.cleanup()


def start(qtbot: QtBot, demo: Demo) -> Path:
    demo.launcher.start()
    assert demo.launcher.running
    assert demo.launcher.progress is not None  # the progress dialog
    demo.wait_until_open(qtbot)
    folder = demo.launcher.folder
    assert folder is not None
    return folder


def test_the_demo_starts_from_the_welcome_page_and_locking_deletes_it(
    qtbot: QtBot, demo: Demo
) -> None:
    page = demo.window.pages.currentWidget()
    assert isinstance(page, WelcomePage)
    page.demo_button.click()
    demo.wait_until_open(qtbot)
    folder = demo.launcher.folder
    assert folder is not None
    assert folder.name.startswith(DEMO_PREFIX)
    assert folder.parent == Path(tempfile.gettempdir())
    assert demo.controller.demo
    assert isinstance(demo.window.pages.currentWidget(), Workspace)
    assert demo.window.demo_banner.isVisible()
    assert demo.window.demo_banner.text() == "Demo data — not real"
    assert demo.window.vault_label.text() == "Demo vault"
    assert demo.window.windowTitle() == "Satchel"
    assert demo.launcher.progress is None  # closed when done
    assert (folder / "vault").is_dir()

    demo.controller.lock()
    assert not folder.exists()
    assert demo.launcher.folder is None
    assert isinstance(demo.window.pages.currentWidget(), WelcomePage)
    assert not demo.window.demo_banner.isVisible()


def test_cleanup_at_exit_locks_and_deletes(qtbot: QtBot, demo: Demo) -> None:
    folder = start(qtbot, demo)
    demo.launcher.cleanup()
    assert not demo.controller.is_unlocked
    assert not folder.exists()


def test_cleanup_while_the_demo_is_being_built(demo: Demo) -> None:
    demo.launcher.start()
    folder = demo.launcher.folder
    assert folder is not None
    demo.launcher.cleanup()  # waits for the worker, closes what it made, deletes
    assert not folder.exists()
    assert not demo.controller.is_unlocked
    assert not demo.launcher.running


def test_a_failed_build_reports_and_leaves_nothing(
    qtbot: QtBot, demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    from satchel.ui.shell import demo_launcher

    def broken(folder: Path, locale: str, progress: object) -> object:
        folder.mkdir(parents=True)
        raise OSError("no space left")

    monkeypatch.setattr(demo_launcher, "build_demo_vault", broken)
    with qtbot.waitSignal(demo.launcher.failed) as signal:
        demo.launcher.start()
        folder = demo.launcher.folder
    assert "The demo could not be made" in signal.args[0]
    assert folder is not None and not folder.exists()
    assert not demo.controller.is_unlocked


def test_screenshots_of_the_other_views_in_process(
    qtbot: QtBot, demo: Demo, tmp_path: Path
) -> None:
    """'cases' and 'case' run through the command line below; the rest here (faster)."""
    start(qtbot, demo)
    for view in ("person", "search"):
        target = tmp_path / f"{view}.png"
        assert take_screenshot(demo.window, target, view) == 0
        image = QImage(str(target))
        assert not image.isNull()
        assert (image.width(), image.height()) == SIZE
    workspace = demo.window.workspace
    assert workspace is not None
    assert workspace.search_box.text()  # the search view typed a word


def test_a_screenshot_that_cannot_be_written_fails_clearly(
    demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session, _phrase = make_vault(tmp_path / "vault")
    demo.controller.adopt(session, tmp_path / "vault")  # any open vault will do here
    assert take_screenshot(demo.window, tmp_path, "cases") == 1  # a folder, not a file
    assert "cannot write the screenshot" in capsys.readouterr().err
    assert take_screenshot(demo.window, tmp_path / "x.png", "nonsense") == 1
    assert "unknown view" in capsys.readouterr().err


def test_a_screenshot_without_a_vault_fails_clearly(
    demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert take_screenshot(demo.window, tmp_path / "x.png", "cases") == 1
    assert "needs the demo vault open" in capsys.readouterr().err


# the command line, in a child process -----------------------------------------------------
def run_satchel(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        TMPDIR=str(tmp_path),
    )
    return subprocess.run(
        [sys.executable, "-m", "satchel", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize("view", ["cases", "case"])
def test_the_screenshot_command_writes_a_1280x800_png(tmp_path: Path, view: str) -> None:
    assert view in VIEWS
    target = tmp_path / f"{view}.png"
    result = run_satchel(tmp_path, "--demo", "--screenshot", str(target), "--view", view)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage(str(target))
    assert (image.width(), image.height()) == SIZE
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(DEMO_PREFIX)]
    assert leftovers == []  # the demo folder was deleted on exit


@pytest.mark.slow
def test_the_screenshot_command_fails_clearly_when_it_cannot_write(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "shot.png"
    result = run_satchel(tmp_path, "--demo", "--screenshot", str(target))
    assert result.returncode == 1
    assert "cannot write the screenshot" in result.stderr
    assert "missing-folder" in result.stderr
    assert not target.exists()
