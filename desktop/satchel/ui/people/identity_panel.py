"""A person's identity compartment: collapsed and masked until the user asks to see it.

Only which fields hold something is known before a reveal. "Reveal" opens the compartment
(the service logs it), shows the values for the vault's reveal time, then masks them again
and drops them from the widgets. Locking, collapsing and closing the editor hide them at
once. Accessible texts name the field and whether it is hidden, never the value.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from satchel.services.core.settings import load_settings
from satchel.services.notebook.identity import IDENTITY_FIELDS, reveal_identity, set_identity
from satchel.services.notebook.people import get_person
from satchel.ui.base.icons import icon
from satchel.ui.base.text.labels import field_label
from satchel.ui.base.widgets.collapsible import Collapsible
from satchel.ui.people.identity_dialog import IdentityDialog
from satchel.ui.platform.clipboard import secret_clipboard
from satchel.ui.shell.vault_controller import Change, VaultController

MASK = "●●●●●●"
DEFAULT_REVEAL_SECONDS = 30


class SecretLineEdit(QLineEdit):
    """A read-only value whose Ctrl+C goes through the clipboard guard, never around it.

    Nothing in it can be selected: on X11 a selection is copied to the PRIMARY clipboard at
    once, where no hint marks it secret and nothing clears it.
    """

    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)
        self.selectionChanged.connect(self._no_selection)

    def _no_selection(self) -> None:
        if self.hasSelectedText():
            self.deselect()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        event.accept()  # no drag-selecting

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        event.accept()  # no word selection

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(
            QKeySequence.StandardKey.Cut
        ):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class IdentityPanel(Collapsible):
    identity_changed = Signal()

    def __init__(
        self,
        controller: VaultController,
        person_id: uuid.UUID,
        fields_set: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Identity"), parent, expanded=False)
        self.setObjectName("identityPanel")
        self._controller = controller
        self.person_id = person_id
        self.fields_set: tuple[str, ...] = ()
        self._values: dict[str, str] = {}
        self.value_edits: dict[str, SecretLineEdit] = {}
        self.copy_buttons: dict[str, QToolButton] = {}
        self.dialog: IdentityDialog | None = None
        self.reveal_ms_override: int | None = None  # tests; otherwise the vault's setting
        self._left = 0

        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.timeout.connect(self.hide_values)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)

        self.hint = QLabel(self.tr("Hidden. Each reveal is written to the activity log."))
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self.reveal_button = QPushButton(self.tr("Reveal"))
        self.reveal_button.setIcon(icon("reveal"))
        self.reveal_button.setAccessibleName(self.tr("Reveal the identity details"))
        self.edit_button = QPushButton(self.tr("Edit identity…"))
        self.edit_button.setIcon(icon("key"))
        self.edit_button.setAccessibleName(self.tr("Edit the identity details"))
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.status, 1)
        self.body_layout.addWidget(self.hint)
        self.body_layout.addWidget(self._grid_host)
        self.body_layout.addLayout(buttons)

        self.reveal_button.clicked.connect(self._toggle_reveal)
        self.edit_button.clicked.connect(self.open_editor)
        self.toggled.connect(self._on_expanded)
        controller.locking.connect(self.hide_values)
        self.set_fields(fields_set)

    # fields ----------------------------------------------------------------------------------
    @property
    def revealed(self) -> bool:
        return bool(self._values)

    def set_fields(self, fields_set: tuple[str, ...]) -> None:
        """Which fields hold something (never their values); masks everything."""
        self.hide_values()
        self.fields_set = tuple(name for name in IDENTITY_FIELDS if name in fields_set)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.value_edits, self.copy_buttons = {}, {}
        for row, name in enumerate(self.fields_set):
            label = QLabel(field_label(name))
            value = SecretLineEdit()
            value.setObjectName(f"identity_{name}")
            value.copy_requested.connect(lambda field=name: self.copy(field))
            label.setBuddy(value)
            copy = QToolButton()
            copy.setIcon(icon("copy"))
            copy.setText(self.tr("Copy"))
            copy.setToolTip(self.tr("Copy {0}").format(field_label(name)))
            copy.setAccessibleName(self.tr("Copy {0}").format(field_label(name)))
            copy.clicked.connect(lambda _=False, field=name: self.copy(field))
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(value, row, 1)
            self._grid.addWidget(copy, row, 2)
            self.value_edits[name], self.copy_buttons[name] = value, copy
        self._mask()
        count = len(self.fields_set)
        self._title_hidden()
        self.hint.setText(
            self.tr("Fields stored: %n. Each reveal is written to the activity log.", "", count)
            if count
            else self.tr("No identity details are stored for this person.")
        )
        self.reveal_button.setEnabled(bool(count))
        self._grid_host.setVisible(bool(count))

    def _title_hidden(self) -> None:
        if self.fields_set:
            self.set_title(self.tr("Identity · hidden"))
        else:
            self.set_title(self.tr("Identity · nothing stored"))

    def _mask(self) -> None:
        for name, edit in self.value_edits.items():
            edit.setText(MASK)  # also empties the undo history
            edit.setAccessibleName(field_label(name))
            edit.setAccessibleDescription(self.tr("{0}, hidden").format(field_label(name)))

    # revealing -------------------------------------------------------------------------------
    def _toggle_reveal(self) -> None:
        if self.revealed:
            self.hide_values()
        else:
            self.reveal()

    def reveal(self) -> bool:
        if not self._controller.is_unlocked:
            return False
        values = self._controller.run(reveal_identity, self.person_id)
        if values is None:
            return False
        self.set_expanded(True)
        self._values = dict(values)
        for name, edit in self.value_edits.items():
            edit.setText(self._values.get(name, ""))
            edit.setCursorPosition(0)
            edit.setAccessibleDescription(self.tr("{0}, shown").format(field_label(name)))
        milliseconds = self._reveal_ms()
        self.hide_timer.start(milliseconds)
        self._left = max(1, milliseconds // 1000)
        self._tick.start()
        self._show_countdown()
        self.set_title(self.tr("Identity · shown"))
        self.reveal_button.setText(self.tr("Hide"))
        self.reveal_button.setIcon(icon("hide"))
        self.reveal_button.setAccessibleName(self.tr("Hide the identity details"))
        return True

    def hide_values(self) -> None:
        """Mask every field and forget the values (timeout, lock, collapse, close)."""
        self.hide_timer.stop()
        self._tick.stop()
        self._values = {}
        self._mask()
        self.status.clear()
        self._title_hidden()
        self.reveal_button.setText(self.tr("Reveal"))
        self.reveal_button.setIcon(icon("reveal"))
        self.reveal_button.setAccessibleName(self.tr("Reveal the identity details"))

    def _reveal_ms(self) -> int:
        if self.reveal_ms_override is not None:
            return self.reveal_ms_override
        try:
            seconds = self._controller.read(load_settings).reveal_seconds
        except Exception:  # an unreadable setting must not keep values on screen longer
            seconds = DEFAULT_REVEAL_SECONDS
        return int(seconds) * 1000

    def _count_down(self) -> None:
        self._left = max(0, self._left - 1)
        self._show_countdown()

    def _show_countdown(self) -> None:
        self.status.setText(self.tr("Hides again in %n s", "", self._left))

    def _on_expanded(self, expanded: bool) -> None:
        if not expanded:
            self.hide_values()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self.hide_values()
        super().hideEvent(event)

    # copying ---------------------------------------------------------------------------------
    def copy(self, name: str) -> bool:
        """Copy one field; without a reveal on screen it is opened (and logged) just for this."""
        value = self._values.get(name)
        if value is None:
            opened = self._controller.run(reveal_identity, self.person_id) or {}
            value = opened.get(name)
            opened.clear()
        if not value:
            return False
        guard = secret_clipboard(self._controller)
        guard.copy(value)
        seconds = max(1, guard.delay_ms() // 1000)
        self.status.setText(
            self.tr("{0} copied; the clipboard is cleared in %n s", "", seconds).format(
                field_label(name)
            )
        )
        return True

    # editing ---------------------------------------------------------------------------------
    def open_editor(self) -> IdentityDialog:
        revealed = dict(self._values) if self.revealed else None
        dialog = IdentityDialog(self.fields_set, revealed, self)
        revealed = None
        dialog.accepted.connect(lambda: self._save_dialog(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_dialog(self, dialog: IdentityDialog) -> None:
        changes, dialog.accepted_changes = dialog.accepted_changes, {}
        if changes:
            self._controller.change(Change.PERSON, set_identity, self.person_id, changes)
            changes.clear()
            detail = self._controller.run(get_person, self.person_id)
            if detail is not None:
                self.set_fields(detail.identity_fields_set)
            self.identity_changed.emit()
        self.hide_values()

    def _forget_dialog(self) -> None:
        self.dialog = None
