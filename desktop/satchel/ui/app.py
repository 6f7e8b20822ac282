"""Build the desktop app in one place: settings, controller, window; then run it.

Nothing reaches for a global: each piece is made here and handed to the next.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from satchel import event_log
from satchel.brand import Brand, environment, installed_brand, shown_brand
from satchel.languages import SOURCE, choose_language
from satchel.ui.base.theme import apply_theme, set_appearance
from satchel.ui.camouflage.app_brand import apply_brand, qt_arguments
from satchel.ui.i18n.loader import install_language
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.demo_launcher import DemoLauncher
from satchel.ui.shell.screenshot import VIEWS, take_screenshot
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow

DEMO_LOCALES = ("en", "ru", "uk", "de")


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings can quote a file name or a widget's text: none reach stderr, except
    as a bare event when the user asked for events, or in full with SATCHEL_DEBUG=1."""
    if environment("DEBUG"):
        print(f"qt: {message}", file=sys.stderr)
    else:
        event_log.event("qt.message", severity=int(kind.value))


def _application(brand: Brand) -> QApplication:
    qInstallMessageHandler(_qt_message)  # before Qt has anything to say
    program = sys.argv[0] if sys.argv else brand.package
    # Before the instance: X11 names a helper window after it as the connection opens.
    QApplication.setApplicationName(brand.name)
    app = QApplication.instance() or QApplication(qt_arguments(program, brand))
    assert isinstance(app, QApplication)
    apply_brand(app, brand)
    return app


def _report_events(controller: VaultController, window: ShellWindow, options: AppOptions) -> None:
    """Events only (see event_log): written when the user asked for them, else dropped."""
    controller.unlocked.connect(lambda: event_log.event("vault.unlocked"))
    controller.locked.connect(lambda: event_log.event("vault.locked"))
    window.auto_lock.timer.timeout.connect(lambda: event_log.event("vault.auto_locked"))
    event_log.event("app.started", demo=options.demo)


def _finished(exit_code: int) -> int:
    event_log.event("app.finished", exit_code=exit_code)
    return exit_code


def _size_window(window: ShellWindow, options: AppOptions) -> None:
    """The user's theme and text size, then the window's place on the screen."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        set_appearance(app, window.settings.theme, window.settings.zoom)
    if (
        options.screenshot is not None
        and options.screen is not None
        and isinstance(app, QApplication)
    ):
        ratio = app.devicePixelRatio()  # QT_SCALE_FACTOR: the same pixels, larger things
        width, height = options.screen
        window.resize(round(width / ratio), round(height / ratio))
    elif options.screenshot is not None:
        window.resize(1280, 800)  # documentation screenshots share one size
    else:
        window.place()  # inside this screen's free area, where the user left it


@dataclass(frozen=True)
class AppOptions:
    demo: bool = False
    demo_locale: str | None = None  # None: the language of the window, else English
    screenshot: Path | None = None
    view: str = "cases"
    screen: tuple[int, int] | None = None  # --screen: the screenshot fills this many pixels
    vault: Path | None = None
    allow_screen_capture: bool = False  # --allow-screen-capture: for this run only
    language: str | None = None  # --language: for this run only, over Settings and the system


def _demo_locale(chosen: str | None, language: str) -> str:
    """The demo's made-up data speaks the window's language unless --demo-locale says."""
    if chosen:
        return chosen
    return language if language in DEMO_LOCALES else SOURCE


def _screenshot_folder_exists(target: Path) -> bool:
    if target.parent.is_dir():
        return True
    print(
        f"satchel: cannot write the screenshot: the folder {target.parent} does not exist.",
        file=sys.stderr,
    )
    return False


def _show_first_page(
    window: ShellWindow, demo: DemoLauncher, options: AppOptions, settings: AppSettings
) -> None:
    if options.demo or options.screenshot is not None:
        window.show_welcome()  # what shows under the progress dialog, and after the demo
        demo.start()
    elif options.vault is not None:
        window.show_unlock(options.vault)
    elif (folder := settings.vault_to_open()) is not None:
        window.show_unlock(folder)
    else:
        window.show_welcome()


def run_app(options: AppOptions) -> int:
    if options.view not in VIEWS:
        raise ValueError(options.view)
    if options.screenshot is not None:
        if not _screenshot_folder_exists(options.screenshot):
            return 1
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # renders without a display
    settings = AppSettings()  # where it is depends on the installed brand only
    app = _application(shown_brand(installed_brand(), settings.camouflage))
    apply_theme(app)

    language = choose_language(options.language, settings.language)
    install_language(language, app)
    controller = VaultController(auto_backup=True)
    window = ShellWindow(
        controller,
        settings,
        allow_screen_capture=options.allow_screen_capture,
        language=language,
    )
    demo = DemoLauncher(controller, window, _demo_locale(options.demo_locale, language))
    window.demo_requested.connect(demo.start)
    _size_window(window, options)
    _report_events(controller, window, options)

    exit_code = 0
    if options.screenshot is not None:
        target = options.screenshot
        window.remembers_place = False

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
    _show_first_page(window, demo, options, settings)
    window.show()
    code = app.exec()
    controller.lock()
    controller.wait_for_backup(window)
    demo.cleanup()
    return _finished(exit_code or code)
