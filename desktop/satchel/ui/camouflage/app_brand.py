"""The brand the window shows, kept on the QApplication: its name, icon and ids.

The product name is one value the screens read (`app_name()`), put into their translated
sentences as `{app}`, so no screen carries "Satchel" in its own text. WM_CLASS on X11 is
the program's instance name (`-name`, else its file name) and the application name, both
read once when the first window appears: a change of brand shows after a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon

from satchel.brand import NEUTRAL, SATCHEL, Brand, icon_path, installed_brand

PROPERTY = "shownBrand"


def current_brand() -> Brand:
    """The brand applied to this application; Satchel's before any is applied (tests)."""
    app = QCoreApplication.instance()
    package = app.property(PROPERTY) if app is not None else None
    if package == NEUTRAL.package:
        return NEUTRAL
    installed = installed_brand()
    return installed if installed.package == package else SATCHEL


def app_name() -> str:
    return current_brand().name


def qt_arguments(program: str, brand: Brand) -> list[str]:
    """QApplication's arguments: under a neutral brand, X11's instance name is its own
    (else Qt takes the program's file name, `satchel`, for WM_CLASS)."""
    return [program, "-name", brand.package] if brand.neutral else [program]


def apply_brand(app: QGuiApplication, brand: Brand) -> None:
    app.setProperty(PROPERTY, brand.package)
    app.setApplicationName(brand.name)
    app.setApplicationDisplayName(brand.name)  # Qt adds it to window titles on Linux
    app.setDesktopFileName(brand.app_id)  # Wayland's app id, and the menu entry it matches
    icon = QIcon(str(icon_path(brand)))
    if not icon.isNull():
        app.setWindowIcon(icon)  # every window's and the task bar's
