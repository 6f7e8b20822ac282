"""App-wide choices kept in Qt's settings: language, two window protections and, only if
asked, a vault location.

Nothing about a vault's content ever goes here; settings files are plaintext on disk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from satchel.brand import installed_brand, settings_names
from satchel.services import access
from satchel.ui.access.default_locations import default_vault_folder, earlier_default_folder


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        """Without `settings`: the file the installed brand names (see satchel.brand)."""
        self._settings = settings or QSettings(*settings_names(installed_brand()))

    @property
    def language(self) -> str:
        return str(self._settings.value("language", "", str))

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)

    @property
    def lock_on_minimize(self) -> bool:
        """Lock the vault when its window is minimized; off unless the user turns it on."""
        return bool(self._settings.value("security/lock_on_minimize", False, bool))

    @lock_on_minimize.setter
    def lock_on_minimize(self, value: bool) -> None:
        self._settings.setValue("security/lock_on_minimize", value)

    @property
    def exclude_from_capture(self) -> bool:
        """Hide Satchel's windows from screen capture and sharing (Windows, macOS); on."""
        return bool(self._settings.value("security/exclude_from_capture", True, bool))

    @exclude_from_capture.setter
    def exclude_from_capture(self, value: bool) -> None:
        self._settings.setValue("security/exclude_from_capture", value)

    @property
    def remembered_vault(self) -> Path | None:
        value = str(self._settings.value("vault/location", "", str))
        return Path(value) if value else None

    def remember_vault(self, folder: Path | None) -> None:
        """Store the location only when the user ticked "remember"; None forgets it."""
        if folder is None:
            self._settings.remove("vault/location")
        else:
            self._settings.setValue("vault/location", str(folder))
        self._settings.sync()

    def vault_to_open(self) -> Path | None:
        """The remembered vault, else the default one if it exists."""
        remembered = self.remembered_vault
        if remembered is not None and remembered.is_dir():
            return remembered
        for default in (default_vault_folder(), earlier_default_folder()):
            if default is not None and access.is_vault(default):
                return default
        return None

    @property
    def camouflage(self) -> bool:
        """Show a neutral name and icon instead of Satchel's; off unless the user turns it
        on. Read at start: the name is in every window, so it changes after a restart."""
        return bool(self._settings.value("appearance/camouflage", False, bool))

    @camouflage.setter
    def camouflage(self, value: bool) -> None:
        self._settings.setValue("appearance/camouflage", value)

    # the window -------------------------------------------------------------------------
    @property
    def window_placement(self) -> tuple[tuple[int, int, int, int], bool] | None:
        """The window's last normal (x, y, width, height) and whether it was maximized."""
        raw = str(self._settings.value("window/rect", "", str))
        try:
            numbers = tuple(int(part) for part in raw.split(","))
        except ValueError:
            return None
        if len(numbers) != 4 or numbers[2] <= 0 or numbers[3] <= 0:
            return None
        x, y, width, height = numbers
        return (x, y, width, height), bool(self._settings.value("window/maximized", False, bool))

    def remember_window(self, rect: tuple[int, int, int, int], maximized: bool) -> None:
        self._settings.setValue("window/rect", ",".join(str(n) for n in rect))
        self._settings.setValue("window/maximized", maximized)
        self._settings.sync()

    # appearance -------------------------------------------------------------------------
    @property
    def theme(self) -> str:
        """ "system", "light" or "dark"."""
        value = str(self._settings.value("appearance/theme", "system", str))
        return value if value in {"system", "light", "dark"} else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._settings.setValue("appearance/theme", value)

    @property
    def zoom(self) -> int:
        """Text size in percent, 100 to 200."""
        try:
            value = int(str(self._settings.value("appearance/zoom", 100)))
        except ValueError:
            return 100
        return min(max(value, 100), 200)

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._settings.setValue("appearance/zoom", int(value))
