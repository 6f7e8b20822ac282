"""Load the chosen language: Satchel's catalogue, Qt's own for standard buttons and
dialogs, and the locale that formats dates, numbers and sizes.

The compiled catalogues (.qm) are built from the .ts files by `make setup`; when one is
missing the window stays English rather than failing to start.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from satchel.languages import PSEUDO, SOURCE, language_code
from satchel.resources import resource_dir
from satchel.ui.i18n.pseudo import PseudoTranslator


def catalogue_dir() -> Path:
    return resource_dir() / "translations"


def qt_catalogue_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


@dataclass
class InstalledLanguage:
    """What was installed, so that it can be taken out again (tests, a language switch)."""

    code: str
    translators: list[QTranslator] = field(default_factory=list)
    complete: bool = True  # False when Satchel's own catalogue was missing

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The system's own locale when it speaks the language (keeps de_AT, ru_KZ), else the
    language's main one; English text outside an English system gets British formats."""
    system = system or QLocale.system()
    if code == PSEUDO:
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)  # long month names
    if language_code(system.name()) == code:
        return system
    if code == SOURCE:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(code)


def install_language(code: str, app: QCoreApplication | None = None) -> InstalledLanguage:
    app = app or QCoreApplication.instance()
    assert app is not None
    installed = InstalledLanguage(code)
    QLocale.setDefault(locale_for(code))
    if code == PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        installed.translators.append(pseudo)
    else:
        # English needs only Satchel's plural forms; other languages Qt's catalogue too.
        sources = [("satchel", str(catalogue_dir()))]
        if code != SOURCE:
            sources.insert(0, ("qtbase", qt_catalogue_dir()))
        for name, folder in sources:
            translator = QTranslator(app)
            if translator.load(f"{name}_{code}", folder):
                app.installTranslator(translator)
                installed.translators.append(translator)
            elif name == "satchel":
                installed.complete = False  # not built yet (`make setup`): stays English
    return installed
