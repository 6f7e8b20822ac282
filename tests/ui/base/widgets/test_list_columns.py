"""List columns are as wide as their translated headers and contents; narrow lists give the
title its room first: other columns step aside, in order."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from pytestqt.qtbot import QtBot

from satchel.ui.base.widgets.column_widths import header_width
from satchel.ui.base.widgets.inline_entry import ListTableView

HEADERS = ("Название", "Статус", "Приоритет", "Прогресс", "Срок", "Ближайшая дата")
DROP = (5, 2, 4, 1, 3)


def _view(qtbot: QtBot, width: int, headers: tuple[str, ...] = HEADERS) -> ListTableView:
    model = QStandardItemModel(3, len(headers))
    model.setHorizontalHeaderLabels(list(headers))
    view = ListTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.stretch_first_column(drop_order=DROP)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def _hidden(view: ListTableView) -> list[int]:
    return [column for column in range(1, 6) if view.isColumnHidden(column)]


def _header_fits(view: ListTableView, column: int) -> bool:
    header = view.horizontalHeader()
    text_room = header.fontMetrics().horizontalAdvance(HEADERS[column])
    return view.columnWidth(column) >= max(header_width(header, column), text_room)


def test_a_wide_list_shows_every_column_with_its_whole_header(qtbot: QtBot) -> None:
    view = _view(qtbot, 1000)
    assert _hidden(view) == []
    assert view.columnWidth(0) >= view.title_room()
    assert all(_header_fits(view, column) for column in range(1, 6))


def test_a_column_grows_with_its_contents_up_to_a_readable_width(qtbot: QtBot) -> None:
    view = _view(qtbot, 1000)
    model = view.model()
    assert isinstance(model, QStandardItemModel)
    before = view.columnWidth(1)
    model.setItem(0, 1, QStandardItem("Ожидает ответа ведомства"))
    model.layoutChanged.emit()
    qtbot.waitUntil(lambda: view.columnWidth(1) > before)
    model.setItem(1, 1, QStandardItem("очень " * 40))
    model.layoutChanged.emit()
    cap = view.fontMetrics().averageCharWidth() * 28
    qtbot.waitUntil(lambda: view.columnWidth(1) >= cap)
    assert view.columnWidth(1) <= cap + 1
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
    assert all(_header_fits(view, column) for column in range(1, 6))
