"""Choosing and loading the window's language; the pseudo-locale; restarting for a new one."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.i18n.catalogues import placeholders

from satchel.cli.parser import WINDOW_LANGUAGES, build_parser
from satchel.languages import CHOICES, choose_language, language_code, system_language
from satchel.services.backups.operations import Counts
from satchel.ui.backups.rows import BackupCounts
from satchel.ui.base.text.due_marks import days_text
from satchel.ui.base.text.formats import format_date
from satchel.ui.i18n.loader import InstalledLanguage, install_language
from satchel.ui.i18n.pseudo import GROWTH, pseudo_translate
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.restart import restart_arguments
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow


@pytest.fixture
def language(qapp: QApplication) -> Iterator[list[InstalledLanguage]]:
    """Install languages in a test; they are taken out again afterwards."""
    installed: list[InstalledLanguage] = []
    yield installed
    for one in installed:
        one.remove()


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "de_AT.UTF-8"}, "de"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "uk_UA.UTF-8"}, "uk"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "ru_KZ.UTF-8"}, "ru"),
        ({"LANG": "hy_AM.UTF-8", "LANGUAGE": "hy:ru:en"}, "ru"),  # first language Satchel has
        ({"LANG": "C", "LANGUAGE": "de"}, "en"),  # gettext ignores LANGUAGE in the C locale
        ({"LANG": "ka_GE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_system_language(environ: dict[str, str], expected: str) -> None:
    assert system_language(environ) == expected


def test_command_line_then_settings_then_system() -> None:
    system = {"LANG": "de_DE.UTF-8"}
    assert choose_language(None, "", system) == "de"
    assert choose_language(None, "uk", system) == "uk"
    assert choose_language("ru", "uk", system) == "ru"
    assert choose_language("xx-pseudo", "uk", system) == "xx-pseudo"
    assert choose_language(None, "tlh", system) == "de"  # an unknown setting is ignored
    assert language_code("ru_RU.UTF-8@euro") == "ru"


def test_language_flag_on_the_command_line() -> None:
    assert set(WINDOW_LANGUAGES) == set(CHOICES)
    assert build_parser().parse_args(["--language", "uk"]).language == "uk"
    assert build_parser().parse_args([]).language is None


def test_russian_loads_qt_own_buttons_and_formats_dates(
    qtbot: QtBot, language: list[InstalledLanguage]
) -> None:
    language.append(install_language("ru"))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("&", "") == "Отмена"
    assert QLocale().language() == QLocale.Language.Russian
    assert "дек" in format_date(QDate(2026, 12, 20).toPython())
    assert QLocale().toString(1234.5, "f", 1) == "1\u00a0234,5"
    assert QLocale().formattedDataSize(2_500_000) != "2.38 MB"


def test_english_loads_only_its_plural_forms(language: list[InstalledLanguage]) -> None:
    installed = install_language("en")
    language.append(installed)
    assert len(installed.translators) == 1 and installed.complete
    assert QCoreApplication.translate("Workspace", "Cases") == "Cases"
    assert days_text(1) == "in 1 day"
    assert days_text(-3) == "3 days ago"
    counts = Counts(cases=1, people=2, notes=0, checklists=1, attachments=5)
    assert BackupCounts().describe(counts) == "1 case, 2 people, 0 notes, 1 checklist, 5 files"


def test_pseudo_locale_lengthens_and_keeps_placeholders(
    qtbot: QtBot, language: list[InstalledLanguage]
) -> None:
    for source in ("Save the bundle", "%n day(s) ago", "{0} of {1} done", "&Unlock", "<b>x</b> y"):
        shown = pseudo_translate(source)
        assert placeholders(shown) == placeholders(source)
        if "<" not in source:
            assert len(shown) >= len(source) * (1 + GROWTH) - 1
        assert shown.startswith("[") and shown.endswith("]")
    assert pseudo_translate("&Unlock").count("&") == 1
    language.append(install_language("xx-pseudo"))
    assert QCoreApplication.translate("Workspace", "Cases").startswith("[Çåšéš")
    assert QCoreApplication.translate("X", "%n file(s)", None, 3).startswith("[3 ")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().startswith("[")


def test_plurals_go_through_percent_n() -> None:
    """No hand-made plurals: every tr() with a count uses %n, so Russian gets three forms."""
    root = Path(__file__).resolve().parents[3] / "desktop" / "satchel" / "ui"
    hand_made = []
    for path in root.rglob("*.py"):
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if re.search(r"""tr\(\s*["'][^"']*\(s\)""", line) and "%n" not in line:
                hand_made.append(f"{path.name}:{number}")
    assert not hand_made


def test_a_new_language_in_settings_offers_a_restart(
    qtbot: QtBot, app_settings: AppSettings
) -> None:
    controller = VaultController()
    window = ShellWindow(controller, app_settings, language="en")
    qtbot.addWidget(window)
    restarts: list[bool] = []
    window.restart = lambda: restarts.append(True) or True  # type: ignore[method-assign]
    app_settings.language = "de"
    window._apply_window_settings()
    box = window.findChild(QMessageBox, "restartForLanguage")
    assert box is not None and box.isVisible()
    later = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    later.click()
    assert restarts == []
    window.restart_now()
    assert restarts == [True]


def test_the_same_language_asks_nothing(qtbot: QtBot, app_settings: AppSettings) -> None:
    window = ShellWindow(VaultController(), app_settings, language="uk")
    qtbot.addWidget(window)
    app_settings.language = "uk"
    window._apply_window_settings()
    assert window.findChild(QMessageBox, "restartForLanguage") is None


def test_restart_leaves_out_the_one_run_language() -> None:
    argv = ["/usr/bin/satchel", "--language", "ru", "--vault", "/v", "--language=de"]
    program, arguments = restart_arguments(argv, frozen=False)
    assert program == sys.executable
    assert arguments == ["-m", "satchel", "--vault", "/v"]
    assert restart_arguments(argv, frozen=True)[1] == ["--vault", "/v"]
