"""The one date editor: type it as you write it, or pick it from a calendar.

Accepts what date_parsing reads (2026-12-20, 20.12.2026, 20 Dec 2026 ...) and then shows
the ISO form, which no reader can take for another day. Text that is not a date stays in
the field, marked and explained, and the stored date is kept: nothing typed is erased. An
empty field means "no date".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from satchel.ui.base.icons import icon
from satchel.ui.base.text.date_parsing import parse_typed_date, typing_example


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DateField(QWidget):
    """`date_changed(date or None)` when the user commits a new date or empties the field;
    `refused(message)` when the text left in the field is not a date."""

    date_changed = Signal(object)
    refused = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dt.date | None = None
        self._description = ""  # what screen readers hear when the text is a date
        self.line = QLineEdit()
        self.line.setObjectName("dateText")
        self.line.setAccessibleName(name)
        self.setAccessibleName(name)
        self.line.setPlaceholderText(self.tr("Date"))
        example = typing_example()
        self._hint = self.tr(
            "Type a date like {0} or 2026-12-20, or pick one from the calendar"
        ).format(example)
        self.line.setToolTip(self._hint)
        self.line.setClearButtonEnabled(True)
        metrics = self.line.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in ("0000-00-00", example, "Date"))
        self.line.setMinimumWidth(widest + 40)  # frame, padding and the clear button
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setIcon(icon("due"))
        self.calendar_button.setAccessibleName(self.tr("Pick {0} from a calendar").format(name))
        self.calendar_button.setToolTip(self.tr("Pick from a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("datePicker")
        self.calendar.setLocale(QLocale())
        self.calendar.setGridVisible(False)
        popup = QMenu(self.calendar_button)
        holder = QWidgetAction(popup)
        holder.setDefaultWidget(self.calendar)
        popup.addAction(holder)
        popup.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button.setMenu(popup)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self.commit)
        self.line.textEdited.connect(self._typing)

    # reading ----------------------------------------------------------------------------
    def value(self) -> dt.date | None:
        """The last date committed (typed and accepted, picked, or shown): never a guess."""
        return self._value

    def text(self) -> str:
        return self.line.text()

    def shown_text(self) -> str:
        """How the committed date is written in the field."""
        return self._value.isoformat() if self._value else ""

    def is_valid(self) -> bool:
        """True when the text is empty or reads as a date."""
        text = self.line.text().strip()
        return not text or parse_typed_date(text) is not None

    def current(self) -> dt.date | None:
        """What the field says now: the typed date if it reads as one (None when empty),
        else the last committed date; for saving before the field was left."""
        text = self.line.text().strip()
        if not text:
            return None
        return parse_typed_date(text) or self._value

    # writing ----------------------------------------------------------------------------
    def set_placeholder(self, text: str) -> None:
        """The hint in the empty field; an empty `text` puts back "Date"."""
        self.line.setPlaceholderText(text or self.tr("Date"))

    def set_description(self, text: str) -> None:
        """The field's state for screen readers (a refusal's message goes first)."""
        self._description = text
        if not self.property("invalid"):
            self.line.setAccessibleDescription(text)

    def set_value(self, value: dt.date | None) -> None:
        """Show a stored date, without announcing a change."""
        self._value = value
        self.line.setText(self.shown_text())
        self.line.setCursorPosition(0)
        self._mark(None)

    def commit(self) -> bool:
        """Read what is typed; False (and the text kept) when it is not a date."""
        text = self.line.text().strip()
        if not text:
            return self._accept(None)
        parsed = parse_typed_date(text)
        if parsed is None:
            message = self.tr(
                "“{0}” is not a date. Type it like {1} or 2026-12-20, or pick it from the calendar."
            ).format(text, typing_example())
            self._mark(message)
            self.refused.emit(message)
            return False
        self.line.setText(parsed.isoformat())
        return self._accept(parsed)

    def _accept(self, value: dt.date | None) -> bool:
        self._mark(None)
        if value != self._value:
            self._value = value
            self.date_changed.emit(value)
        return True

    def _picked(self, qdate: QDate) -> None:
        self.line.setText(qdate.toString(Qt.DateFormat.ISODate))
        menu = self.calendar_button.menu()
        if menu is not None:
            menu.close()
        self.commit()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)

    def _prepare_calendar(self) -> None:
        shown = parse_typed_date(self.line.text()) or self._value or dt.date.today()
        self.calendar.setSelectedDate(_qdate(shown))

    def _typing(self, _text: str) -> None:
        if self.property("invalid"):
            self._mark(None)  # the message belongs to the text that was there

    def _mark(self, message: str | None) -> None:
        invalid = message is not None
        if bool(self.line.property("invalid")) != invalid:
            self.line.setProperty("invalid", invalid)
            self.line.style().unpolish(self.line)
            self.line.style().polish(self.line)
        self.setProperty("invalid", invalid)
        self.line.setAccessibleDescription(message or self._description)
        self.line.setToolTip(message or self._hint)
