"""How dates that matter look everywhere: overdue in red, expiring soon in amber.

One place for the item-state labels and the markers, so the checklist panel, the checklists
list, the due-soon list and the expiry banner all say the same thing the same way. Colour is
never the only signal: every marker has words for screen readers and tooltips.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

SOON_DAYS = 30
OVERDUE_COLOR = "#c62828"
SOON_COLOR = "#b26a00"
SETTLED_STATES = frozenset({"done", "not_needed"})


class Urgency(Enum):
    NONE = "none"
    SOON = "soon"
    OVERDUE = "overdue"


def urgency(due: dt.date | None, state: str = "todo", today: dt.date | None = None) -> Urgency:
    """Overdue: the date has passed; soon: within 30 days. Settled items are never urgent."""
    if due is None or state in SETTLED_STATES:
        return Urgency.NONE
    today = today or dt.date.today()
    if due < today:
        return Urgency.OVERDUE
    if (due - today).days <= SOON_DAYS:
        return Urgency.SOON
    return Urgency.NONE


def urgency_text(level: Urgency) -> str:
    if level is Urgency.OVERDUE:
        return QCoreApplication.translate("Checklists", "overdue")
    if level is Urgency.SOON:
        return QCoreApplication.translate("Checklists", "expires within 30 days")
    return ""


def urgency_color(level: Urgency) -> QColor | None:
    if level is Urgency.OVERDUE:
        return QColor(OVERDUE_COLOR)
    if level is Urgency.SOON:
        return QColor(SOON_COLOR)
    return None


@cache
def urgency_icon(level: Urgency) -> QIcon:
    """A filled dot in the urgency colour (an empty icon for no urgency)."""
    color = urgency_color(level)
    if color is None:
        return QIcon()
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(4, 4, 16, 16)
    painter.end()
    return QIcon(pixmap)


def days_text(days_left: int) -> str:
    """'in 3 days', 'today', '2 days ago' — for lists sorted by date."""
    if days_left == 0:
        return QCoreApplication.translate("Checklists", "today")
    return _DayCounts().text(days_left)


class _DayCounts(QObject):
    """Day counts through tr(), the one call lupdate gives plural forms to."""

    def text(self, days_left: int) -> str:
        if days_left > 0:
            return plural(self.tr("in %n day(s)", "", days_left), days_left)
        return plural(self.tr("%n day(s) ago", "", -days_left), -days_left)


def plural(text: str, count: int) -> str:
    """Untranslated English keeps Qt's "(s)" source form; turn it into real English."""
    return text.replace("(s)", "" if abs(count) == 1 else "s")
