"""What the case and person editors share: save-as-you-type, inline errors, a scroll area.

A subclass names its fields (`_values`), how to store a change (`_store`) and the field it
cannot leave empty; this class debounces edits, saves on close and before lock, and keeps
what was last saved so only real changes reach the vault.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QScrollArea, QVBoxLayout, QWidget

from satchel.ui.base.messages import user_message
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import VaultController

SAVE_DELAY_MS = 800


class RecordEditor(QWidget):
    kind = ""  # what `controller.changed` announces after a save
    required_field = ""  # a field whose old value is kept while it is typed empty

    def __init__(
        self,
        controller: VaultController,
        host: EditorHost,
        item_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._host = host
        self.item_id = item_id
        self._saved: dict[str, Any] = {}
        self._deleted = False
        self._loading = False
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

    def _mount(self, found: bool, gone_text: str, build: Callable[[], QWidget]) -> bool:
        """Lay out the editor in a scroll area, or say the item is gone; True when shown."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not found:
            gone = QLabel(gone_text)
            gone.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(gone)
            self._deleted = True
            return False
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(build())
        layout.addWidget(self.scroll_area)
        return True

    # to provide ------------------------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _store(self, changes: dict[str, Any]) -> None:
        """Write `changes` through a service; raises what the service raises."""
        raise NotImplementedError

    def _required_message(self) -> str:
        return ""

    # saving ----------------------------------------------------------------------------
    def _edited(self, *_: object) -> None:
        if not self._loading and not self._deleted:
            self.save_timer.start()

    def pending_changes(self) -> dict[str, Any]:
        return {k: v for k, v in self._values().items() if v != self._saved.get(k)}

    def save(self) -> bool:
        """Store what changed since the last save; True when the vault holds what is shown."""
        self.save_timer.stop()
        if self._deleted or not self._controller.is_unlocked:
            return False
        changes = self.pending_changes()
        required = self.required_field
        if required in changes and not changes[required]:
            del changes[required]  # the old value stays until a new one is typed
            self._show_error(self._required_message())
        elif not changes:
            self.error_label.hide()
        if not changes:
            return True
        try:
            self._store(changes)
        except Exception as error:
            self._show_error(self.tr("Not saved: {0}").format(user_message(error)))
            return False
        self._saved.update(changes)
        if self._values().get(required):
            self.error_label.hide()
        self._controller.changed.emit(self.kind)
        return True

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _ask_to_delete(self, title: str, text: str) -> bool:
        """A Yes/Cancel question with Cancel as the default; True for Yes."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save()
        super().closeEvent(event)
