"""After unlock: a dismissible strip naming documents that expire within 30 days.

The headline groups them by how close they are (ALERT_DAYS: within a day, a week, 30 days,
and those already overdue), e.g. "2 overdue · 1 within a day · 3 within a week".

Only document titles (from the checklist templates) and case titles (which hold
pseudonyms, never identities) are shown. Each case is a link that opens it.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from satchel.services.notebook import due
from satchel.services.notebook.due import DueItem
from satchel.ui.base.text.due_marks import OVERDUE_COLOR, SOON_COLOR, days_text, plural
from satchel.ui.shell.vault_controller import VaultController

SHOWN = 3  # documents named in the banner; the rest are counted
ALERT_DAYS = (1, 7, 30)  # alert horizons, nearest first; the banner looks as far as the last


def horizon_label(days: int, count: int) -> str:
    """ "3 within a week" — how many documents fall due within `days` (and not sooner)."""
    if days == 1:
        return QCoreApplication.translate("ExpiryBanner", "{0} within a day").format(count)
    if days == 7:
        return QCoreApplication.translate("ExpiryBanner", "{0} within a week").format(count)
    return QCoreApplication.translate("ExpiryBanner", "{0} within {1} days").format(count, days)


def group_counts(items: list[DueItem], horizons: tuple[int, ...] = ALERT_DAYS) -> list[int]:
    """[overdue, within horizons[0], within horizons[1] but not sooner, ...]."""
    counts = [0] * (len(horizons) + 1)
    for item in items:
        if item.days_left < 0:
            counts[0] += 1
            continue
        for number, days in enumerate(horizons, start=1):
            if item.days_left <= days:
                counts[number] += 1
                break
    return counts


class ExpiryBanner(QFrame):
    open_case = Signal(object)  # uuid.UUID
    show_all = Signal()

    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expiryBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Expiring documents"))
        self._controller = controller
        self.items: list[DueItem] = []
        self.dismissed = False
        self.label = QLabel()
        self.label.setObjectName("expiryText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.label.setOpenExternalLinks(False)
        self.label.linkActivated.connect(self._link)
        self.all_button = QPushButton(self.tr("Show all"))
        self.all_button.setAccessibleName(self.tr("Show everything that is due"))
        self.all_button.clicked.connect(self.show_all)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the expiry reminder"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.headline_label = QLabel()
        self.headline_label.setObjectName("expiryHeadline")
        self.headline_label.setProperty("role", "subheading")
        self.headline_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.headline_label, 1)
        top.addWidget(self.all_button)
        top.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.label)
        self.setStyleSheet(  # the look of the theme's warnings
            "#expiryBanner { background: rgba(242, 177, 52, 0.14);"
            " border: 1px solid rgba(242, 177, 52, 0.7); border-radius: 4px; }"
            "#expiryBanner QLabel { background: transparent; }"
        )
        self.refresh()

    def refresh(self) -> None:
        found = self._controller.run(due.expiring_soon, max(ALERT_DAYS)) or []
        self.items = [item for item in found if item.kind == "checklist_item"]
        self.headline_label.setText(self.headline())
        self._fit()
        self.label.setAccessibleName(self.plain_text())
        self.setVisible(bool(self.items) and not self.dismissed)

    def headline(self) -> str:
        overdue, *within = group_counts(self.items)
        parts = [self.tr("{0} overdue").format(overdue)] if overdue else []
        parts += [horizon_label(d, n) for d, n in zip(ALERT_DAYS, within, strict=True) if n]
        return self.tr("Documents expiring: {0}").format(" · ".join(parts))

    def text(self, width: int | None = None) -> str:
        """One line per document, its titles elided to fit `width` pixels (all when None)."""
        metrics = self.label.fontMetrics()
        lines = []
        for item in self.items[:SHOWN]:
            color = OVERDUE_COLOR if item.overdue else SOON_COLOR
            days = days_text(item.days_left)
            title, case_title = item.title, item.case_title
            if width is not None:
                room = width - metrics.horizontalAdvance(f"{days} ·  · ") - 8
                title_room = max(room * 11 // 20, 40)
                title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_room)
                case_room = max(room - metrics.horizontalAdvance(title), 40)
                case_title = metrics.elidedText(case_title, Qt.TextElideMode.ElideRight, case_room)
            lines.append(
                f"<span style='color:{color}'>{html.escape(days)}</span>"
                f" · {html.escape(title)} · "
                f"<a href='case:{item.case_id}'>{html.escape(case_title)}</a>"
            )
        more = len(self.items) - SHOWN
        if more > 0:
            lines.append(html.escape(plural(self.tr("and %n more", "", more), more)))
        return "<br>".join(lines)

    def plain_text(self) -> str:
        named = "; ".join(
            f"{item.title}, {item.case_title}, {days_text(item.days_left)}"
            for item in self.items[:SHOWN]
        )
        return f"{self.headline()}: {named}"

    def _fit(self) -> None:
        self.label.setText(self.text(self.label.width() if self.label.width() > 100 else None))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def _link(self, link: str) -> None:
        scheme, _colon, value = link.partition(":")
        if scheme == "case":
            try:
                self.open_case.emit(uuid.UUID(value))
            except ValueError:
                return
