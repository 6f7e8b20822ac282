"""The unlocked window's body: sidebar of sections, the centre list, the editor on the right.

Built fresh at every unlock and destroyed at every lock, so no widget keeps vault data
while the vault is locked.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from satchel.ui.base.text.keys import key_text
from satchel.ui.cases.editor import CaseEditor
from satchel.ui.cases.section import CasesSection
from satchel.ui.checklists.section import ChecklistsSection
from satchel.ui.notes.editor import NoteEditor
from satchel.ui.overview.activity import ActivitySection
from satchel.ui.overview.due_soon import DueSoonSection
from satchel.ui.people.editor import PersonEditor
from satchel.ui.people.section import PeopleSection
from satchel.ui.search.panel import SearchPanel
from satchel.ui.shell.expiry_banner import ExpiryBanner
from satchel.ui.shell.pane_layout import BackBar, PaneLayout, PaneMode
from satchel.ui.shell.vault_controller import VaultController

SectionFactory = Callable[[VaultController, "Workspace"], QWidget]
EditorFactory = Callable[[VaultController, "Workspace", uuid.UUID], QWidget]

# Which section shows which kind of item, and which editor opens it.
SECTION_OF_KIND = {"case": 0, "person": 1, "note": 0, "checklist_item": 0, "checklist": 0}
EDITORS: dict[str, EditorFactory] = {
    "case": CaseEditor,
    "person": PersonEditor,
    "note": NoteEditor,
}


def _focus_first_in(pane: QWidget | None) -> None:
    """Focus a pane's list if it has one, else its first control that takes Tab."""
    if pane is None:
        return
    candidates = [
        widget
        for widget in pane.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    lists = [widget for widget in candidates if isinstance(widget, QAbstractItemView)]
    target = (lists or candidates or [pane])[0]
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)


