"""The calm, centred card the welcome, create and unlock pages sit in."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget


def centred_card(page: QWidget, width: int) -> QVBoxLayout:
    """Put a card of `width` pixels (more if the text needs it) in the middle of `page`.

    Returns the card's layout, with 32 px margins and 16 px between items.
    """
    card = QFrame()
    card.setObjectName("card")
    card.setMinimumWidth(width)
    card.setMaximumWidth(int(width * 1.4))
    inner = QVBoxLayout(card)
    inner.setContentsMargins(32, 32, 32, 32)
    inner.setSpacing(16)

    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 4)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(24, 24, 24, 24)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(1)
    return inner


def field_block(label: QLabel, field: QWidget | QLayout) -> QVBoxLayout:
    """A label above its field, 4 px apart (the 16 px gaps separate the blocks)."""
    block = QVBoxLayout()
    block.setSpacing(4)
    block.addWidget(label)
    if isinstance(field, QLayout):
        block.addLayout(field)
    else:
        block.addWidget(field)
    return block


def text_label(text: str, role: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


def fit_height(window: QWidget) -> None:
    """Grow (or shrink) a dialog to the height its wrapped text needs at its current width.

    Qt sizes top-level windows without height-for-width, so a word-wrapped message that
    appears later (an error, a warning) would be squeezed to one clipped line.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    # Never narrower than the layout's widest line (a longer language's check box).
    width = max(window.width(), layout.totalMinimumSize().width())
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    window.setMinimumHeight(needed)
    if window.size() != QSize(width, needed):
        window.resize(width, needed)
