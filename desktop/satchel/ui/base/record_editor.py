"""What the case and person editors share: reading the record, save-as-you-type, inline
errors, a scroll area, redrawing the parts other screens change, and deleting; and how
their pages and fields are set up, so both look and read alike.

A subclass says how to read the record and build and fill its page, names its fields
(`_values`), how to store a change (`_store`) and the field it cannot leave empty; this
class debounces edits, saves on close and before lock, and keeps what was last saved so only
real changes reach the vault.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from satchel.ui.base.text.keys import key_text
from satchel.ui.base.text.messages import user_message
from satchel.ui.base.widgets import delete_question
from satchel.ui.base.widgets.accessible import keep_reading_order
from satchel.ui.base.widgets.delete_question import DeleteChoice
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import Change, VaultController

SAVE_DELAY_MS = 800


def show_starts(root: QWidget) -> None:
    """Every one-line field shows the start of its text ("Praskovya S…", not "…ya S."):
    setText leaves the cursor, and so the view, at the end. A field being typed in is
    left alone."""
    for field in root.findChildren(QLineEdit):
        if not field.hasFocus():
            field.setCursorPosition(0)


def make_headline(edit: QLineEdit) -> None:
    """The record's name at the top of its page: larger and bold."""
    font = edit.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    edit.setFont(font)


def choice_box(name: str, values: Iterable[str], label: Callable[[str], str]) -> QComboBox:
    """A drop-down of stored values shown by their words; `name` for screen readers."""
    box = QComboBox()
    box.setAccessibleName(name)
    for value in values:
        box.addItem(label(value), value)
    return box


def text_box(name: str) -> QPlainTextEdit:
    """A few lines of free text that Tab leaves (it does not type a tab character)."""
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(72)
    box.setMaximumHeight(120)
    return box


