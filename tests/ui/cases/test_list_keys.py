"""Moving through the case list: the selection moves at once and the editor follows once the
keys stop; Ctrl+End goes to the last case, not the last one loaded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.cases.test_list_model import bulk_cases
from tests.ui.driving import Host, open_controller

from satchel.ui.base.list_section import PREFETCH_ROWS
from satchel.ui.base.paged_model import PAGE_SIZE
from satchel.ui.cases.editor import CaseEditor
from satchel.ui.cases.section import CasesSection
from satchel.ui.shell.vault_controller import VaultController

CASES = PAGE_SIZE * 3 + 17


@pytest.fixture
def controller(tmp_path: Path) -> Iterator[VaultController]:
    yield from open_controller(tmp_path / "vault")


@pytest.fixture
def listed(qtbot: QtBot, controller: VaultController) -> tuple[CasesSection, Host]:
    bulk_cases(controller, CASES)
    host = Host(controller)
    qtbot.addWidget(host)
    section = CasesSection(controller, host)
    host.add_section(section)
    host.resize(1024, 700)
    with qtbot.waitExposed(host):
        host.show()
    section.view.setFocus()
    section.view.setCurrentIndex(section.model.index(0, 0))
    qtbot.waitUntil(lambda: isinstance(host.editor, CaseEditor))
    return section, host


def sorted_titles() -> list[str]:
    """bulk_cases titles, newest update first (the list's default order)."""
    return [f"Case {number:06d}" for number in range(CASES)]


def _open_title(host: Host) -> str:
    assert isinstance(host.editor, CaseEditor)
    return host.editor.title.text()


def test_the_selection_moves_before_the_editor_loads(
    qtbot: QtBot, listed: tuple[CasesSection, Host]
) -> None:
    section, host = listed
    first = _open_title(host)
    for _ in range(5):
        qtbot.keyClick(section.view, Qt.Key.Key_Down)
    # No editor was built on the key path: the one open is still the first row's.
    assert section.view.currentIndex().row() == 5
    assert _open_title(host) == first
    assert section.open_timer.isActive()
    qtbot.waitUntil(lambda: _open_title(host) == section.model.row(5).title)


def test_keys_pressed_in_a_burst_load_one_editor(
    qtbot: QtBot, listed: tuple[CasesSection, Host], monkeypatch: pytest.MonkeyPatch
) -> None:
    section, host = listed
    built: list[object] = []

    def counting(*args: object) -> CaseEditor:
        editor = CaseEditor(*args)  # type: ignore[arg-type]
        built.append(editor)
        return editor

    monkeypatch.setattr(CasesSection, "make_editor", counting)
    for _ in range(3):
        qtbot.keyClick(section.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: not section.open_timer.isActive())
    target = section.model.row(section.view.currentIndex().row()).title
    qtbot.waitUntil(lambda: _open_title(host) == target)
    assert len(built) == 1


def test_ctrl_end_goes_to_the_last_case(qtbot: QtBot, listed: tuple[CasesSection, Host]) -> None:
    section, host = listed
    assert section.model.rowCount() < CASES  # one page loaded so far
    qtbot.keyClick(section.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert section.model.rowCount() == CASES
    assert section.view.currentIndex().row() == CASES - 1
    assert len(section.model.rows()) < CASES  # the middle is read only when shown
    middle = CASES // 2
    assert section.model.row(middle).title == sorted_titles()[middle]
    qtbot.waitUntil(lambda: _open_title(host) == section.model.row(CASES - 1).title)
    qtbot.keyClick(section.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert section.view.currentIndex().row() == 0


def test_an_edit_after_ctrl_end_keeps_every_row(
    qtbot: QtBot, listed: tuple[CasesSection, Host], controller: VaultController
) -> None:
    section, _host = listed
    qtbot.keyClick(section.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    controller.changed.emit("case")  # the list reads again, as after any edit
    assert section.model.rowCount() == CASES
    assert section.model.row(CASES - 1).title == sorted_titles()[-1]


def test_enter_opens_at_once_with_the_focus_in_the_editor(
    qtbot: QtBot, listed: tuple[CasesSection, Host]
) -> None:
    section, host = listed
    qtbot.keyClick(section.view, Qt.Key.Key_Down)
    qtbot.keyClick(section.view, Qt.Key.Key_Return)
    assert _open_title(host) == section.model.row(1).title
    assert not section.open_timer.isActive()


def test_the_next_page_is_read_before_the_selection_reaches_it(
    qtbot: QtBot, listed: tuple[CasesSection, Host]
) -> None:
    section, _host = listed
    assert section.model.rowCount() == PAGE_SIZE
    while section.view.currentIndex().row() < PAGE_SIZE - PREFETCH_ROWS:
        qtbot.keyClick(section.view, Qt.Key.Key_PageDown)
    assert section.view.currentIndex().row() < PAGE_SIZE  # still inside the first page
    qtbot.waitUntil(lambda: section.model.rowCount() == 2 * PAGE_SIZE)  # read while idle
