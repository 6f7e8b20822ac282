"""Help ▸ About: the name the window shows (its own or the neutral one), and the version."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from satchel.ui.camouflage.app_brand import app_name


def _version() -> str:
    try:
        return version("satchel")
    except PackageNotFoundError:
        return ""


def show_about(parent: QWidget) -> QMessageBox:
    name = app_name()
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("About", "About {app}").format(app=name))
    icon = QApplication.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"{name} {_version()}".strip())
    box.setInformativeText(
        QCoreApplication.translate(
            "About",
            "An encrypted notebook that works offline. It never connects to the internet.",
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
