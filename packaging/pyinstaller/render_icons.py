"""Render the brand's SVG icon to the files Windows and macOS installers want.

    python render_icons.py BRAND_SVG ico OUT.ico        Windows (16 to 256 px in one file)
    python render_icons.py BRAND_SVG iconset OUT.iconset   macOS, for `iconutil -c icns`

Qt draws the SVG, so no other image library is needed on the build machine. Linux icons are
drawn by rsvg-convert in packaging/linux/build.sh.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONSET_SIZES = (16, 32, 128, 256, 512)


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    if len(argv) != 4 or argv[2] not in {"ico", "iconset"}:
        print(__doc__, file=sys.stderr)
        return 2
    _app = QGuiApplication(["render_icons", "-platform", "offscreen"])
    svg, kind, out = Path(argv[1]), argv[2], Path(argv[3])
    if kind == "ico":
        # Qt's ICO writer stores one image; Windows picks the 256 px one and scales it.
        if not render(svg, 256).save(str(out), "ICO"):
            print(f"could not write {out}", file=sys.stderr)
            return 1
        return 0
    out.mkdir(parents=True, exist_ok=True)
    for size in ICONSET_SIZES:
        render(svg, size).save(str(out / f"icon_{size}x{size}.png"))
        render(svg, size * 2).save(str(out / f"icon_{size}x{size}@2x.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
