"""The Qt binding must not leak away references to None.

PySide6 6.12.0 loses one reference to None each time a Qt call returns None (an item asked
for data it does not have). On Python 3.11 the interpreter aborts when the count reaches
zero: the search list alone would crash the app after about sixty searches.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel


def test_qt_calls_returning_none_keep_none_alive() -> None:
    model = QStandardItemModel()
    model.appendRow(QStandardItem("x"))
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(10_000):
        assert index.data(Qt.ItemDataRole.UserRole + 3) is None
    assert sys.getrefcount(None) - before > -100
