"""Panic wipe: Ctrl+Alt+Shift+Backspace, or Vault ▸ Erase the vault now, then 5 seconds to
cancel, then the vault and the backups in its folder are erased.

Why this chord: Backspace is a large key at the same place on every keyboard, in every
layout (a letter would move with a Russian or Ukrainian layout, and Qt then reports another
key), and its meaning, taking something away, fits. Three modifiers together are not pressed
by accident, and the countdown catches the rest. Desktops keep Ctrl+Alt+Delete (and KDE
Ctrl+Alt+Shift+Delete, log out at once) and X's Ctrl+Alt+Backspace (kill the display, off by
default); we found no desktop that binds Ctrl+Alt+Shift+Backspace.

Like Ctrl+L, the chord is caught for the whole application, so it works from any field and
over an open dialog. The countdown box is application-modal and says what goes and what
stays (backups in a folder the user chose elsewhere are named, not erased); Cancel, Esc or
closing it stops everything. At zero the window locks at once and shows the welcome page
with nothing remembered; the erase runs in a worker (services.coercion.panic).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.services.coercion import panic
from satchel.services.coercion.panic import PanicPlan
from satchel.ui.base.widgets.app_chord import AppChord
from satchel.ui.base.widgets.file_dialogs import forget_visited_folders
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController

CHORD = QKeyCombination(
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier,
    Qt.Key.Key_Backspace,
)
SECONDS = 5
TICK_MS = 1000  # tests make the second shorter, never the count


def chord_text() -> str:
    return QKeySequence(CHORD).toString(QKeySequence.SequenceFormat.NativeText)


class PanicCountdown(QDialog):
    """The 5-second box: what will be erased, what will not, and Cancel."""

    expired = Signal()

    def __init__(self, plan: PanicPlan | None, folder_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("panicCountdown")
        self.setWindowTitle(self.tr("Erase the vault"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.remaining = SECONDS
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("panicSeconds")
        self.heading.setProperty("role", "title")
        layout.addWidget(self.heading)
        self.bar = QProgressBar()
        self.bar.setRange(0, SECONDS)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Seconds left before the vault is erased"))
        layout.addWidget(self.bar)
        self.what = QLabel(self._what(plan, folder_name))
        self.what.setObjectName("panicWhat")
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.what)
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Cancel: keep the vault"))
        self.cancel_button.setObjectName("panicCancel")
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.finished.connect(self.timer.stop)
        self._show_seconds()

    def _what(self, plan: PanicPlan | None, folder_name: str) -> str:
        lines = [
            self.tr(
                "Erased for good: the vault in the folder “{0}”. Afterwards nothing opens "
                "it, not the passphrase, not the recovery phrase."
            ).format(folder_name)
        ]
        if plan is not None and plan.backups_here:
            lines.append(
                self.tr("Also erased: %n backup(s) in the vault's folder.", "", plan.backups_here)
            )
        if plan is not None and plan.elsewhere is not None:
            lines.append(
                self.tr(
                    "Not erased: the backups in “{0}” (%n found there). They open with the "
                    "passphrase the vault had when each was made; destroy them yourself if "
                    "they must go too.",
                    "",
                    plan.backups_elsewhere,
                ).format(str(plan.elsewhere))
            )
        lines.append(self.tr("Press Cancel or Esc to keep everything."))
        return "\n\n".join(lines)

    def start(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.cancel_button.setFocus()
        self.timer.start()

    def _show_seconds(self) -> None:
        self.heading.setText(self.tr("Erasing the vault in %n second(s)", "", self.remaining))
        self.bar.setValue(self.remaining)

    def _tick(self) -> None:
        self.remaining -= 1
        self._show_seconds()
        if self.remaining <= 0:
            self.timer.stop()
            self.expired.emit()
            self.accept()


class PanicWipe(QObject):
    """The chord for the whole application, the countdown, and the welcome page after."""

    def __init__(self, window: QWidget, controller: VaultController, settings: AppSettings) -> None:
        super().__init__(window)
        self.setObjectName("panicWipe")
        self._window = window
        self._controller = controller
        self._settings = settings
        self.countdown: PanicCountdown | None = None
        controller.erased.connect(self._erased)
        self.chord = AppChord(CHORD, lambda: controller.is_unlocked, self.start, self)

    def start(self) -> None:
        """Show the countdown (once: the chord again while it runs changes nothing)."""
        folder = self._controller.folder
        if self.countdown is not None or folder is None or not self._controller.is_unlocked:
            return
        plan = None if self._controller.demo else self._controller.run(panic.plan)
        name = self.tr("Demo vault") if self._controller.demo else folder.name
        countdown = PanicCountdown(plan, name, self._window)
        countdown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        countdown.expired.connect(lambda: self._erase(folder))
        countdown.finished.connect(self._countdown_closed)
        self.countdown = countdown
        countdown.start()

    def _countdown_closed(self) -> None:
        self.countdown = None

    def _erase(self, folder: Path) -> None:
        # Forgotten first: the welcome page the lock shows must not offer this folder.
        self._settings.remember_vault(None)
        forget_visited_folders()
        self._controller.panic_wipe(folder)

    def _erased(self, left: object) -> None:
        show_welcome = getattr(self._window, "show_welcome", None)
        if callable(show_welcome) and not self._controller.is_unlocked:
            show_welcome()  # built again: the folder is gone, nothing points at it
        if isinstance(left, list) and left:
            QMessageBox.warning(
                self._window,
                self.tr("Erased"),
                self.tr(
                    "The vault was erased. These entries in its folder are links to other "
                    "files and were left alone: {0}"
                ).format(", ".join(str(name) for name in left)),
            )


def panic_wipe_of(window: QWidget, controller: VaultController) -> PanicWipe:
    found = window.findChild(PanicWipe)
    if isinstance(found, PanicWipe):
        return found
    settings = getattr(window, "settings", None)
    if not isinstance(settings, AppSettings):
        settings = AppSettings()
    return PanicWipe(window, controller, settings)


def show_panic_countdown(window: QWidget, controller: VaultController) -> PanicCountdown | None:
    """Vault ▸ Erase the vault now: the same countdown as the chord."""
    wipe = panic_wipe_of(window, controller)
    wipe.start()
    return wipe.countdown
