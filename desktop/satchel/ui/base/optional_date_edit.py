"""A date that may be absent: a check box that turns the date on, and a date field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None, *, default_days: int = 7) -> None:
        super().__init__(parent)
        self._default_days = default_days
        self.check = QCheckBox(label)
        self.check.setAccessibleName(label)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("{0}: date").format(label))
        self.date_edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._on_toggled)
        self.date_edit.dateChanged.connect(self._on_date)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        date = self.date_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        """Show a stored value without announcing a change."""
        blockers = (self.check.blockSignals(True), self.date_edit.blockSignals(True))
        try:
            self.check.setChecked(value is not None)
            self.date_edit.setEnabled(value is not None)
            shown = value or dt.date.today() + dt.timedelta(days=self._default_days)
            self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
        finally:
            self.check.blockSignals(blockers[0])
            self.date_edit.blockSignals(blockers[1])

    def _on_toggled(self, on: bool) -> None:
        self.date_edit.setEnabled(on)
        self.changed.emit()

    def _on_date(self, _date: QDate) -> None:
        if self.check.isChecked():
            self.changed.emit()
