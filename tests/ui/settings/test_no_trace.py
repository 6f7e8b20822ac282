"""Settings hold no vault path unless "remember" is ticked, and no content at all; file
dialogs add nothing to recently-used lists or to Qt's own dialog memory.

A whole session in the real window: the welcome page's "Open a vault" with Qt's folder
dialog answered as a user would (into a folder whose name is a sentinel), the unlock page,
the case editor, a search, the settings dialog saved, lock. Afterwards:

- without "remember": Satchel's settings file holds no trace of the vault (path, folder
  name, vault id) and no content (case title, pseudonym, search text);
- with "remember" ticked: it holds the vault's path under `vault/location`, once, and
  nothing else of the vault;
- Qt's dialog memory (QtProject.conf: "history", "lastVisited") names no folder the dialog
  visited — the control test shows that Qt's plain static dialog does write one there;
- every file dialog shown was Qt's own (DontUseNativeDialog), and
  $XDG_DATA_HOME/recently-used.xbel, the desktop's recently-used list, was never created.

Where files live here: tests/ui/conftest.py points every QSettings scope and format at one
folder per test session (`_qt_settings_in_tmp`: QtProject.conf lands there), the
`app_settings` fixture gives Satchel's settings an INI file in this test's tmp_path, and
XDG_DATA_HOME is this test's tmp_path/xdg-data.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.factories import make_vault

from satchel.services.notebook import cases, people
from satchel.ui.access.unlock import UnlockPage
from satchel.ui.access.welcome import WelcomePage
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.settings.dialog import SettingsDialog
from satchel.ui.shell.window import ShellWindow
from satchel.ui.shell.workspace import Workspace

Answer = Callable[[QFileDialog], None]


class FileDialogAnswerer:
    """Answers the next modal QFileDialog as a user would, and records how it was made."""

    def __init__(self, qtbot: QtBot, xbel: Path) -> None:
        self._qtbot = qtbot
        self._xbel = xbel
        self.seen: list[dict[str, bool]] = []

    def next(self, answer: Answer) -> None:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QFileDialog):
                QTimer.singleShot(10, poll)
                return
            self.seen.append(
                {
                    "qt's own": dialog.testOption(QFileDialog.Option.DontUseNativeDialog),
                    "xbel while open": self._xbel.exists(),
                }
            )
            answer(dialog)

        QTimer.singleShot(0, poll)


def choose(folder: Path) -> Answer:
    """Walk into the folder's parent (so a dialog with a memory would remember it), pick it."""

    def answer(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(folder.parent))
        dialog.selectFile(str(folder))
        dialog.accept()

    return answer


@pytest.fixture
def answerer(qtbot: QtBot, tmp_path: Path) -> FileDialogAnswerer:
    return FileDialogAnswerer(qtbot, tmp_path / "xdg-data" / "recently-used.xbel")


def _token(word: str) -> str:
    return f"{word}Q{secrets.token_hex(6)}"


def _vault(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A closed vault in a folder whose parent's name is a sentinel, and the sentinels."""
    s = {
        "parent folder": _token("Kestrelclientfolder"),
        "case title": _token("Casetitle"),
        "pseudonym": _token("Pseudonym"),
        "search text": _token("Searchtext"),
    }
    folder = tmp_path / s["parent folder"] / "vault"
    folder.parent.mkdir()
    vs, _phrase = make_vault(folder)
    with vs:
        case_id = cases.create_case(vs, title=s["case title"])
        people.create_person(vs, pseudonym=s["pseudonym"], case_id=case_id)
        s["vault id"] = vs.vault.vault_id  # format 2 keeps it sealed: from the open vault
    assert s["vault id"]
    return folder, s


def _session(
    qtbot: QtBot,
    window: ShellWindow,
    answerer: FileDialogAnswerer,
    folder: Path,
    s: dict[str, str],
    *,
    remember: bool,
) -> None:
    welcome = window.pages.currentWidget()
    assert isinstance(welcome, WelcomePage)
    welcome.remember.setChecked(remember)
    answerer.next(choose(folder))
    welcome.open_button.click()  # Qt's folder dialog, answered above
    unlock = window.pages.currentWidget()
    assert isinstance(unlock, UnlockPage)
    assert unlock.folder == folder
    unlock.field.setText(PASSPHRASE)
    unlock.unlock()
    qtbot.waitUntil(lambda: window.controller.is_unlocked, timeout=10_000)

    workspace = window.workspace
    assert isinstance(workspace, Workspace)
    found = window.controller.run(cases.list_cases)
    assert found is not None and [case.title for case in found] == [s["case title"]]
    workspace.open_item("case", found[0].id)
    workspace.search_box.setText(s["search text"])
    workspace.search_panel.run_search()
    window.show_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.remember.isChecked() is remember
    dialog.save()  # "this computer" settings written as the user left them
    window.controller.lock()
    window.close()


def _settings_text(settings: AppSettings, ini: Path) -> str:
    settings._settings.sync()
    return ini.read_text(encoding="utf-8") if ini.exists() else ""


def _traces(text: str, folder: Path, s: dict[str, str]) -> list[str]:
    wanted = {**s, "vault path": str(folder), "vault folder's parent": str(folder.parent)}
    return sorted(name for name, value in wanted.items() if value in text)


def _qt_dialog_memory(qt_settings_folder: Path) -> str:
    return "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in qt_settings_folder.rglob("*")
        if path.is_file() and path.name != "satchel.ini"
    )


