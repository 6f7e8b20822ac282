"""Column widths measured from the words a column shows, in the current font and language.

Fixed pixel widths fit the English headers and cut the translated ones ("Приорите…"); a
column sized here is never narrower than its header's text, and grows with its contents
up to a readable cap, so the title column keeps the rest of the room.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView

# Contents may widen a column up to this many average characters; longer cells are elided.
CONTENT_CHARACTERS = 28


def header_width(header: QHeaderView, column: int) -> int:
    """The room a section needs to show its whole title (with the sort arrow, when shown),
    measured by the header's own style even while the section is hidden."""
    return int(header.sectionSizeFromContents(column).width())


def column_width(view: QAbstractItemView, column: int) -> int:
    """As wide as the header's text and the visible cells, cells capped at a readable width."""
    header = getattr(view, "horizontalHeader", None)
    if not callable(header):
        header = getattr(view, "header", None)
    assert callable(header)
    cap = view.fontMetrics().averageCharWidth() * CONTENT_CHARACTERS
    contents = min(view.sizeHintForColumn(column), cap)
    return max(header_width(header(), column), contents)


def stretch_and_fit(header: QHeaderView, stretched: tuple[int, ...] = (0,)) -> None:
    """For a dialog's short table: the `stretched` columns share the room, every other one
    is exactly as wide as its header and contents need (Qt measures them again as rows
    change)."""
    header.setStretchLastSection(False)
    for column in range(header.count()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretched
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
