"""The calm, centred card the welcome, create and unlock pages sit in."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from satchel.ui.base.widgets.fitting_scroll import FittingScrollArea


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


TITLE_BAR_GUESS = 32  # before the window manager has framed a window, its frame is unknown


def fit_height(window: QWidget) -> None:
    """Grow (or shrink) a dialog to the height its wrapped text needs at its current width.

    Qt sizes top-level windows without height-for-width, so a word-wrapped message that
    appears later (an error, a warning) would be squeezed to one clipped line. Never taller
    than the screen leaves room for: a dialog whose body can scroll (FittingScrollArea)
    keeps its buttons on the screen at 125 % on a 768-pixel laptop.
    """
    layout = window.layout()
    if layout is None:
        return
    for area in window.findChildren(FittingScrollArea):
        area.updateGeometry()  # its content may have changed just now: no stale height
    layout.activate()
    # Never narrower than the layout's widest line (a longer language's check box).
    width = max(window.width(), layout.totalMinimumSize().width())
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    room = _screen_room(window)
    if room is not None:
        needed = max(min(needed, room), layout.totalMinimumSize().height())
    window.setMinimumHeight(needed)
    if window.size() != QSize(width, needed):
        window.resize(width, needed)
    if room is not None and window.isVisible():
        _keep_on_screen(window)


def _screen_room(window: QWidget) -> int | None:
    """The height a window may take: the screen's free area less its title bar."""
    screen = window.screen()
    if screen is None or not window.isWindow():
        return None
    frame = window.frameGeometry().height() - window.geometry().height()
    return screen.availableGeometry().height() - max(frame, TITLE_BAR_GUESS)


def _keep_on_screen(window: QWidget) -> None:
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if frame.bottom() > area.bottom():
        window.move(frame.x(), max(area.top(), area.bottom() - frame.height() + 1))