def test_without_remember_no_setting_names_the_vault(
    qtbot: QtBot,
    window: ShellWindow,
    answerer: FileDialogAnswerer,
    app_settings: AppSettings,
    tmp_path: Path,
    _qt_settings_in_tmp: Path,
) -> None:
    folder, s = _vault(tmp_path)
    _session(qtbot, window, answerer, folder, s, remember=False)

    text = _settings_text(app_settings, tmp_path / "satchel.ini")
    assert "language" in text  # the settings dialog did write this computer's choices
    assert _traces(text, folder, s) == []
    assert app_settings.remembered_vault is None
    assert _traces(_qt_dialog_memory(_qt_settings_in_tmp), folder, s) == []
    assert answerer.seen == [{"qt's own": True, "xbel while open": False}]
    assert not (tmp_path / "xdg-data" / "recently-used.xbel").exists()


def test_with_remember_only_the_location_is_kept(
    qtbot: QtBot,
    window: ShellWindow,
    answerer: FileDialogAnswerer,
    app_settings: AppSettings,
    tmp_path: Path,
    _qt_settings_in_tmp: Path,
) -> None:
    folder, s = _vault(tmp_path)
    _session(qtbot, window, answerer, folder, s, remember=True)

    ini = tmp_path / "satchel.ini"
    text = _settings_text(app_settings, ini)
    assert app_settings.remembered_vault == folder
    stored = QSettings(str(ini), QSettings.Format.IniFormat)
    naming = [key for key in stored.allKeys() if str(folder.parent) in str(stored.value(key))]
    assert naming == ["vault/location"]
    assert text.count(s["parent folder"]) == 1  # the path, once, and no other trace
    assert _traces(text, folder, s) == ["parent folder", "vault folder's parent", "vault path"]
    assert _traces(_qt_dialog_memory(_qt_settings_in_tmp), folder, s) == []
    assert answerer.seen == [{"qt's own": True, "xbel while open": False}]
    assert not (tmp_path / "xdg-data" / "recently-used.xbel").exists()


@pytest.mark.parametrize("which", ["save", "open", "open many"])
def test_satchels_file_dialogs_forget_the_folders_they_visited(
    qtbot: QtBot,
    window: ShellWindow,
    answerer: FileDialogAnswerer,
    tmp_path: Path,
    _qt_settings_in_tmp: Path,
    which: str,
) -> None:
    folder = tmp_path / _token("Visitedclientfolder")
    folder.mkdir()
    chosen_file = folder / "letter.txt"
    if which != "save":  # saving over a file would ask first
        chosen_file.write_text("Dear embassy", encoding="utf-8")

    def pick(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(chosen_file))
        dialog.accept()

    answerer.next(pick)
    if which == "save":
        path, _ = file_dialogs.get_save_file_name(window, "Save", str(Path.home() / "x.txt"))
        assert path == str(chosen_file)
    elif which == "open":
        path, _ = file_dialogs.get_open_file_name(window, "Open", str(Path.home()))
        assert path == str(chosen_file)
    else:
        paths, _ = file_dialogs.get_open_file_names(window, "Open", str(Path.home()))
        assert paths == [str(chosen_file)]
    assert folder.name not in _qt_dialog_memory(_qt_settings_in_tmp)
    assert answerer.seen == [{"qt's own": True, "xbel while open": False}]


def test_control_qts_static_dialog_does_remember_the_folder(
    qtbot: QtBot,
    window: ShellWindow,
    answerer: FileDialogAnswerer,
    tmp_path: Path,
    _qt_settings_in_tmp: Path,
) -> None:
    """Why file_dialogs exists, and proof that the checks above can see such a trace."""
    folder = tmp_path / _token("Rememberedclientfolder") / "vault"
    folder.mkdir(parents=True)
    answerer.next(choose(folder))
    chosen = QFileDialog.getExistingDirectory(
        window, "Open", str(Path.home()), QFileDialog.Option.DontUseNativeDialog
    )
    assert chosen == str(folder)
    assert folder.parent.name in _qt_dialog_memory(_qt_settings_in_tmp)
    file_dialogs.forget_visited_folders()
    assert folder.parent.name not in _qt_dialog_memory(_qt_settings_in_tmp)
