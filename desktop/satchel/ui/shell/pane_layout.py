"""How the workspace's panes share a narrow or zoomed window.

Wide (a laptop at 100 %): the sections by name, the list, the editor side by side.
Compact (below COMPACT_EM: 1024 px, or 1366 px at 125 %): the sections shrink to their icons
(the names stay in tooltips and for screen readers) and the search box moves above the list,
so the list's titles and the editor keep the room.
Single column (below SINGLE_EM: 150 % scaling): the list and the editor share one column;
opening a record shows the editor in the list's place, with "Back to the list" (or Esc).

Widths are counted in the font's line height (em), so a larger text size reflows sooner.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from satchel.ui.base.icons import icon

COMPACT_EM = 84  # ~1180 px at the default font (14 px lines): below it, icons only
SINGLE_EM = 68  # ~950 px: below it the list and the editor share one column
NAME_ROLE = Qt.ItemDataRole.UserRole + 7  # a section's name while only its icon shows


class PaneMode(Enum):
    WIDE = "wide"
    COMPACT = "compact"
    SINGLE = "single"


def mode_for(width: int, em: int) -> PaneMode:
    if width < SINGLE_EM * em:
        return PaneMode.SINGLE
    if width < COMPACT_EM * em:
        return PaneMode.COMPACT
    return PaneMode.WIDE


class BackBar(QWidget):
    """Above the editor in one column: the way back to the list."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backBar")
        self.button = QToolButton()
        self.button.setObjectName("backToList")
        self.button.setIcon(icon("back"))
        self.button.setText(self.tr("Back to the list"))
        self.button.setToolTip(self.tr("Back to the list  (Esc)"))
        self.button.setAccessibleName(self.tr("Back to the list"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.clicked.connect(self.back)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addWidget(self.button)
        layout.addStretch(1)


class PaneLayout(QObject):
    """Moves the workspace's parts between the three modes; the workspace calls `update`
    when its width changes and when an editor opens or closes."""

    changed = Signal(object)  # the new PaneMode

    def __init__(
        self,
        splitter: QSplitter,
        *,
        side: QWidget,
        sidebar: QListWidget,
        search_box: QLineEdit,
        centre: QWidget,
        editor: QWidget,
        back_bar: BackBar,
        search_row: QBoxLayout,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._splitter = splitter
        self._side = side
        self._sidebar = sidebar
        self._search_box = search_box
        self._centre = centre
        self._editor = editor
        self._back_bar = back_bar
        self._search_row = search_row
        self.mode = PaneMode.WIDE
        self._wide_side = side.minimumWidth()
        self._editor_open = False

    def em(self) -> int:
        return max(self._side.fontMetrics().height(), 1)

    def update(self, width: int, *, editor_open: bool) -> None:
        mode = mode_for(width, self.em())
        changed = mode != self.mode
        if changed or editor_open != self._editor_open:
            self.mode, self._editor_open = mode, editor_open
            self._apply(width)
            if changed:
                self.changed.emit(mode)

    def _apply(self, width: int) -> None:
        wide = self.mode == PaneMode.WIDE
        self._show_names(wide)
        side_layout = self._side.layout()
        if wide and isinstance(side_layout, QVBoxLayout):
            side_layout.insertWidget(0, self._search_box)
        elif not wide:
            self._search_row.addWidget(self._search_box)
        single = self.mode == PaneMode.SINGLE
        self._centre.setVisible(not (single and self._editor_open))
        self._editor.setVisible(not single or self._editor_open)
        self._back_bar.setVisible(single and self._editor_open)
        side = self._side.minimumWidth()
        rest = max(width - side, 0)
        if single:
            sizes = [side, rest, 0] if not self._editor_open else [side, 0, rest]
        else:
            sizes = [side, rest * 2 // 5, rest - rest * 2 // 5]
        self._splitter.setSizes(sizes)

    def _show_names(self, shown: bool) -> None:
        """Section names beside their icons, or icons alone (names kept for tooltips and
        screen readers)."""
        for row in range(self._sidebar.count()):
            item = self._sidebar.item(row)
            name = item.data(NAME_ROLE) or item.text()
            item.setData(NAME_ROLE, name)
            item.setText(name if shown else "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        # icon + the stylesheet's item padding (2 x 8) + the side margins (2 x 8) + frame
        icon_only = max(self._sidebar.iconSize().width(), 20) + 16 + 16 + 2 * 8
        self._side.setMinimumWidth(self._wide_side if shown else icon_only)
        self._side.setMaximumWidth(16_777_215 if shown else icon_only)
