"""What every list in the window shares: a paged model in a table, the empty state in its
place when there are no rows, a count below, and for cases and people the editor opened from
the selected row, with the place (selected row, scroll position) kept across reloads.

Subclasses build their own rows above the list (hints, filters, the bar for a new record)
and say what the empty state and the count read.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from satchel.ui.base.paged_model import PagedTableModel
from satchel.ui.base.widgets.inline_entry import ListTableView
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import VaultController

AnyIndex = QModelIndex | QPersistentModelIndex
OPEN_DELAY_MS = 120  # a held key repeats every 25-40 ms; a reader stops for longer
PREFETCH_ROWS = 100  # read the next page when the selection comes this close to the end


def with_empty_state(view: QWidget) -> tuple[QStackedWidget, QLabel]:
    """A stack showing `view`, or in its place a centred label while there is nothing."""
    empty = QLabel()
    empty.setObjectName("emptyState")
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    stack = QStackedWidget()
    stack.addWidget(view)
    stack.addWidget(empty)
    return stack, empty


class ListSection(QWidget):
    # Lists beside the main ones (activity, due soon) reload when shown, not while hidden.
    reload_while_hidden = True

    def __init__(
        self,
        controller: VaultController,
        host: EditorHost,
        model: PagedTableModel[Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._host = host
        self.model = model
        model.setParent(self)
        self.view = ListTableView()
        self.view.setModel(model)
        self.stack, self.empty_label = with_empty_state(self.view)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self._restoring = False  # selecting a row ourselves opens nothing

    def _assemble(self, *above: QWidget | QLayout, counted: bool = False) -> None:
        """Lay out the rows above, the list and (if `counted`) its count; then load it."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        for part in above:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.stack, 1)
        if counted:
            layout.addWidget(self.count_label)
        else:
            self.count_label.hide()
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._update_state)
        self.refresh()
        if not self.reload_while_hidden:
            self.model.set_active(False)  # until shown

    # what subclasses say ---------------------------------------------------------------------
    def empty_text(self) -> str:
        return ""

    def count_text(self, total: int) -> str:
        return ""

    # Section -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.reload()

    def select_record(self, item_id: uuid.UUID) -> None:
        """Select a row without opening anything (after a reload, after Ctrl+N)."""
        index = self.model.index_of(item_id)
        if index.isValid():
            self._restoring = True
            try:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
            finally:
                self._restoring = False

    def new_item(self) -> None:
        """Ctrl+N: nothing to create in this list (the vault writes it)."""

    def _before_reset(self) -> None:
        """Hook: the rows are about to be read again."""

    def _after_reset(self) -> None:
        self._update_state()

    def _update_state(self) -> None:
        total = self.model.total
        if total:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty_label.setText(self.empty_text())
            self.stack.setCurrentWidget(self.empty_label)
        self.count_label.setText(self.count_text(total))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if not self.reload_while_hidden:
            self.model.set_active(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        if not self.reload_while_hidden:
            self.model.set_active(False)
        super().hideEvent(event)


class RecordListSection(ListSection):
    """Cases and people: the selected row opens in the editor; Ctrl+N opens the new bar.

    The selection moves at once; the editor loads after, once the keys have rested for
    OPEN_DELAY_MS, so arrow keys held down or pressed in a run move through the list without
    building an editor per row, and only the row the user stops on is loaded (a click or
    Enter opens at once). The next page of rows is read in the same idle time, before the
    selection reaches it, so no key waits for a query. Ctrl+End makes the whole list exist
    first (PagedTableModel.reach_end), so it goes to the real end, not the last row loaded.

    Subclasses set `id_role` and `make_editor`, build `new_bar` around `new_entry`, and call
    `_created(item_id)` once their create action made a record.
    """

    id_role: int
    make_editor: Callable[[VaultController, EditorHost, uuid.UUID], QWidget]
    new_bar: QWidget
    new_entry: QLineEdit

    def __init__(
        self,
        controller: VaultController,
        host: EditorHost,
        model: PagedTableModel[Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, host, model, parent)
        self._open_id: uuid.UUID | None = None
        self._open_editor: QWidget | None = None
        self._scroll = 0
        self._pending_id: uuid.UUID | None = None
        self.open_timer = QTimer(self)  # coalesces selection moves into one editor load
        self.open_timer.setSingleShot(True)
        self.open_timer.setInterval(OPEN_DELAY_MS)
        self.open_timer.timeout.connect(self._open_pending)
        self.prefetch_timer = QTimer(self)  # the next page, read when the keys leave time
        self.prefetch_timer.setSingleShot(True)
        self.prefetch_timer.setInterval(0)
        self.prefetch_timer.timeout.connect(self._prefetch)
        self.view.installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_clicked)
        self.view.doubleClicked.connect(self._on_activated)

    # the new record ----------------------------------------------------------------------------
    def new_item(self) -> None:
        """Ctrl+N: ask for the name right here, then create and open the record."""
        self.new_bar.show()
        self.new_entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.new_entry.selectAll()

    def _clear_new(self) -> None:
        self.new_entry.clear()

    def _cancel_new(self) -> None:
        self._clear_new()
        self.new_bar.hide()
        self.view.setFocus()

    def _created(self, item_id: uuid.UUID) -> None:
        self._clear_new()
        self.new_bar.hide()
        self.select_record(item_id)
        self.open_record(item_id, focus=True)

    # opening -----------------------------------------------------------------------------------
    def open_record(self, item_id: uuid.UUID, *, focus: bool = False) -> None:
        self.open_timer.stop()
        self._pending_id = None
        self._open_id = item_id  # before the old editor closes, saves and reloads the list
        editor = type(self).make_editor(self._controller, self._host, item_id)
        self._host.show_editor(editor)
        self._open_editor = editor
        editor.destroyed.connect(lambda *_: self._forget(item_id))
        if focus and hasattr(editor, "focus_first"):
            editor.focus_first()

    def _forget(self, item_id: uuid.UUID) -> None:
        if self._open_id == item_id:
            self._open_id = None

    def _on_current_row(self, current: AnyIndex, _previous: AnyIndex) -> None:
        if self._restoring or not current.isValid():
            return
        item_id = current.data(self.id_role)
        if isinstance(item_id, uuid.UUID):
            self._pending_id = item_id
            self.open_timer.start()
        if current.row() >= self.model.rowCount() - PREFETCH_ROWS and self.model.canFetchMore():
            self.prefetch_timer.start()

    def _prefetch(self) -> None:
        if self.model.canFetchMore():
            self.model.fetchMore()

    def cancel_pending_open(self) -> None:
        """Something else was opened (a link, a search hit): the row moved to earlier
        must not replace it when the timer runs."""
        self.open_timer.stop()
        self._pending_id = None

    def _open_pending(self) -> None:
        item_id, self._pending_id = self._pending_id, None
        if not self._controller.is_unlocked:
            return  # locked (Ctrl+L, a panic wipe) between the click and the timer
        # In one column the editor would take the list's place: there only Enter or a
        # click opens it, and the arrow keys stay in the list.
        follows = getattr(self._host, "editor_follows_selection", True)
        if item_id is not None and item_id != self._open_id and follows:
            self.open_record(item_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_End
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.model.reach_end()  # then the view goes to the real end
        return super().eventFilter(watched, event)

    def _on_clicked(self, index: AnyIndex) -> None:
        """A click on the row that is still current after Esc closed its editor opens it
        again (the current row did not change, so nothing else would)."""
        item_id = index.data(self.id_role)
        if isinstance(item_id, uuid.UUID) and not self._is_open(item_id):
            self.open_record(item_id)

    def _is_open(self, item_id: uuid.UUID) -> bool:
        """Whether the editor for `item_id` is still shown (Esc closes it at once; it is
        deleted a moment later)."""
        editor = self._open_editor
        try:
            return item_id == self._open_id and editor is not None and not editor.isHidden()
        except RuntimeError:  # deleted already
            return False

    def _on_activated(self, index: AnyIndex) -> None:
        item_id = index.data(self.id_role)
        if isinstance(item_id, uuid.UUID):
            self.open_record(item_id, focus=True)

    # keeping the place across reloads ----------------------------------------------------------
    def _before_reset(self) -> None:
        self._scroll = self.view.verticalScrollBar().value()

    def _after_reset(self) -> None:
        """The open item selected again, the list scrolled where it was."""
        if self._open_id is not None:
            self.select_record(self._open_id)
        self.view.verticalScrollBar().setValue(self._scroll)
        self._update_state()
