"""Settings ▸ This computer: the camouflage check box, with what it cannot hide.

The name is in every window, so a change shows after a restart, which the window offers
(as for a new language). The longer account is docs/COERCION.md, "Camouflage".
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from satchel.brand import NEUTRAL, installed_brand
from satchel.ui.access.page_frame import text_label
from satchel.ui.settings.app_settings import AppSettings


class CamouflageSetting(QWidget):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("camouflageSetting")
        self._settings = settings
        installed = installed_brand()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.check = QCheckBox(self.tr("Show a neutral &name and icon (camouflage)"))
        self.check.setObjectName("camouflage")
        self.check.setAccessibleName(self.tr("Show a neutral name and icon"))
        column.addWidget(self.check)
        if installed.neutral:
            self.check.setChecked(True)
            self.check.setEnabled(False)
            note = self.tr(
                "This copy is installed under a neutral name, so it always shows it. Only "
                "file names inside its program folder still tell what it is."
            )
        else:
            self.check.setChecked(settings.camouflage)
            note = self.tr(
                "The window, the task bar and new vault folders then say “{0}”, after a "
                "restart. Still telling: the installed program, its settings folder, the "
                "process name and a vault folder made before. The neutral package hides "
                "the program too."
            ).format(NEUTRAL.name)
        self.note = text_label(note, "hint")
        self.note.setObjectName("camouflageNote")
        column.addWidget(self.note)

    def save(self) -> None:
        if self.check.isEnabled():
            self._settings.camouflage = self.check.isChecked()
