"""Build the desktop app in one place: settings, controller, window; then run it.

Nothing reaches for a global: each piece is made here and handed to the next.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from satchel.ui.app_settings import AppSettings
from satchel.ui.demo_launcher import DemoLauncher
from satchel.ui.screenshot import VIEWS, take_screenshot
from satchel.ui.shell import ShellWindow
from satchel.ui.theme import apply_theme
from satchel.ui.vault_controller import VaultController

WINDOW_SIZE = (1280, 800)


@dataclass(frozen=True)
class AppOptions:
    demo: bool = False
    demo_locale: str = "en"
    screenshot: Path | None = None
    view: str = "cases"
    vault: Path | None = None


def run_app(options: AppOptions) -> int:
    if options.view not in VIEWS:
        raise ValueError(options.view)
    if options.screenshot is not None:
        if not options.screenshot.parent.is_dir():
            print(
                f"satchel: cannot write the screenshot: the folder "
                f"{options.screenshot.parent} does not exist.",
                file=sys.stderr,
            )
            return 1
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # renders without a display
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Satchel")
    app.setOrganizationName("Satchel")
    apply_theme(app)

    settings = AppSettings()
    controller = VaultController()
    window = ShellWindow(controller, settings)
    demo = DemoLauncher(controller, window, options.demo_locale)
    window.demo_requested = demo.start  # type: ignore[method-assign]
    window.resize(*WINDOW_SIZE)

    exit_code = 0
    if options.screenshot is not None:
        target = options.screenshot

        def shoot() -> None:
            nonlocal exit_code
            exit_code = 1
            try:
                exit_code = take_screenshot(window, target, options.view)
            finally:
                app.quit()

        def give_up(message: str) -> None:
            print(f"satchel: {message}", file=sys.stderr)
            app.exit(1)

        controller.unlocked.connect(lambda: QTimer.singleShot(0, shoot))
        demo.failed.connect(give_up)
    else:
        demo.failed.connect(window.show_failure)
    if options.demo or options.screenshot is not None:
        window.show_welcome()  # what shows under the progress dialog, and after the demo
        demo.start()
    elif options.vault is not None:
        window.show_unlock(options.vault)
    elif (folder := settings.vault_to_open()) is not None:
        window.show_unlock(folder)
    else:
        window.show_welcome()
    window.show()
    code = app.exec()
    controller.lock()
    demo.cleanup()
    return exit_code or code