def fields_form(rows: Iterable[tuple[str, QWidget | QLayout]]) -> QFormLayout:
    """Label and field, one row each, the fields taking the width the pane has."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    for label, field in rows:
        form.addRow(label, field)
    return form


class RecordEditor(QWidget):
    kind: Change  # what `controller.changed` announces after a save
    required_field = ""  # a field whose old value is kept while it is typed empty
    parts_change_on: frozenset[str] = frozenset()  # kinds of change that redraw the parts

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
        self._opened: dict[str, Any] | None = None  # what was shown before the first save
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

    def _open(self, gone_text: str) -> None:
        """Read the record and show it (or say it is gone); then follow edits and changes."""
        detail = self._read()
        if not self._mount(detail is not None, gone_text, lambda: self._build(detail)):
            return
        self._show(detail)
        self._connect_edits()
        self._controller.changed.connect(self._on_changed)
        self._controller.locking.connect(self._before_lock)

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
        page = build()
        self.scroll_area.setWidget(page)
        self.reading_order = keep_reading_order(page)  # Tab goes down the page as it reads
        layout.addWidget(self.scroll_area)
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        show_starts(self)

    # to provide ------------------------------------------------------------------------
    def _read(self) -> Any:
        """The record's detail through the controller, or None when it is gone."""
        raise NotImplementedError

    def _build(self, detail: Any) -> QWidget:
        raise NotImplementedError

    def _fill(self, detail: Any) -> None:
        """Put the stored values into the fields."""
        raise NotImplementedError

    def _show_parts(self, detail: Any) -> None:
        """Redraw what other screens change (people, notes, checklists, cases)."""

    def _connect_edits(self) -> None:
        raise NotImplementedError

    def _first_field(self) -> QLineEdit:
        raise NotImplementedError

    def _delete_question(self) -> tuple[str, str, str]:
        """The title, text and delete button's text ("Delete case") of the question."""
        raise NotImplementedError

    def _deleted_message(self) -> str:
        """What the status bar says after a delete into the bin ("Case deleted")."""
        raise NotImplementedError

    def _remove(self, *, keep: bool) -> bool:
        """Delete the record through its service (into the bin if `keep`); True if done."""
        raise NotImplementedError

    def _before_delete(self) -> None:
        """Hook: hide what must not stay on screen."""

    def _values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _store(self, changes: dict[str, Any]) -> None:
        """Write `changes` through a service; raises what the service raises."""
        raise NotImplementedError

    def _required_message(self) -> str:
        return ""

    # showing ---------------------------------------------------------------------------
    def _show(self, detail: Any) -> None:
        self._loading = True
        try:
            self._fill(detail)
        finally:
            self._loading = False
        self._saved = self._values()
        self._show_parts(detail)

    def _on_changed(self, kind: str) -> None:
        if self._deleted or kind not in self.parts_change_on:
            return
        if not self._controller.is_unlocked:
            return
        detail = self._read()
        if detail is not None:
            self._show_parts(detail)

    def focus_first(self) -> None:
        if not self._deleted:
            field = self._first_field()
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()

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
        if self._opened is None:
            self._opened = dict(self._saved)  # as it was before the first change
        self._saved.update(changes)
        if self._values().get(required):
            self.error_label.hide()
        self._controller.changed.emit(self.kind)
        return True

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _before_lock(self) -> None:
        self.save()

    # deleting ----------------------------------------------------------------------------
    def confirm_delete(self) -> None:
        """Ask with named buttons ("Delete case", Cancel as the default), then delete."""
        title, text, button = self._delete_question()
        choice = delete_question.ask_to_delete(self, title, text, button)
        if choice is not DeleteChoice.CANCEL:
            self.delete(keep=choice is DeleteChoice.TO_BIN)

    def delete(self, *, keep: bool = True) -> None:
        """Delete into Recently deleted (and offer Undo), or for good when not `keep`."""
        self.save_timer.stop()
        self._deleted = True
        self._before_delete()
        if self._remove(keep=keep) and keep:
            controller, kind, item_id = self._controller, str(self.kind), self.item_id
            controller.offer_undo(
                self._deleted_message(), lambda: controller.restore_deleted(kind, item_id)
            )
        self._host.close_editor()

    # undoing all changes -----------------------------------------------------------------
    def revert_to_opened(self) -> bool:
        """Put the record back as it was when this editor opened; True if anything changed.

        Ctrl+Z undoes typing within one field; this undoes every field at once, even after
        the changes were saved.
        """
        self.save()
        if self._deleted or self._opened is None or not self._controller.is_unlocked:
            return False
        changes = {k: v for k, v in self._opened.items() if v != self._saved.get(k)}
        if not changes:
            return False
        try:
            self._store(changes)
        except Exception as error:
            self._show_error(self.tr("Not undone: {0}").format(user_message(error)))
            return False
        self._saved.update(changes)
        detail = self._read()
        if detail is not None:
            self._show(detail)
        self._controller.changed.emit(self.kind)
        return True

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        """The editor's page, its error line first; the subclass adds the rest."""
        page = QWidget()
        page.setObjectName("editorPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(8)
        layout.addWidget(self.error_label)
        return page, layout

    def _delete_row(self, text: str, name: str) -> QHBoxLayout:
        """Revert and Delete at the page's end, on the right; sets `delete_button`."""
        self.delete_button = QPushButton(text)
        self.delete_button.setProperty("danger", True)
        self.delete_button.setAccessibleName(name)
        self.delete_button.clicked.connect(self.confirm_delete)
        row = QHBoxLayout()
        row.addStretch(1)
        self.revert_button = self._make_revert_button()
        row.addWidget(self.revert_button)
        row.addWidget(self.delete_button)
        return row

    def _make_revert_button(self) -> QPushButton:
        button = QPushButton(self.tr("Undo changes"))
        button.setObjectName("revertButton")
        button.setToolTip(
            self.tr("Put every field back as it was when opened ({0})").format(
                key_text("Ctrl+Alt+Z")
            )
        )
        button.setAccessibleName(self.tr("Undo all changes since this was opened"))
        button.clicked.connect(self.revert_to_opened)
        shortcut = QShortcut(QKeySequence("Ctrl+Alt+Z"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.revert_to_opened)
        return button

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save()
        super().closeEvent(event)
