"""Checklist progress reads in any theme: its words sit beside the bar, never on the fill."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from satchel.ui.base.theme import palette_for
from satchel.ui.checklists.section import PROGRESS_ROLE, ProgressDelegate


def _cell(qtbot: QtBot, dark: bool) -> tuple[QImage, QPalette]:
    palette = palette_for(dark)
    view = QTableView()
    qtbot.addWidget(view)
    model = QStandardItemModel(1, 1)
    item = QStandardItem("3 of 4 done")
    item.setData((3, 4), PROGRESS_ROLE)
    model.setItem(0, 0, item)
    view.setModel(model)
    image = QImage(160, 32, QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Base))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 160, 32)
    option.palette = palette
    option.fontMetrics = view.fontMetrics()
    option.widget = view
    painter = QPainter(image)
    ProgressDelegate(view).paint(painter, option, model.index(0, 0))
    painter.end()
    return image, palette


def _colours(image: QImage, rows: range) -> set[str]:
    return {QColor(image.pixel(x, y)).name() for y in rows for x in range(image.width())}


def test_the_words_use_the_text_colour_and_the_fill_is_below_them(qtbot: QtBot) -> None:
    for dark in (False, True):
        image, palette = _cell(qtbot, dark)
        fill = palette.color(QPalette.ColorRole.Highlight).name()
        text = palette.color(QPalette.ColorRole.Text).name()
        words = _colours(image, range(2, 22))
        assert text in words  # drawn in the text colour ...
        assert fill not in words  # ... on the cell's own background, not on the fill
        assert fill in _colours(image, range(24, 29))  # the bar, under the words