class Workspace(QWidget):
    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self._controller = controller
        self._editor: QWidget | None = None

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search  ({0})").format(key_text("Ctrl+F")))
        self.search_box.setAccessibleName(self.tr("Search the vault"))
        self.search_box.setClearButtonEnabled(True)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.centre = QStackedWidget()
        self.centre.setObjectName("centre")
        self.editor_pane = QStackedWidget()
        self.editor_pane.setObjectName("editorPane")
        self._empty_editor = QLabel(self.tr("Select an item to see it here."))
        self._empty_editor.setObjectName("emptyEditor")
        self._empty_editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_pane.addWidget(self._empty_editor)

        factories: list[tuple[str, SectionFactory]] = [
            (self.tr("Cases"), CasesSection),
            (self.tr("People"), PeopleSection),
            (self.tr("Checklists"), ChecklistsSection),
            (self.tr("Due soon"), DueSoonSection),
            (self.tr("Activity"), ActivitySection),
        ]
        self.sections: list[QWidget] = []
        for index, (title, factory) in enumerate(factories, start=1):
            section = factory(controller, self)
            self.sections.append(section)
            self.centre.addWidget(section)
            item = QListWidgetItem(title)
            item.setToolTip(f"{title}  ({key_text(f'Ctrl+{index}')})")
            self.sidebar.addItem(item)
        self.search_panel = SearchPanel(controller, self)
        self.centre.addWidget(self.search_panel)
        self.expiry_banner = ExpiryBanner(controller)

        self._lay_out()
        self.sidebar.currentRowChanged.connect(self.show_section)
        self.search_box.textChanged.connect(self._on_search_text)
        self.search_box.returnPressed.connect(self.search_panel.open_current)
        self.search_panel.attach_search_box(self.search_box)  # Up/Down move through results
        self.expiry_banner.open_case.connect(lambda case_id: self.open_item("case", case_id))
        self.expiry_banner.show_all.connect(lambda: self.show_section(3))
        self._shortcuts()
        self.sidebar.setCurrentRow(0)

    def _lay_out(self) -> None:
        side = QWidget()
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 8, 8)
        side_layout.addWidget(self.search_box)
        side_layout.addWidget(self.sidebar, 1)
        # As wide as the longest section name in this language ("Незабаром термін"), so
        # the list never scrolls sideways.
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        metrics = self.sidebar.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(self.sidebar.item(row).text())
            for row in range(self.sidebar.count())
        )
        # text + icon (20) + the stylesheet's item padding (2 x 8) + spacing and frame; and
        # room for the search box's hint beside its clear button
        hint = metrics.horizontalAdvance(self.search_box.placeholderText()) + 40
        side.setMinimumWidth(max(longest + 20 + 16 + 16 + 2 * 8, hint + 2 * 8))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        centre_area = QWidget()  # the expiry banner sits above the centre list
        centre_layout = QVBoxLayout(centre_area)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        search_row = QHBoxLayout()  # the search box, when the sections show icons only
        search_row.setContentsMargins(12, 8, 12, 0)
        centre_layout.addLayout(search_row)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(12, 12, 12, 0)
        banner_row.addWidget(self.expiry_banner)
        centre_layout.addLayout(banner_row)
        centre_layout.addWidget(self.centre, 1)
        splitter.addWidget(centre_area)
        self.back_bar = BackBar()
        self.back_bar.back.connect(self._back_to_list)
        self.editor_area = QWidget()  # the editor, and the way back when it has one column
        editor_layout = QVBoxLayout(self.editor_area)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(0)
        editor_layout.addWidget(self.back_bar)
        editor_layout.addWidget(self.editor_pane, 1)
        self.back_bar.hide()
        splitter.addWidget(self.editor_area)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([180, 570, 530])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.panes_layout = PaneLayout(
            splitter,
            side=side,
            sidebar=self.sidebar,
            search_box=self.search_box,
            centre=centre_area,
            editor=self.editor_area,
            back_bar=self.back_bar,
            search_row=search_row,
            parent=self,
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # reflowing --------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        self.panes_layout.update(self.width(), editor_open=self._editor is not None)

    @property
    def pane_mode(self) -> PaneMode:
        return self.panes_layout.mode

    @property
    def editor_follows_selection(self) -> bool:
        """Whether moving through a list opens the selected record beside it (not when the
        editor would take the list's place)."""
        return self.panes_layout.mode != PaneMode.SINGLE

    def _back_to_list(self) -> None:
        self.close_editor()
        self.focus_list()

    def _shortcuts(self) -> None:
        for index in range(len(self.sections)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.sidebar.setCurrentRow(i))
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_item)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_editor)
        for keys, step in (("F6", 1), ("Ctrl+Tab", 1), ("Shift+F6", -1), ("Ctrl+Shift+Tab", -1)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self.move_to_pane(s))

    # panes ------------------------------------------------------------------------------
    def panes(self) -> list[QWidget]:
        """Sections and search, the list in the centre, the open editor (when one is open)."""
        found: list[QWidget] = [self.sidebar.parentWidget() or self.sidebar, self.centre]
        if self._editor is not None:
            found.append(self.editor_pane)
        return found

    def current_pane(self) -> int:
        focus = QApplication.focusWidget()
        for index, pane in enumerate(self.panes()):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return index
        return -1

    def move_to_pane(self, step: int) -> None:
        """F6 / Ctrl+Tab: the next pane, Shift+F6 / Ctrl+Shift+Tab: the one before."""
        panes = self.panes()
        target = (self.current_pane() + step) % len(panes)
        if panes[target] is self.sidebar.parentWidget():
            self.sidebar.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        focus_first = getattr(self._editor, "focus_first", None)
        if panes[target] is self.editor_pane and callable(focus_first):
            focus_first()
            if self.current_pane() == target:
                return
        _focus_first_in(self.centre.currentWidget() if target == 1 else panes[target])

    # sections ---------------------------------------------------------------------------
    def show_section(self, index: int) -> None:
        if 0 <= index < len(self.sections):
            if self.centre.currentWidget() is not self.sections[index]:
                self.close_editor()  # the right pane never shows a case from another section
            self.centre.setCurrentWidget(self.sections[index])
            if self.sidebar.currentRow() != index:
                self.sidebar.setCurrentRow(index)
            current = self.sidebar.item(index)
            if current is not None:
                current.setSelected(True)

    def focus_list(self) -> None:
        """The current section's list takes the keyboard (after unlock, for example); with
        no list to show (an empty vault), the search box does."""
        view = getattr(self.current_section(), "view", None)
        if isinstance(view, QWidget) and view.isVisibleTo(self):
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_section(self) -> QWidget | None:
        return self.centre.currentWidget()

    def new_item(self) -> None:
        section = self.current_section()
        new = getattr(section, "new_item", None)
        if callable(new):
            new()

    # search -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_search_text(self, text: str) -> None:
        if text.strip():
            self.centre.setCurrentWidget(self.search_panel)
            self.sidebar.clearSelection()  # the list shows search results, not a section
            self.search_panel.search(text)
        else:
            self.show_section(max(self.sidebar.currentRow(), 0))

    # editors (EditorHost) ----------------------------------------------------------------
    def show_editor(self, editor: QWidget) -> None:
        self.close_editor()
        self._editor = editor
        self.editor_pane.addWidget(editor)
        self.editor_pane.setCurrentWidget(editor)
        self._reflow()

    def close_editor(self) -> None:
        editor, self._editor = self._editor, None
        if editor is not None:
            self.editor_pane.removeWidget(editor)
            editor.close()  # editors save pending text in closeEvent
            editor.deleteLater()
        self.editor_pane.setCurrentWidget(self._empty_editor)
        self._reflow()

    def open_item(self, kind: str, item_id: uuid.UUID) -> None:
        factory = EDITORS.get(kind)
        if factory is None:
            return
        for section in self.sections:  # a row selected a moment ago must not replace it
            cancel = getattr(section, "cancel_pending_open", None)
            if callable(cancel):
                cancel()
        self.show_editor(factory(self._controller, self, item_id))

    def flush(self) -> None:
        """Before lock: let the open editor save what it holds."""
        self.close_editor()
