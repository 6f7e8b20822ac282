"""One settings dialog with two parts, stored in two different places.

"This vault" (auto-lock, clipboard clearing, reveal time) is stored inside the vault,
encrypted, through services.vault_settings. "This computer" (language, lock on minimize,
hiding from screen capture, remembering the vault's location) goes to Qt's settings, a
plaintext file: no vault content ever goes there, and the location only when the user
ticks the box.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from satchel.languages import LANGUAGES
from satchel.services.core.session import VaultSession
from satchel.services.core.settings import (
    AUTO_LOCK_RANGE,
    CLIPBOARD_RANGE,
    REVEAL_RANGE,
    VaultSettings,
    load_settings,
    save_settings,
)
from satchel.ui.access.default_locations import default_vault_folder
from satchel.ui.access.page_frame import fit_height, text_label
from satchel.ui.base.text.keys import key_text
from satchel.ui.base.theme import ZOOM_RANGE
from satchel.ui.base.widgets.fitting_scroll import FittingScrollArea
from satchel.ui.camouflage.app_brand import app_name
from satchel.ui.camouflage.setting import CamouflageSetting
from satchel.ui.coercion.failed_unlock_setting import FailedUnlockSetting
from satchel.ui.platform.capture_exclusion import capture_exclusion_supported
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import Change, VaultController


def _save(vs: VaultSession, settings: VaultSettings) -> bool:
    save_settings(vs, settings)
    return True


class _Grid(QGridLayout):
    """Label and field rows; full-width rows for notes. (QFormLayout clips word-wrapped
    spanning rows that appear later, at 125 % scaling; a grid sizes them properly.)"""

    def __init__(self, group: QGroupBox) -> None:
        super().__init__(group)
        self.setContentsMargins(16, 16, 16, 16)
        self.setHorizontalSpacing(16)
        self.setVerticalSpacing(8)
        self.setColumnStretch(1, 1)

    def add(self, text: str, field: QWidget) -> None:
        row = self.rowCount()
        if text:
            label = QLabel(text)
            label.setBuddy(field)
            self.addWidget(label, row, 0)
        self.addWidget(field, row, 1)

    def add_wide(self, widget: QWidget) -> None:
        self.addWidget(widget, self.rowCount(), 0, 1, 2)


def _spin(low: int, high: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin


class SettingsDialog(QDialog):
    def __init__(
        self,
        controller: VaultController,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        capture_allowed_for_run: bool = False,
        capture_supported: bool | None = None,
    ) -> None:
        """`capture_allowed_for_run`: started with --allow-screen-capture.
        `capture_supported`: whether this OS can hide windows from capture (default: ask)."""
        super().__init__(parent)
        self._capture_allowed_for_run = capture_allowed_for_run
        self._capture_supported = (
            capture_exclusion_supported() if capture_supported is None else capture_supported
        )
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(520)
        self._controller = controller
        self._settings = settings
        self.vault_settings: VaultSettings | None = None
        if controller.is_unlocked:
            loaded = controller.run(load_settings)
            self.vault_settings = loaded if isinstance(loaded, VaultSettings) else None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(text_label(self.tr("Settings"), "heading"))
        body = QWidget()
        parts = QVBoxLayout(body)
        parts.setContentsMargins(0, 0, 0, 0)
        parts.setSpacing(16)
        self.vault_group = self._vault_part()
        self.vault_group.setVisible(self.vault_settings is not None)
        parts.addWidget(self.vault_group)
        parts.addWidget(self._app_part())
        parts.addStretch(1)
        area = FittingScrollArea(body)  # scrolls on a short screen
        area.content_changed.connect(lambda: fit_height(self))
        layout.addWidget(area, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setProperty("primary", True)
        save.setAccessibleName(self.tr("Save the settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Close without saving")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # the vault --------------------------------------------------------------------------
    def _vault_part(self) -> QGroupBox:
        group = QGroupBox(self.tr("This vault"))
        form = _Grid(group)
        minutes, seconds = self.tr(" minutes"), self.tr(" seconds")
        self.auto_lock = _spin(*AUTO_LOCK_RANGE, minutes, self.tr("Lock after inactivity"))
        self.never_lock = QCheckBox(self.tr("&Never lock by itself"))
        self.never_lock.setAccessibleName(self.tr("Never lock the vault automatically"))
        self.never_warning = text_label(
            self.tr(
                "Anyone who gets to this computer while you are away could read the vault. "
                "Lock it yourself with {0}."
            ).format(key_text("Ctrl+L")),
            "warning",
        )
        self.never_warning.setObjectName("neverLockWarning")
        self.never_lock.toggled.connect(self._on_never)
        self.clipboard = _spin(*CLIPBOARD_RANGE, seconds, self.tr("Clear copied values after"))
        self.reveal = _spin(*REVEAL_RANGE, seconds, self.tr("Hide revealed identity after"))
        form.add(self.tr("&Lock after inactivity"), self.auto_lock)
        form.add("", self.never_lock)
        form.add_wide(self.never_warning)
        form.add(self.tr("&Clear copied values after"), self.clipboard)
        form.add(self.tr("&Hide revealed identity after"), self.reveal)
        where = (
            self.tr("Demo vault: these settings are deleted with it.")
            if self._controller.demo
            else self.tr("Kept inside the vault, encrypted.")
        )
        form.add_wide(text_label(where, "hint"))
        self.duress_button = QPushButton(self.tr("&Duress passphrase…"))
        self.duress_button.setObjectName("openDuress")
        self.duress_button.setAccessibleName(self.tr("Set or remove the duress passphrase"))
        self.duress_button.clicked.connect(self.open_duress)
        self.duress_button.setVisible(not self._controller.demo)
        form.add_wide(self.duress_button)
        self.failed_unlocks = FailedUnlockSetting(self._controller)  # kept on this computer
        form.add_wide(self.failed_unlocks)

        current = self.vault_settings or VaultSettings()
        self.auto_lock.setValue(current.auto_lock_minutes or VaultSettings().auto_lock_minutes or 5)
        self.never_lock.setChecked(current.auto_lock_minutes is None)
        self._on_never(current.auto_lock_minutes is None)
        self.clipboard.setValue(current.clipboard_seconds)
        self.reveal.setValue(current.reveal_seconds)
        return group

    def open_duress(self) -> None:
        from satchel.ui.coercion.duress_dialog import DuressDialog  # noqa: PLC0415 - on first use

        self.duress_dialog = DuressDialog(self._controller, self)
        self.duress_dialog.open()

    def _on_never(self, never: bool) -> None:
        self.auto_lock.setEnabled(not never)
        self.never_warning.setVisible(never)
        if self.isVisible():
            fit_height(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        fit_height(self)

    def chosen_vault_settings(self) -> VaultSettings:
        return VaultSettings(
            auto_lock_minutes=None if self.never_lock.isChecked() else self.auto_lock.value(),
            clipboard_seconds=self.clipboard.value(),
            reveal_seconds=self.reveal.value(),
        )

    # this computer ----------------------------------------------------------------------
    def _app_part(self) -> QGroupBox:
        group = QGroupBox(self.tr("This computer"))
        form = _Grid(group)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        index = self.language.findData(self._settings.language)
        self.language.setCurrentIndex(max(index, 0))
        form.add(self.tr("L&anguage"), self.language)
        self._appearance(form)

        self.remember = QCheckBox(self.tr("&Remember this vault's location"))
        self.remember.setObjectName("rememberVault")
        self.remember.setAccessibleName(self.tr("Remember this vault's location on this computer"))
        folder = self._controller.folder
        usable = (
            self._controller.is_unlocked
            and not self._controller.demo
            and folder is not None
            and folder != default_vault_folder()
        )
        self.remember.setEnabled(usable)
        self.remember.setChecked(usable and self._settings.remembered_vault == folder)
        form.add("", self.remember)
        self._window_protection(form)
        self.camouflage = CamouflageSetting(self._settings)
        form.add_wide(self.camouflage)
        form.add_wide(
            text_label(
                self.tr(
                    "Kept in {app}'s settings on this computer, not in the vault. Theme and "
                    "text size change at once; a new language shows after {app} starts "
                    "again, and it offers to restart."
                ).format(app=app_name()),
                "hint",
            )
        )
        return group

    def _appearance(self, form: _Grid) -> None:
        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        self.theme.setAccessibleName(self.tr("Colour theme"))
        for key, label in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(self.theme.findData(self._settings.theme), 0))
        form.add(self.tr("&Theme"), self.theme)
        self.zoom = _spin(*ZOOM_RANGE, " %", self.tr("Text size"))
        self.zoom.setObjectName("zoomChoice")
        self.zoom.setSingleStep(10)
        self.zoom.setValue(self._settings.zoom)
        form.add(self.tr("Te&xt size"), self.zoom)

    def _window_protection(self, form: _Grid) -> None:
        self.lock_on_minimize = QCheckBox(self.tr("Lock when the window is &minimized"))
        self.lock_on_minimize.setObjectName("lockOnMinimize")
        self.lock_on_minimize.setAccessibleName(
            self.tr("Lock the vault when {app} is minimized").format(app=app_name())
        )
        self.lock_on_minimize.setChecked(self._settings.lock_on_minimize)
        form.add("", self.lock_on_minimize)

        self.exclude_capture = QCheckBox(
            self.tr("Hide {app} from &screen capture and sharing").format(app=app_name())
        )
        self.exclude_capture.setObjectName("excludeFromCapture")
        self.exclude_capture.setAccessibleName(
            self.tr("Hide {app}'s windows from screenshots, recordings and screen sharing").format(
                app=app_name()
            )
        )
        if self._capture_supported:
            self.exclude_capture.setChecked(self._settings.exclude_from_capture)
            self.exclude_capture.setToolTip(
                self.tr(
                    "Screenshots, recordings and shared screens show an empty area where "
                    "{app}'s windows are. Turn this off to present {app}, or start it "
                    "with --allow-screen-capture for one session."
                ).format(app=app_name())
            )
            note = (
                self.tr(
                    "Screen capture is allowed until {app} closes (--allow-screen-capture)."
                ).format(app=app_name())
                if self._capture_allowed_for_run
                else ""
            )
        else:
            self.exclude_capture.setChecked(False)
            self.exclude_capture.setEnabled(False)
            note = self.tr(
                "Not possible on Linux: X11 and Wayland do not let an app hide its windows "
                "from screen capture. Lock {app} before you share your screen."
            ).format(app=app_name())
            self.exclude_capture.setToolTip(note)
        form.add("", self.exclude_capture)
        self.capture_note = text_label(note, "hint")
        self.capture_note.setObjectName("captureNote")
        self.capture_note.setVisible(bool(note))
        form.add_wide(self.capture_note)

    # saving -----------------------------------------------------------------------------
    def save(self) -> None:
        if self.vault_settings is not None and self._controller.is_unlocked:
            chosen = self.chosen_vault_settings()
            if chosen != self.vault_settings:
                if not self._controller.change(Change.SETTINGS, _save, chosen):
                    return  # the controller told the user why
                self.vault_settings = chosen
        if not self.failed_unlocks.save():
            return
        self._settings.language = str(self.language.currentData() or "")
        self._settings.theme = str(self.theme.currentData() or "system")
        self._settings.zoom = self.zoom.value()
        self._settings.lock_on_minimize = self.lock_on_minimize.isChecked()
        self.camouflage.save()
        if self.exclude_capture.isEnabled():
            self._settings.exclude_from_capture = self.exclude_capture.isChecked()
        folder = self._controller.folder
        if self.remember.isEnabled() and folder is not None:
            if self.remember.isChecked():
                self._settings.remember_vault(folder)
            elif self._settings.remembered_vault == folder:
                self._settings.remember_vault(None)
        self.accept()
