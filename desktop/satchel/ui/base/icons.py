"""Bundled line icons (resources/icons/*.svg), tinted to the current palette.

The SVG files draw with `currentColor`; each icon is rendered here in the palette's text
colour (and a dimmer one for the disabled state), so the same files suit light and dark
themes. Nothing is fetched from anywhere.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from satchel.resources import resource_dir

ICON_NAMES = (
    "activity",
    "add",
    "back",
    "case",
    "checklist",
    "copy",
    "demo",
    "due",
    "folder",
    "hide",
    "key",
    "lock",
    "person",
    "reveal",
    "search",
    "settings",
    "warning",
)
_SIZES = (16, 20, 24, 32, 48)


@cache
def _svg_source(name: str) -> str:
    if name not in ICON_NAMES:
        raise KeyError(f"no bundled icon named {name!r}")
    return (resource_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


def _render(name: str, colour: str, size: int, ratio: float) -> QPixmap:
    svg = _svg_source(name).replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    side = max(1, round(size * ratio))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def _icon(name: str, normal: str, disabled: str, ratio: float) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_render(name, normal, size, ratio), QIcon.Mode.Normal)
        icon.addPixmap(_render(name, disabled, size, ratio), QIcon.Mode.Disabled)
    return icon


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The bundled icon `name`, drawn in `colour` or the palette's text colour."""
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    normal = colour or palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
    return _icon(name, normal.name(), disabled.name(), float(ratio))
