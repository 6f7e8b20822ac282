"""The one window: welcome, create, unlock and the workspace, one page at a time.

The title is always the app's name: never a path, a case or a person's name. The window also
locks the vault when the OS says the user is leaving (screen lock, session switch, sleep;
see session_events), optionally when minimized, and keeps itself and its dialogs out of
screen capture where the OS allows (see capture_exclusion).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMargins,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from satchel.brand import installed_brand, shown_brand
from satchel.languages import SOURCE, choose_language
from satchel.services.core.session import VaultSession
from satchel.ui.access.create_vault import CreateVaultPage
from satchel.ui.access.unlock import UnlockPage
from satchel.ui.access.welcome import WelcomePage
from satchel.ui.base.icons import icon
from satchel.ui.base.text.keys import key_text, menu_text
from satchel.ui.base.theme import set_appearance
from satchel.ui.camouflage.app_brand import app_name, current_brand
from satchel.ui.help import shortcuts as shortcuts_dialog
from satchel.ui.help.about import show_about
from satchel.ui.help.shortcuts import ShortcutsDialog
from satchel.ui.platform.capture_exclusion import CaptureGuard
from satchel.ui.platform.session_events import MINIMIZE, SessionEvents, watch_session_events
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.settings.dialog import SettingsDialog
from satchel.ui.shell import restart
from satchel.ui.shell.auto_lock import AutoLock, lock_chord
from satchel.ui.shell.repair_notices import notice_sentences
from satchel.ui.shell.undo_bar import UndoBar
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.vault_menu import VaultMenuButton, fill_vault_menu
from satchel.ui.shell.window_geometry import fit_rect
from satchel.ui.shell.workspace import Workspace

SECTION_ICONS = ("case", "person", "checklist", "due", "activity")
# A window manager's frame before the window is first shown (title bar and borders); the
# real margins replace it once the frame exists.
ESTIMATED_FRAME = QMargins(4, 32, 4, 4)


def _pages() -> QStackedWidget:
    """An explicit minimum instead of the pages' own: on a short screen (768 px at 150 %)
    the page is clipped rather than the window growing past the screen's edge and taking
    the status bar, with Lock on it, out of sight."""
    pages = QStackedWidget()
    pages.setMinimumSize(320, 240)
    return pages


class ShellWindow(QMainWindow):
    demo_requested = Signal()  # the welcome page's "Try the demo"; the app builds it
    remembers_place = True  # off for `--screenshot`, which leaves no file behind

    def __init__(
        self,
        controller: VaultController,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        session_events: SessionEvents | None = None,
        allow_screen_capture: bool = False,
        language: str = SOURCE,
    ) -> None:
        """`session_events` replaces the platform's watcher (tests use private buses);
        `allow_screen_capture` is --allow-screen-capture: capture allowed for this run;
        `language` is the one loaded at start (a new one needs a restart)."""
        super().__init__(parent)
        self.language = language
        self.restart = restart.start_again  # replaced in tests
        self.setWindowTitle(app_name())
        self.setObjectName("shell")
        self.controller = controller
        self.settings = settings
        self.workspace: Workspace | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.pages = _pages()
        self.setCentralWidget(self.pages)

        self._status_bar(controller)

        self._menus()
        self._placed_with_frame = False
        self._available: QRect | None = None

        self.panic_lock = lock_chord(controller, self)
        QShortcut(QKeySequence("Ctrl+,"), self, self.show_settings)
        self._help_menu()
        self.auto_lock = AutoLock(controller, self)
        self.allow_screen_capture = allow_screen_capture
        self.capture_guard = CaptureGuard(self._capture_excluded(), self)
        if session_events is None:
            session_events = watch_session_events(self)
        elif session_events.parent() is None:
            session_events.setParent(self)
        self.session_events = session_events
        self.session_events.lock_requested.connect(self.lock_for)
        controller.unlocked.connect(self.show_workspace)
        controller.locking.connect(self._before_lock)
        controller.locked.connect(self._after_lock)
        controller.failed.connect(self.show_failure)

    def _status_bar(self, controller: VaultController) -> None:
        """The bar that stays on screen at any size: demo banner, vault menu, Settings, Lock."""
        self.lock_button = QPushButton(icon("lock"), self.tr("Lock"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setToolTip(self.tr("Lock the vault now ({0})").format(key_text("Ctrl+L")))
        self.lock_button.setAccessibleName(self.tr("Lock the vault"))
        self.lock_button.clicked.connect(controller.lock)
        self.vault_label = QLabel()
        self.vault_label.setObjectName("vaultName")
        self.demo_banner = QLabel(self.tr("Demo data — not real"))
        self.demo_banner.setObjectName("demoBanner")
        # UndoBar: "Case deleted — Undo" for a few seconds after a delete or an unlink
        for widget in (self.demo_banner, self.vault_label, UndoBar(controller, self)):
            self.statusBar().addWidget(widget)
        self.settings_button = QPushButton(icon("settings"), self.tr("Settings"))
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setToolTip(self.tr("Settings ({0})").format(key_text("Ctrl+,")))
        self.settings_button.setAccessibleName(self.tr("Open the settings"))
        self.settings_button.clicked.connect(self.show_settings)
        self.vault_menu = VaultMenuButton(controller, self)
        self.statusBar().addPermanentWidget(self.vault_menu)
        self.statusBar().addPermanentWidget(self.settings_button)
        self.statusBar().addPermanentWidget(self.lock_button)
        self.statusBar().setSizeGripEnabled(False)
        self._show_status(False)

    def _help_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = menu.addAction(self.tr("&Keyboard shortcuts"))
        self.shortcuts_action.setObjectName("keyboardShortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.shortcuts_dialog: ShortcutsDialog | None = None
        about = menu.addAction(self.tr("&About {app}").format(app=app_name()))
        about.setObjectName("aboutAction")
        about.triggered.connect(lambda: show_about(self))

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = shortcuts_dialog.show_shortcuts(self, self.shortcuts_dialog)

    def _menus(self) -> None:
        """A menu bar at the top, so Lock, Settings and Quit stay reachable whatever the
        window's size, and every status bar entry has a keyboard path (Alt+V)."""
        self.vault_bar_menu = QMenu(self.tr("&Vault"), self)
        self.vault_bar_menu.setObjectName("vaultBarMenu")
        self.vault_bar_menu.aboutToShow.connect(self._update_vault_bar_menu)
        fill_vault_menu(self.vault_bar_menu, self, self.controller, shortcuts=True)
        self.vault_bar_menu.addSeparator()
        # The chord is only shown: lock_chord handles Ctrl+L everywhere, dialogs included.
        lock_text = menu_text(self.tr("&Lock"), "Ctrl+L")
        self.lock_action = self.vault_bar_menu.addAction(icon("lock"), lock_text)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.triggered.connect(self.controller.lock)
        settings_text = menu_text(self.tr("&Settings…"), "Ctrl+,")
        self.settings_action = self.vault_bar_menu.addAction(icon("settings"), settings_text)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.triggered.connect(self.show_settings)
        self.vault_bar_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.vault_bar_menu.addAction(self.quit_action)
        self.addAction(self.quit_action)
        self.menuBar().addMenu(self.vault_bar_menu)
        self._update_vault_bar_menu()

    def _update_vault_bar_menu(self) -> None:
        unlocked = self.controller.is_unlocked
        for action in self.vault_bar_menu.actions():
            if action is not self.settings_action and action is not self.quit_action:
                action.setEnabled(unlocked)

    # placement ----------------------------------------------------------------------------
    def place(self, available: QRect | None = None) -> None:
        """Open inside the screen's free area (`available`; default: this window's screen),
        at the size and place the user left it, if that still fits."""
        if available is None:
            available = self.screen().availableGeometry()
        self._available = available
        frame = self._frame_margins()
        inner = available.marginsRemoved(frame)
        saved = self.settings.window_placement
        rect = QRect(*saved[0]) if saved is not None else None
        self.setGeometry(fit_rect(inner, rect, self.minimumSizeHint()))
        if saved is not None and saved[1]:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _frame_margins(self) -> QMargins:
        if not self.isVisible() or self.windowHandle() is None:
            return ESTIMATED_FRAME
        frame = self.windowHandle().frameMargins()
        return frame if not frame.isNull() else ESTIMATED_FRAME

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        available = self._available
        if available is not None and not self._placed_with_frame and not self.isMaximized():
            self._placed_with_frame = True
            if not available.contains(self.frameGeometry()):
                inner = available.marginsRemoved(self._frame_margins())
                self.setGeometry(fit_rect(inner, self.geometry(), self.minimumSizeHint()))

    def remember_placement(self) -> None:
        if not self.remembers_place:
            return
        rect = self.normalGeometry() if self.isMaximized() else self.geometry()
        if rect.isValid():
            self.settings.remember_window(
                (rect.x(), rect.y(), rect.width(), rect.height()), self.isMaximized()
            )

    # pages ------------------------------------------------------------------------------
    def _set_page(self, page: QWidget) -> None:
        old = self.pages.currentWidget()
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        if old is not None and old is not page:
            self.pages.removeWidget(old)
            old.deleteLater()

    def show_welcome(self) -> None:
        page = WelcomePage(self.settings)
        page.create_requested.connect(self.show_create)
        page.open_requested.connect(self.show_unlock)
        page.demo_requested.connect(self.demo_requested)
        self._set_page(page)

    def show_create(self) -> None:
        page = CreateVaultPage(self.settings)
        page.created.connect(self._on_created)
        page.cancelled.connect(self.show_welcome)
        self._set_page(page)

    def _on_created(self, session: VaultSession, folder: Path) -> None:
        self.controller.adopt(session, folder)

    def show_unlock(self, folder: Path) -> None:
        page = UnlockPage(self.controller, folder, self.settings)
        page.back_requested.connect(self.show_welcome)
        self._set_page(page)

    def show_workspace(self) -> None:
        self.workspace = Workspace(self.controller)
        self._set_page(self.workspace)
        for row, name in enumerate(SECTION_ICONS):
            if (item := self.workspace.sidebar.item(row)) is not None:
                item.setIcon(icon(name))
        self.vault_label.setText(self._vault_name())
        self._show_status(True)
        self.workspace.focus_list()  # not the first button of the status bar
        self.show_repairs()

    def show_settings(self) -> None:
        """Ctrl+, or the status bar button; the vault part only while a vault is open."""
        dialog = SettingsDialog(
            self.controller,
            self.settings,
            self,
            capture_allowed_for_run=self.allow_screen_capture,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_settings)
        dialog.accepted.connect(self._apply_window_settings)
        self.settings_dialog = dialog
        dialog.open()

    def _forget_settings(self) -> None:
        self.settings_dialog = None

    def _capture_excluded(self) -> bool:
        return self.settings.exclude_from_capture and not self.allow_screen_capture

    def _apply_window_settings(self) -> None:
        self.capture_guard.set_excluded(self._capture_excluded())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            set_appearance(app, self.settings.theme, self.settings.zoom)
        if choose_language(None, self.settings.language) != self.language:
            self._offer_restart()
        elif shown_brand(installed_brand(), self.settings.camouflage) != current_brand():
            self._offer_restart(
                self.tr("The new name and icon show after {app} starts again.").format(
                    app=app_name()
                )
            )

    def _offer_restart(self, text: str | None = None) -> None:
        """`text`: why; the new language's sentence when None."""
        self.restart_box = restart.ask_to_restart(
            self, lambda now: self.restart_now() if now else None, text
        )

    def restart_now(self) -> None:
        self.controller.lock()
        self.controller.wait_for_backup(self)
        if self.restart():
            app = QCoreApplication.instance()
            if app is not None:
                app.quit()
        else:
            self.show_failure(
                self.tr("{app} could not start again. Close it and start it yourself.").format(
                    app=app_name()
                )
            )

    def _vault_name(self) -> str:
        if self.controller.demo:
            return self.tr("Demo vault")
        folder = self.controller.folder
        return folder.name if folder is not None else ""

    def _show_status(self, unlocked: bool) -> None:
        self.lock_button.setVisible(unlocked)
        self.vault_menu.setVisible(unlocked)
        self.vault_label.setVisible(unlocked)
        self.demo_banner.setVisible(unlocked and self.controller.demo)

    # locking ----------------------------------------------------------------------------
    def lock_for(self, _reason: str) -> None:
        """The OS (or minimizing) asked for a lock; every reason locks the same way."""
        self.controller.lock()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.settings.lock_on_minimize
        ):
            self.lock_for(MINIMIZE)

    def _before_lock(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.reject()  # its vault part belongs to the vault being locked
        if self.workspace is not None:
            self.workspace.flush()

    def _after_lock(self) -> None:
        self.workspace = None
        self._show_status(False)
        folder = self.controller.folder
        if self.controller.demo or folder is None:
            self.show_welcome()
        else:
            self.show_unlock(folder)

    def show_repairs(self) -> None:
        """What the unlock repaired or changed: said once, never done in silence."""
        sentences = notice_sentences(self.controller.session) if self.controller.is_unlocked else []
        if sentences:
            box = QMessageBox(QMessageBox.Icon.Information, app_name(), "\n\n".join(sentences))
            box.setObjectName("repairNotice")
            box.setParent(self, box.windowFlags())
            box.open()

    def show_failure(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not done"), message)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.remember_placement()
        self.controller.lock()
        self.controller.wait_for_backup(self)  # an automatic backup finishes before we quit
        super().closeEvent(event)
