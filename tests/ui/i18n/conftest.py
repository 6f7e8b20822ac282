"""One walk over every screen per language, shared by the tests that judge it.

A walk takes seconds; the translation, clipping and accessibility tests all read the same
record of it instead of building the window again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget
from tests.ui.i18n import screen_walk

from satchel.ui.i18n.loader import install_language
from satchel.ui.settings.app_settings import AppSettings


@dataclass
class Walk:
    language: str
    texts: list[screen_walk.Shown] = field(default_factory=list)
    clipped: list[screen_walk.Clipped] = field(default_factory=list)
    unnamed: list[tuple[str, str, str]] = field(default_factory=list)  # screen, path, class
    roleless: list[tuple[str, str, str]] = field(default_factory=list)
    untabbable: list[tuple[str, str, str]] = field(default_factory=list)
    screens: list[str] = field(default_factory=list)


def _judge_controls(walk: Walk, screen: str, root: QWidget) -> None:
    chain = {id(widget) for widget in screen_walk.tab_chain(root)}
    radios_in_chain = {
        id(widget.parentWidget())
        for widget in screen_walk.tab_chain(root)
        if widget.inherits("QRadioButton")
    }
    for widget in screen_walk.controls(root):
        where = (screen, screen_walk.widget_path(widget, root), type(widget).__name__)
        if not screen_walk.accessible_name(widget):
            walk.unnamed.append(where)
        if screen_walk.accessible_role(widget) in screen_walk.NO_ROLES and not isinstance(
            widget, QHeaderView
        ):  # a header's sections are the table's column-header cells
            walk.roleless.append(where)
        if not screen_walk.needs_tab_focus(widget) or id(widget) in chain:
            continue
        if widget.inherits("QRadioButton") and id(widget.parentWidget()) in radios_in_chain:
            continue  # Tab enters a group of radio buttons once; arrow keys move inside it
        walk.untabbable.append(where)


def run_walk(language: str, folder: Path) -> Walk:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = {name: os.environ.get(name) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME")}
    os.environ["XDG_DATA_HOME"] = str(folder / "xdg-data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "xdg-config")
    installed = install_language(language, app)
    walk = Walk(language)
    try:
        settings = AppSettings(QSettings(str(folder / "satchel.ini"), QSettings.Format.IniFormat))
        for screen, root in screen_walk.walk(folder, settings, language):
            walk.screens.append(screen)
            walk.texts += screen_walk.collect_texts(screen, root)
            walk.clipped += screen_walk.collect_clipped(screen, root)
            _judge_controls(walk, screen, root)
    finally:
        installed.remove()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return walk


@pytest.fixture(scope="session")
def walked(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[[str], Walk]]:
    done: dict[str, Walk] = {}

    def walk_in(language: str) -> Walk:
        if language not in done:
            done[language] = run_walk(language, tmp_path_factory.mktemp(f"walk-{language}"))
        return done[language]

    yield walk_in
