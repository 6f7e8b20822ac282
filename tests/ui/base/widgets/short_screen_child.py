"""Open the tallest dialogs on a screen as short as 1366x768 at 125 % (1093x614 logical)
and print, as JSON, where each one and its buttons ended up. Run by test_short_screen."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from satchel.services.core import session
from satchel.services.notebook.cases import create_case
from satchel.ui.base.theme import apply_theme
from satchel.ui.base.widgets.fitting_scroll import FittingScrollArea
from satchel.ui.coercion.travel_dialog import TravelDialog
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.settings.dialog import SettingsDialog
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow
from satchel.vault import FAST_TEST_KDF


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def lowest(area: FittingScrollArea) -> QWidget:
    """The visible control nearest the bottom of the area's body."""
    body = area.widget()
    assert body is not None
    shown = [w for w in body.findChildren(QWidget) if w.isVisibleTo(body)]
    return max(shown, key=lambda w: w.mapTo(body, w.rect().bottomLeft()).y())


def where(name: str, dialog: QWidget, button: QWidget) -> dict[str, object]:
    settle()
    area = dialog.findChild(FittingScrollArea)
    assert area is not None
    last = lowest(area)
    area.ensureWidgetVisible(last)
    settle()
    bottom = last.mapTo(area.viewport(), last.rect().bottomLeft()).y()
    return {
        "name": name,
        "screen": dialog.screen().availableGeometry().height(),
        "dialog": dialog.frameGeometry().height(),
        "top": dialog.frameGeometry().top(),
        "button_bottom": button.mapTo(dialog, button.rect().bottomLeft()).y(),
        "inner_height": dialog.height(),
        "last_bottom": bottom,
        "viewport": area.viewport().height(),
        "scrolls": area.verticalScrollBar().maximum() > 0,
    }


def main(folder: Path) -> None:
    app = QApplication([])
    apply_theme(app)
    vault = folder / "notes"
    vs, _ = session.create(vault, "a passphrase for the test", kdf_for_tests=FAST_TEST_KDF)
    create_case(vs, title="Case")
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = ShellWindow(VaultController(), settings)
    window.showMaximized()
    window.controller.adopt(vs, vault)
    settle()
    found = []
    dialog = SettingsDialog(window.controller, settings, window)
    dialog.show()
    found.append(where("settings", dialog, dialog.buttons))
    dialog.close()
    travel = TravelDialog(window.controller, window)
    travel.show()
    settle()
    travel._next()
    travel.destination.to_colleague.setChecked(True)
    travel.destination.key.setText("age1 not a key")
    found.append(where("travel", travel, travel.steps.next))
    print(json.dumps(found))
    window.controller.lock()
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()))
