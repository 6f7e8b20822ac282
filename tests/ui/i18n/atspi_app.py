"""The window for the AT-SPI test, run in a process of its own on a real X display.

`python -m tests.ui.i18n.atspi_app SCREEN FOLDER`: SCREEN "unlock" shows the unlock page
for a closed vault; "main" opens a vault whose person has identity details and shows that
person's editor with its identity fields open (and masked). Prints "ready" once the screen
is up, then runs until it is ended.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from tests.conftest import PASSPHRASE
from tests.ui.driving import IDENTITY_SENTINEL

from satchel.services.core import session as vault_session
from satchel.services.notebook.cases import create_case
from satchel.services.notebook.people import create_person
from satchel.ui.people.identity_panel import IdentityPanel
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow
from satchel.vault import FAST_TEST_KDF


def main(screen: str, folder: Path) -> int:
    app = QApplication([sys.argv[0]])
    app.setApplicationName("SatchelAtspiCheck")
    settings = AppSettings(QSettings(str(folder / "satchel.ini"), QSettings.Format.IniFormat))
    controller = VaultController()
    window = ShellWindow(controller, settings)
    window.resize(1280, 800)
    window.show()
    session, _phrase = vault_session.create(
        folder / "vault", PASSPHRASE, kdf_for_tests=FAST_TEST_KDF
    )
    if screen == "unlock":
        session.close()
        window.show_unlock(folder / "vault")
    else:
        case_id = create_case(session, title="Harbour")
        person = create_person(
            session,
            pseudonym="Marta",
            identity={"legal_name": IDENTITY_SENTINEL, "phone": "+7 700 000 00 00"},
            case_id=case_id,
        )
        controller.adopt(session, folder / "vault")
        workspace = window.workspace
        assert workspace is not None
        workspace.open_item("person", person)
        panel = window.findChild(IdentityPanel, "identityPanel")
        assert panel is not None
        panel.set_expanded(True)  # the masked fields themselves, not only their heading
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
