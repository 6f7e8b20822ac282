"""How sections and editors reach the workspace without knowing its widgets."""

from __future__ import annotations

import uuid
from typing import Protocol

from PySide6.QtWidgets import QWidget


class EditorHost(Protocol):
    def show_editor(self, editor: QWidget) -> None:
        """Put `editor` in the right-hand pane, closing (and saving) the one there."""

    def close_editor(self) -> None:
        """Empty the right-hand pane (Esc)."""

    def open_item(self, kind: str, item_id: uuid.UUID) -> None:
        """Show the section for `kind` and the editor of that item (search, links)."""


class Section(Protocol):
    """A centre list (Cases, People, ...). Implemented by QWidget subclasses."""

    def new_item(self) -> None:
        """Ctrl+N in this section."""

    def refresh(self) -> None:
        """Reload after a change announced by the controller."""
