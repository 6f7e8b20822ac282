"""One note: title, Markdown text with a preview, tags, pin, history; saved as you type.

Autosave runs 700 ms after the last keystroke, and again whenever the note is left: the
editor closed or hidden, or the vault about to lock. Each save keeps a revision (the
services do that), so History… can bring any earlier text back.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from satchel.services.core.tags import parse_tags
from satchel.services.notebook import notes
from satchel.services.notebook.views import NoteDetail
from satchel.ui.base.text.keys import key_text
from satchel.ui.base.widgets import delete_question
from satchel.ui.base.widgets.delete_question import DeleteChoice
from satchel.ui.notes.markdown_preview import MarkdownPreview
from satchel.ui.notes.revision_dialog import RevisionDialog
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import Change, VaultController

AUTOSAVE_MS = 700
WRITE_TAB, PREVIEW_TAB = 0, 1


class NoteEditor(QWidget):
    saved = Signal()

    def __init__(
        self,
        controller: VaultController,
        host: EditorHost,
        item_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self._controller = controller
        self._host = host
        self.item_id = item_id
        self.note: NoteDetail | None = None
        self._stored: tuple[str, str, tuple[str, ...], bool] | None = None
        self._loading = False
        self._gone = False  # deleted, or the vault locked: nothing more to save

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(lambda: self.save(autosave=True))

        self._build()
        controller.locking.connect(self._on_locking)
        self.load()

    # layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = QToolButton()
        self.back_button.setObjectName("backButton")
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(self._open_owner)
        self.title = QLineEdit()
        self.title.setObjectName("noteTitle")
        self.title.setAccessibleName(self.tr("Note title"))
        self.title.setPlaceholderText(self.tr("Title"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setFrame(False)
        self.pin_button = QPushButton()
        self.pin_button.setCheckable(True)
        self.pin_button.setText(self.tr("Pin"))
        self.pin_button.setToolTip(self.tr("Pinned notes stay at the top of the case"))
        self.pin_button.setAccessibleName(self.tr("Pin this note"))
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setAccessibleName(self.tr("Earlier versions of this note"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete this note"))
        self._build_body()

    def _build_body(self) -> None:
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tabs = QTabBar()
        self.tabs.addTab(self.tr("Write"))
        self.tabs.addTab(self.tr("Preview"))
        self.tabs.setAccessibleName(self.tr("Write or preview"))
        self.tabs.setToolTip(self.tr("Switch with {0}").format(key_text("Ctrl+E")))
        self.body = QPlainTextEdit()
        self.body.setObjectName("noteBody")
        self.body.setAccessibleName(self.tr("Note text (Markdown)"))
        self.body.setPlaceholderText(
            self.tr("Write here. Markdown works: # heading, **bold**, - list, [ ] to do.")
        )
        self.body.setTabChangesFocus(True)
        self.body.document().setDocumentMargin(8)
        self.preview = MarkdownPreview()
        self.preview.setAccessibleName(self.tr("Note preview"))
        self.preview.document().setDocumentMargin(8)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.preview)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.status.setProperty("role", "hint")
        self.status.setAccessibleName(self.tr("Save status"))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        # The buttons on a row of their own: beside the tabs and the save status they do
        # not fit the editor pane in a longer language.
        under = QHBoxLayout()
        under.addWidget(self.tabs)
        under.addStretch(1)
        under.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.tags)
        layout.addLayout(buttons)
        layout.addLayout(under)
        layout.addWidget(self.pages, 1)

        self._connect()

    def _connect(self) -> None:
        self.title.textEdited.connect(self._edited)
        self.tags.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._body_changed)
        self.pin_button.toggled.connect(self._pin_toggled)
        self.history_button.clicked.connect(self.show_history)
        self.delete_button.clicked.connect(self.delete)
        self.tabs.currentChanged.connect(self._show_tab)
        self.title.returnPressed.connect(self.body.setFocus)
        QShortcut(QKeySequence("Ctrl+E"), self, self.toggle_preview)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.setFocusProxy(self.body)

    # loading ----------------------------------------------------------------------------
    def load(self) -> None:
        note = self._controller.run(notes.get_note, self.item_id)
        if note is None:
            self._gone = True
            self.setEnabled(False)
            self.status.setText(self.tr("This note is no longer in the vault."))
            return
        self.note = note
        self._loading = True
        try:
            self.title.setText(note.title)
            self.title.setCursorPosition(0)  # show the start of a long title
            self.tags.setText(", ".join(note.tags))
            self.pin_button.setChecked(note.pinned)
            if self.body.toPlainText() != note.body:
                self.body.setPlainText(note.body)
        finally:
            self._loading = False
        self._stored = self._snapshot()
        self._show_owner(note)
        self._set_status(self.tr("Saved"))
        if self.tabs.currentIndex() == PREVIEW_TAB:
            self.preview.show_markdown(note.body)

    def _show_owner(self, note: NoteDetail) -> None:
        if note.case_id is not None:
            self.back_button.setText(self.tr("← Case"))
            self.back_button.setAccessibleName(self.tr("Back to the case"))
        elif note.person_id is not None:
            self.back_button.setText(self.tr("← Person"))
            self.back_button.setAccessibleName(self.tr("Back to the person"))
        self.back_button.setVisible(note.case_id is not None or note.person_id is not None)

    def _open_owner(self) -> None:
        if self.note is None:
            return
        if self.note.case_id is not None:
            self._host.open_item("case", self.note.case_id)
        elif self.note.person_id is not None:
            self._host.open_item("person", self.note.person_id)

    # editing and saving -----------------------------------------------------------------
    def _snapshot(self) -> tuple[str, str, tuple[str, ...], bool]:
        return (
            self.title.text().strip(),
            self.body.toPlainText(),
            parse_tags(self.tags.text()),
            self.pin_button.isChecked(),
        )

    @property
    def dirty(self) -> bool:
        return self._stored is not None and self._snapshot() != self._stored

    def _edited(self, *_args: object) -> None:
        if self._loading or self._gone:
            return
        self._set_status(self.tr("Saving…"))
        self.timer.start()  # restarts: saves 700 ms after the last keystroke

    def _body_changed(self) -> None:
        self._edited()

    def _pin_toggled(self, on: bool) -> None:
        self.pin_button.setText(self.tr("Pinned") if on else self.tr("Pin"))
        if not self._loading:
            self.save()

    def save(self, *, autosave: bool = False) -> bool:
        """Store what is shown, if it differs from what is stored; True when it is stored."""
        self.timer.stop()
        if self._gone or self._stored is None or not self._controller.is_unlocked:
            return False
        if not self.dirty:
            self._set_status(self.tr("Saved"))
            return True
        title, body, tags, pinned = self._snapshot()
        result = self._controller.change(
            Change.NOTE,
            notes.save_note,
            self.item_id,
            title=title or None,  # an empty title keeps the stored one
            body=body,
            tags=tags,
            pinned=pinned,
            autosave=autosave,  # typing pauses fold into one revision; leaving keeps one
        )
        if result is None:
            self._set_status(self.tr("Not saved"))
            return False
        stored_title = title or self._stored[0]
        self._stored = (stored_title, body, tags, pinned)
        if title:
            self._set_status(self.tr("Saved"))
        else:
            self._set_status(self.tr("Saved; a note needs a title, so the last one is kept"))
        self.saved.emit()
        return True

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)

    # preview ----------------------------------------------------------------------------
    def toggle_preview(self) -> None:
        self.tabs.setCurrentIndex(PREVIEW_TAB if self.tabs.currentIndex() == WRITE_TAB else 0)

    def _show_tab(self, index: int) -> None:
        if index == PREVIEW_TAB:
            self.preview.show_markdown(self.body.toPlainText())
            self.pages.setCurrentWidget(self.preview)
        else:
            self.pages.setCurrentWidget(self.body)

    # history and delete -----------------------------------------------------------------
    def show_history(self) -> RevisionDialog:
        self.save()
        dialog = RevisionDialog(self._controller, self.item_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._after_restore)
        dialog.open()
        return dialog

    def _after_restore(self) -> None:
        if self._controller.is_unlocked:
            self.load()

    def delete(self) -> None:
        choice = delete_question.ask_to_delete(
            self,
            self.tr("Delete note"),
            self.tr("Delete this note and all its earlier versions?"),
            self.tr("Delete note"),
        )
        if choice is not DeleteChoice.CANCEL:
            self.delete_now(keep=choice is DeleteChoice.TO_BIN)

    def delete_now(self, *, keep: bool = True) -> None:
        self.timer.stop()
        deleted = self._controller.apply(Change.NOTE, notes.delete_note, self.item_id, keep=keep)
        if deleted and keep:
            note_id, controller = self.item_id, self._controller
            controller.offer_undo(
                self.tr("Note deleted"), lambda: controller.restore_deleted("note", note_id)
            )
        self._gone = True
        self._host.close_editor()

    # leaving ----------------------------------------------------------------------------
    def _on_locking(self) -> None:
        self.save()
        self._gone = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self.save()
        super().hideEvent(event)
