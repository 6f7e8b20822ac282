"""Look and feel: Fusion, a calm light or dark palette that follows the system, one stylesheet.

The user may choose light or dark instead of the system's scheme, and a text size (zoom,
100-200 %) that scales the application font and the sheet's point sizes alike; both are
app settings (settings.app_settings), applied with `set_appearance`.

The stylesheet (resources/styles/satchel.qss) takes its colours from palette roles, so the
same file serves both schemes; only the demo banner (amber) and the danger style carry fixed
colours, chosen to read well on either background. When the system switches between light
and dark while Satchel runs, the palette and the stylesheet are applied again.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from satchel.resources import resource_dir
from satchel.ui.base.widgets.accessible import install_accessible_defaults

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# role: (light, dark)
_COLOURS: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#f4f4f2", "#1f2023"),
    Role.WindowText: ("#1f2328", "#e4e4e1"),
    Role.Base: ("#ffffff", "#27292d"),
    Role.AlternateBase: ("#f7f7f5", "#2c2e33"),
    Role.Text: ("#1f2328", "#e4e4e1"),
    Role.PlaceholderText: ("#6b6f76", "#9a9ea5"),
    Role.Button: ("#fbfbfa", "#2f3136"),
    Role.ButtonText: ("#1f2328", "#e4e4e1"),
    Role.BrightText: ("#ffffff", "#ffffff"),
    Role.Light: ("#ffffff", "#3a3d42"),
    Role.Midlight: ("#e9e9e6", "#34363b"),
    Role.Mid: ("#c9c9c5", "#4a4d53"),
    Role.Dark: ("#9c9c98", "#16171a"),
    Role.Shadow: ("#6f6f6c", "#000000"),
    Role.Highlight: ("#2f6690", "#3a78ad"),
    Role.HighlightedText: ("#ffffff", "#ffffff"),
    Role.Link: ("#2f6690", "#79b4e3"),
    Role.LinkVisited: ("#5a4a8a", "#b39ddb"),
    Role.ToolTipBase: ("#ffffff", "#2f3136"),
    Role.ToolTipText: ("#1f2328", "#e4e4e1"),
    Role.Accent: ("#2f6690", "#3a78ad"),
}
_DISABLED: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.WindowText: ("#8d9096", "#6f7379"),
    Role.Text: ("#8d9096", "#6f7379"),
    Role.ButtonText: ("#8d9096", "#6f7379"),
    Role.Base: ("#f4f4f2", "#232428"),
    Role.Highlight: ("#a7b6c2", "#3b4c5a"),
}


THEMES = ("system", "light", "dark")
ZOOM_RANGE = (100, 200)
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt")


def is_dark(app: QGuiApplication) -> bool:
    """SATCHEL_THEME=dark|light (screenshots, checks), else the user's choice, else the
    system's scheme."""
    forced = os.environ.get("SATCHEL_THEME", "").strip().lower()
    if forced in {"dark", "light"}:
        return forced == "dark"
    chosen = str(app.property("satchelTheme") or "system")
    if chosen in {"dark", "light"}:
        return chosen == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def zoom_of(app: QGuiApplication) -> int:
    value = app.property("satchelZoom")
    zoom = int(value) if isinstance(value, int) else ZOOM_RANGE[0]
    return min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1])


def set_appearance(app: QApplication, theme: str, zoom: int) -> None:
    """The user's theme ("system", "light", "dark") and text size (percent), applied now."""
    if app.property("satchelBasePoints") is None:
        app.setProperty("satchelBasePoints", app.font().pointSizeF())
    app.setProperty("satchelTheme", theme if theme in THEMES else "system")
    app.setProperty("satchelZoom", min(max(int(zoom), ZOOM_RANGE[0]), ZOOM_RANGE[1]))
    font = app.font()
    base = float(app.property("satchelBasePoints") or font.pointSizeF())
    if base > 0:
        font.setPointSizeF(base * zoom_of(app) / 100)
        app.setFont(font)
    _apply(app)


def _scaled(sheet: str, zoom: int) -> str:
    if zoom == 100:
        return sheet
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * zoom / 100:g}pt", sheet)


def palette_for(dark: bool) -> QPalette:
    index = 1 if dark else 0
    palette = QPalette()
    for role, pair in _COLOURS.items():
        palette.setColor(Group.All, role, QColor(pair[index]))
    for role, pair in _DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(pair[index]))
    return palette


def stylesheet() -> str:
    sheet = resource_dir() / "styles" / "satchel.qss"
    return sheet.read_text(encoding="utf-8") if sheet.is_file() else ""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    _apply(app)
    if not app.property("satchelThemeFollows"):
        app.setProperty("satchelThemeFollows", True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply(app))
        install_accessible_defaults(app)  # once, with the theme: tests get it too


def _apply(app: QApplication) -> None:
    dark = is_dark(app)
    app.setProperty("satchelDark", dark)
    app.setPalette(palette_for(dark))
    # Palette roles in the sheet are resolved when it is set: set it again after the palette.
    app.setStyleSheet(_scaled(stylesheet(), zoom_of(app)))
