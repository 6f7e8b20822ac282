"""How current a checklist's advice is: the day its template was last reviewed.

A quiet hint line when the review is recent; a warning box when it is more than six months
old, because rules for foreigners change and old advice can get a person deported.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from satchel.ui.base.text.formats import format_date


def review_text(reviewed_on: dt.date | None, stale: bool) -> str:
    """The words for a template's review date, with the warning when it is old."""
    if reviewed_on is None:
        return QCoreApplication.translate(
            "ReviewNotice",
            "This template has no review date. Check the current rules with a lawyer or "
            "an advice service before relying on it.",
        )
    day = format_date(reviewed_on)
    if stale:
        return QCoreApplication.translate(
            "ReviewNotice",
            "Last reviewed {0}, more than six months ago. Rules change: check the current "
            "rules with a lawyer or an advice service before relying on this checklist.",
        ).format(day)
    return QCoreApplication.translate("ReviewNotice", "Template last reviewed {0}.").format(day)


def menu_suffix(reviewed_on: dt.date | None, stale: bool) -> str:
    """A short addition to a template's name in a picker: its review date, flagged if old."""
    if reviewed_on is None:
        return QCoreApplication.translate("ReviewNotice", "(not reviewed: check the current rules)")
    day = format_date(reviewed_on)
    if stale:
        return QCoreApplication.translate(
            "ReviewNotice", "(reviewed {0}: check the current rules)"
        ).format(day)
    return QCoreApplication.translate("ReviewNotice", "(reviewed {0})").format(day)


class ReviewNotice(QLabel):
    """The review line of a checklist; `stale` says whether the warning is showing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewNotice")
        self.setWordWrap(True)
        self.stale = False
        self.reviewed_on: dt.date | None = None
        self.hide()

    def show_review(self, reviewed_on: dt.date | None, stale: bool) -> None:
        self.reviewed_on = reviewed_on
        self.stale = stale
        self.setText(review_text(reviewed_on, stale))
        self.setProperty("role", "warning" if stale else "hint")
        self.setAccessibleName(
            self.tr("Warning: old template") if stale else self.tr("Template review")
        )
        self.setAccessibleDescription(self.text())
        self.style().unpolish(self)  # the role changed: restyle
        self.style().polish(self)
        self.show()
