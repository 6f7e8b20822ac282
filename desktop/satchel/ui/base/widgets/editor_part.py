"""The layout every part of an editor page shares (a case's people, notes, checklists).

What the part lists, a hint in its place while it lists nothing, and the part's button
(New note, Link person…) below on the left; no margins of its own, the page has them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from satchel.ui.base.icons import icon


def empty_hint(text: str) -> QLabel:
    """The sentence shown instead of an empty list."""
    label = QLabel(text)
    label.setProperty("role", "hint")
    return label


def part_button(text: str, icon_name: str, name: str) -> QPushButton:
    """The part's own action; `name` says for screen readers what it acts on."""
    button = QPushButton(text)
    button.setIcon(icon(icon_name))
    button.setAccessibleName(name)
    return button


def lay_out_part(
    part: QWidget, content: QWidget | QLayout, empty: QLabel, button: QPushButton
) -> QVBoxLayout:
    buttons = QHBoxLayout()
    buttons.addWidget(button)
    buttons.addStretch(1)
    layout = QVBoxLayout(part)
    layout.setContentsMargins(0, 0, 0, 0)
    if isinstance(content, QLayout):
        layout.addLayout(content)
    else:
        layout.addWidget(content)
    layout.addWidget(empty)
    layout.addLayout(buttons)
    return layout
