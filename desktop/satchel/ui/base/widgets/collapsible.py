"""A section with a header button that shows or hides its body (keyboard: Space on the header)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget


class ElidedToolButton(QToolButton):
    """A tool button whose text is shortened with "…" when the pane is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setText(text)
        self.setToolTip("")
        self.updateGeometry()  # the layout resizes us; resizeEvent elides if room is short

    def _chrome(self) -> int:
        """Width taken by the arrow, the spacing and the padding: everything but the text."""
        self.ensurePolished()  # the stylesheet's bold font, not the default one, is measured
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        self.ensurePolished()
        hint = super().sizeHint()
        return QSize(
            self._chrome() + self.fontMetrics().horizontalAdvance(self._full), hint.height()
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._chrome() + 60), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.width() - self._chrome())
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self._full) <= room + 2:  # sub-pixel rounding: it fits
            shown = self._full
        else:
            shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class Collapsible(QWidget):
    toggled = Signal(bool)  # expanded

    def __init__(
        self, title: str, parent: QWidget | None = None, *, expanded: bool = False
    ) -> None:
        super().__init__(parent)
        self.toggle = ElidedToolButton()
        self.toggle.setObjectName("collapsibleToggle")
        self.toggle.setProperty("role", "inline")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.toggle)
        self.header.addStretch(1)
        # A second header line (summary, actions) that stays visible when collapsed.
        self.sub_header = QHBoxLayout()
        self.sub_header.setContentsMargins(20, 0, 0, 0)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(20, 4, 0, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.header)
        layout.addLayout(self.sub_header)
        layout.addWidget(self.body)
        self.set_title(title)
        self.toggle.toggled.connect(self._on_toggled)
        self.toggle.setChecked(expanded)
        self._on_toggled(expanded)

    def set_title(self, title: str) -> None:
        self.toggle.set_full_text(title)
        self.toggle.setAccessibleName(title)

    def title(self) -> str:
        return self.toggle.full_text()

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)

    def _on_toggled(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleDescription(
            self.tr("Expanded") if expanded else self.tr("Collapsed")
        )
        self.body.setVisible(expanded)
        self.toggled.emit(expanded)
