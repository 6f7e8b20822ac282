"""Qt's own file dialogs, leaving no trace of where the user went.

The system's dialog adds every file and folder chosen to the desktop's recently-used list,
so Satchel always uses Qt's (DontUseNativeDialog). Qt's dialog keeps a memory of its own:
when it is destroyed it writes the folders it visited ("history", "lastVisited") and its
sidebar to QtProject.conf in the user's settings folder, where a vault's location or a
client's folder would sit in plain text. These drop-ins for QFileDialog's static functions
turn the dialog back to the home folder and empty its history before it is destroyed, so no
visited folder is ever written, then remove those keys.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QDir, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

Options = QFileDialog.Option
TRACE_KEYS = ("history", "lastVisited", "shortcuts")
NO_OPTIONS = Options(0)


def forget_visited_folders() -> None:
    """Remove what Qt's dialogs remember of the folders they showed."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in TRACE_KEYS:
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    """exec() the dialog, then destroy it without a trace; (chosen paths, name filter)."""
    dialog.setOption(Options.DontUseNativeDialog, True)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = list(dialog.selectedFiles()) if accepted else []
        return chosen, dialog.selectedNameFilter()
    finally:
        dialog.setDirectory(QDir.homePath())  # what Qt writes as "lastVisited"
        dialog.setHistory([])
        shiboken6.delete(dialog)  # Qt writes its dialog settings here, not at some later time
        forget_visited_folders()


def run(dialog: QFileDialog) -> list[str]:
    """Show a dialog the caller built; the chosen paths, or [] when cancelled."""
    return _run(dialog)[0]


def _dialog(
    parent: QWidget | None, caption: str, directory: str, filter_: str, options: Options
) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, filter_)
    dialog.setOptions(options | Options.DontUseNativeDialog)
    return dialog


def get_existing_directory(
    parent: QWidget | None,
    caption: str = "",
    directory: str = "",
    options: Options = Options.ShowDirsOnly,
) -> str:
    dialog = _dialog(parent, caption, directory, "", options)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    chosen, _filter = _run(dialog)
    return chosen[0] if chosen else ""


def get_open_file_name(
    parent: QWidget | None,
    caption: str = "",
    directory: str = "",
    filter: str = "",  # Qt's name, so call sites read the same
    options: Options = NO_OPTIONS,
) -> tuple[str, str]:
    dialog = _dialog(parent, caption, directory, filter, options)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen, name_filter = _run(dialog)
    return (chosen[0], name_filter) if chosen else ("", "")


def get_open_file_names(
    parent: QWidget | None,
    caption: str = "",
    directory: str = "",
    filter: str = "",
    options: Options = NO_OPTIONS,
) -> tuple[list[str], str]:
    dialog = _dialog(parent, caption, directory, filter, options)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    chosen, name_filter = _run(dialog)
    return (chosen, name_filter) if chosen else ([], "")


def get_save_file_name(
    parent: QWidget | None,
    caption: str = "",
    directory: str = "",
    filter: str = "",
    options: Options = NO_OPTIONS,
) -> tuple[str, str]:
    dialog = _dialog(parent, caption, directory, filter, options)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chosen, name_filter = _run(dialog)
    return (chosen[0], name_filter) if chosen else ("", "")
