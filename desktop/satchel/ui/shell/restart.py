"""Start Satchel again, as it was started, after a change that needs a fresh window.

A new language is the one such change: every label is made in the language loaded at start.
The vault locks first (the new process asks for the passphrase again); a one-run
`--language` is left out so that the choice just made in Settings takes effect.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from satchel.ui.camouflage.app_brand import app_name

ONE_RUN_OPTIONS = ("--language",)


def restart_arguments(argv: list[str], frozen: bool) -> tuple[str, list[str]]:
    """The program and arguments that start this Satchel again, without one-run options."""
    kept: list[str] = []
    skip = False
    for argument in argv[1:]:
        if skip:
            skip = False
            continue
        if argument in ONE_RUN_OPTIONS:
            skip = True
            continue
        if argument.startswith(tuple(f"{option}=" for option in ONE_RUN_OPTIONS)):
            continue
        kept.append(argument)
    if frozen:
        return sys.executable, kept
    return sys.executable, ["-m", "satchel", *kept]


def start_again() -> bool:
    """Start a new Satchel process; the caller quits this one. False when it did not start."""
    program, arguments = restart_arguments(sys.argv, bool(getattr(sys, "frozen", False)))
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def ask_to_restart(
    parent: QWidget, answered: Callable[[bool], None], text: str | None = None
) -> QMessageBox:
    """Labels are made in the language loaded at start: a new one needs a restart, which
    locks the vault. The user chooses when; `answered(True)` means now. The question is
    the window's (its sentences are translated as the window's). `text`: why, when it is
    not a new language (a new name and icon)."""
    box = QMessageBox(parent)
    box.setObjectName("restartForLanguage")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(app_name())
    box.setText(
        text
        or QCoreApplication.translate(
            "ShellWindow", "{app} shows the new language after it starts again."
        ).format(app=app_name())
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ShellWindow", "Restart now? The vault locks; unlock it again with your passphrase."
        )
    )
    now = box.addButton(
        QCoreApplication.translate("ShellWindow", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("ShellWindow", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(now)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: answered(button is now))
    box.open()
    return box
