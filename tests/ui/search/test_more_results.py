"""Search says how many match in all ("50 of 120 results"), shows more on request, and shows
note snippets as words, not Markdown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from tests.ui.driving import RecordingHost, open_controller

from satchel.services.notebook import cases, notes
from satchel.ui.search.panel import HTML_ROLE, RESULT_LIMIT, SearchPanel
from satchel.ui.search.snippets import markdown_plain
from satchel.ui.shell.vault_controller import VaultController

MATCHING = RESULT_LIMIT * 2 + 20


@pytest.fixture
def controller(tmp_path: Path) -> Iterator[VaultController]:
    yield from open_controller(tmp_path / "vault")


@pytest.fixture
def panel(qtbot: QtBot, controller: VaultController) -> SearchPanel:
    widget = SearchPanel(controller, RecordingHost())
    qtbot.addWidget(widget)
    widget.resize(600, 700)
    widget.show()
    return widget


def test_a_full_page_says_how_many_there_are_and_shows_more(
    qtbot: QtBot, panel: SearchPanel, controller: VaultController
) -> None:
    case_id = controller.run(cases.create_case, title="Appointments")
    for number in range(MATCHING):
        controller.run(
            notes.create_note, title=f"Hearing {number}", body="Court hearing", case_id=case_id
        )
    panel.search("hearing")
    qtbot.waitUntil(lambda: bool(panel.results))
    assert len(panel.results) == RESULT_LIMIT
    assert panel.count_label.text() == f"{RESULT_LIMIT} of {MATCHING} results"
    assert panel.more_button.isVisible()
    assert panel.more_button.text() == f"Show {RESULT_LIMIT} more"
    panel.more_button.click()
    assert len(panel.results) == RESULT_LIMIT * 2
    assert panel.count_label.text() == f"{RESULT_LIMIT * 2} of {MATCHING} results"
    assert panel.more_button.text() == "Show 20 more"
    panel.more_button.click()
    assert len(panel.results) == MATCHING
    assert panel.count_label.text() == f"{MATCHING} results"
    assert not panel.more_button.isVisible()
    panel.search("hearing 1")  # a new search starts from one page again
    qtbot.waitUntil(lambda: not panel.timer.isActive())
    assert panel.limit == RESULT_LIMIT


@pytest.mark.parametrize(("name", "shown"), [("en_GB", "3,120"), ("de_DE", "3.120")])
def test_thousands_are_grouped_the_users_way(panel: SearchPanel, name: str, shown: str) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        panel.total = 3120
        panel._show_count(50)
    finally:
        QLocale.setDefault(before)
    assert panel.count_label.text() == f"50 of {shown} results"


def test_snippets_show_words_not_markdown(
    qtbot: QtBot, panel: SearchPanel, controller: VaultController
) -> None:
    case_id = controller.run(cases.create_case, title="Visa")
    controller.run(
        notes.create_note,
        title="Plan",
        body="## Next\n**Call** the [embassy](https://example.org) about the _visa_ `form`",
        case_id=case_id,
    )
    panel.search("embassy")
    qtbot.waitUntil(lambda: bool(panel.results))
    shown = "".join(
        str(panel.model.index(row, 0).data(HTML_ROLE)) for row in range(panel.model.rowCount())
    )
    for markdown in ("**", "##", "](", "`", "_visa_"):
        assert markdown not in shown
    assert "<b>embassy</b>" in shown


@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        ("# Title", "Title"),
        ("- [x] done item", "done item"),
        ("> quoted **bold**", "quoted bold"),
        ("![scan](a.png) and [link][1]", "scan and link"),
        ("snake_case and 3 * 4", "snake_case and 3 * 4"),
    ],
)
def test_markdown_plain(markdown: str, words: str) -> None:
    assert markdown_plain(markdown) == words
