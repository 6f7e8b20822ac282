"""Narrow lists give the title its room first: other columns step aside, in order."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from satchel.ui.base.widgets.inline_entry import ListTableView

WIDTHS = (72, 68, 92, 60, 92)
DROP = (5, 2, 4, 1, 3)


def _view(qtbot: QtBot, width: int) -> ListTableView:
    model = QStandardItemModel(3, 6)
    view = ListTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.stretch_first_column(WIDTHS, drop_order=DROP)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def _hidden(view: ListTableView) -> list[int]:
    return [column for column in range(1, 6) if view.isColumnHidden(column)]


def test_a_wide_list_shows_every_column(qtbot: QtBot) -> None:
    view = _view(qtbot, 1000)
    assert _hidden(view) == []
    assert view.columnWidth(0) >= view.title_room()


def test_a_narrow_list_hides_columns_in_order_and_keeps_the_title_readable(
    qtbot: QtBot,
) -> None:
    # The centre pane of a 1024 px window, or of 1366 px at 150 % scaling.
    view = _view(qtbot, 420)
    assert _hidden(view)
    assert sorted(_hidden(view)) == sorted(DROP[: len(_hidden(view))])
    assert view.columnWidth(0) >= view.title_room()
    view.resize(1000, 300)
    qtbot.waitUntil(lambda: _hidden(view) == [])
    assert view.columnWidth(1) == WIDTHS[0]
