"""Search as you type: results grouped by kind, matches in bold, Enter opens one.

The workspace's search box drives this panel (`search(text)`); Up and Down in that box
move through the results (`attach_search_box`) and Enter opens the selected one. Identity
fields are never in the search index, so they can never show here.
"""

from __future__ import annotations

import html
import re
import uuid

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from satchel.services.checklists.overview import case_titles
from satchel.services.core import search as search_service
from satchel.services.core.search import KIND_ORDER, SearchResult
from satchel.ui.base.list_section import with_empty_state
from satchel.ui.search.snippets import markdown_plain
from satchel.ui.shell.editor_host import EditorHost
from satchel.ui.shell.vault_controller import VaultController

MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"  # private-use: never typed, never stored
_MARKS = re.compile(f"([{MARK_OPEN}{MARK_CLOSE}])")
DEBOUNCE_MS = 150
RESULT_LIMIT = 50
MAX_RESULTS = 1000  # "Show more" stops here; a narrower search finds the rest
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex
NAVIGATION_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def marked_html(text: str) -> str:
    """HTML-escape `text`, then turn the search marks into <b>…</b> (always balanced)."""
    out: list[str] = []
    bold = False
    for part in _MARKS.split(html.escape(text, quote=False)):
        if part == MARK_OPEN:
            if not bold:
                out.append("<b>")
            bold = True
        elif part == MARK_CLOSE:
            if bold:
                out.append("</b>")
            bold = False
        else:
            out.append(part)
    if bold:
        out.append("</b>")
    return "".join(out)


def plain(text: str) -> str:
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def kind_title(kind: str) -> str:
    return {
        "case": QCoreApplication.translate("Search", "Cases"),
        "person": QCoreApplication.translate("Search", "People"),
        "note": QCoreApplication.translate("Search", "Notes"),
        "checklist_item": QCoreApplication.translate("Search", "Checklist items"),
    }.get(kind, kind)


def target_of(result: SearchResult) -> tuple[str, uuid.UUID] | None:
    """Which editor opens a result: checklist items open their case."""
    if result.kind in {"case", "person", "note"}:
        return result.kind, result.id
    if result.kind == "checklist_item" and result.case_id is not None:
        return "case", result.case_id
    return None


class ResultDelegate(QStyledItemDelegate):
    """Draws a result's title and snippet as rich text; group headers as small caps."""

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(6)
        document.setDefaultFont(option.font)
        if not option.state & QStyle.StateFlag.State_Selected:
            muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
            document.setDefaultStyleSheet(f"small {{ color: {muted}; }}")
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(option.rect.width(), 200))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        if index.data(HEADER_ROLE):
            role = QPalette.ColorRole.PlaceholderText
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class SearchPanel(QWidget):
    def __init__(
        self, controller: VaultController, host: EditorHost, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._controller = controller
        self._host = host
        self.text = ""
        self.results: list[SearchResult] = []
        self._case_titles: dict[uuid.UUID, str] = {}

        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setObjectName("searchResults")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(ResultDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.installEventFilter(self)
        self.stack, self.empty_label = with_empty_state(self.view)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setProperty("role", "hint")
        self.limit = RESULT_LIMIT
        self.total = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._footer())

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.view.activated.connect(self._open_index)
        self.view.clicked.connect(self._open_index)
        controller.changed.connect(self._on_changed)
        self._show_empty(self.tr("Type to search cases, people, notes and checklists."))

    def _footer(self) -> QHBoxLayout:
        """How many match in all, and a button for the next page of them."""
        self.more_button = QPushButton()
        self.more_button.setObjectName("moreResults")
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.more_button)
        return footer

    # searching --------------------------------------------------------------------------
    def search(self, text: str) -> None:
        """Search for `text` once typing pauses (150 ms)."""
        self.text = text
        self.limit = RESULT_LIMIT
        self.timer.start()

    def show_more(self) -> None:
        """The next RESULT_LIMIT results, the selection kept where it was."""
        row = self.view.currentIndex().row()
        self.limit = min(self.limit + RESULT_LIMIT, MAX_RESULTS)
        self.run_search()
        index = self.model.index(row, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def run_search(self) -> None:
        self.timer.stop()
        text = self.text.strip()
        if not text or not self._controller.is_unlocked:
            self.show_results([])
            return
        found = self._controller.run(
            search_service.search, text, limit=self.limit, marks=(MARK_OPEN, MARK_CLOSE)
        )
        found = found or []
        self.total = len(found)
        if len(found) >= self.limit:  # a full page: there may be more
            counted = self._controller.run(search_service.count_matches, text)
            self.total = max(int(counted or 0), len(found))
        self.show_results(found)

    def show_results(self, results: list[SearchResult]) -> None:
        self.results = results
        self.model.clear()
        wanted = {r.case_id for r in results if r.case_id is not None and r.kind != "case"}
        self._case_titles = (self._controller.run(case_titles, wanted) if wanted else None) or {}
        for kind in KIND_ORDER:
            group = [r for r in results if r.kind == kind]
            if group:
                self.model.appendRow(self._header_item(kind, len(group)))
                for result in group:
                    self.model.appendRow(self._result_item(result))
        if results:
            self.stack.setCurrentWidget(self.view)
            self.step_selection(1, from_row=-1)
            self._show_count(len(results))
        elif self.text.strip():
            self._show_empty(self.tr("Nothing found for “{0}”.").format(self.text.strip()))
        else:
            self._show_empty(self.tr("Type to search cases, people, notes and checklists."))

    def _show_count(self, shown: int) -> None:
        total = max(self.total, shown)
        locale = QLocale()
        if total > shown:
            self.count_label.setText(
                self.tr("{0} of {1} results").format(locale.toString(shown), locale.toString(total))
            )
            step = min(RESULT_LIMIT, total - shown, MAX_RESULTS - shown)
            self.more_button.setText(self.tr("Show %n more", "", step))
            self.more_button.setVisible(step > 0)
        else:
            words = self.tr("%n result(s)", "", shown)
            self.count_label.setText(words.replace("(s)", "" if shown == 1 else "s"))
            self.more_button.hide()

    def _header_item(self, kind: str, count: int) -> QStandardItem:
        item = QStandardItem(kind_title(kind))
        item.setData(f"<small><b>{html.escape(kind_title(kind).upper())}</b></small>", HTML_ROLE)
        item.setData(True, HEADER_ROLE)
        item.setData(
            self.tr("{0}: {1}").format(kind_title(kind), count), Qt.ItemDataRole.AccessibleTextRole
        )
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _result_item(self, result: SearchResult) -> QStandardItem:
        title = marked_html(result.title)
        details = []
        case_title = self._case_titles.get(result.case_id) if result.case_id else None
        if case_title and result.kind != "case":
            details.append(html.escape(case_title, quote=False))
        snippet = markdown_plain(result.snippet)
        if plain(snippet).strip():
            details.append(marked_html(snippet))
        rich = f"<div>{title}</div>"
        if details:
            rich += f"<div style='margin-top:2px'><small>{' · '.join(details)}</small></div>"
        item = QStandardItem(plain(result.title))
        item.setData(rich, HTML_ROLE)
        item.setData(result, RESULT_ROLE)
        item.setData(
            ". ".join(p for p in (plain(result.title), case_title, plain(snippet)) if p),
            Qt.ItemDataRole.AccessibleTextRole,
        )
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)
        self.count_label.clear()
        self.more_button.hide()

    def _on_changed(self, _kind: str) -> None:
        if self.text.strip() and self.isVisible():
            self.search(self.text)

    # moving and opening -----------------------------------------------------------------
    def current_result(self) -> SearchResult | None:
        result = self.view.currentIndex().data(RESULT_ROLE)
        return result if isinstance(result, SearchResult) else None

    def step_selection(self, delta: int, *, from_row: int | None = None) -> None:
        """Select the next (or previous) result, skipping group headers."""
        rows = self.model.rowCount()
        row = self.view.currentIndex().row() if from_row is None else from_row
        step = 1 if delta > 0 else -1
        for _ in range(abs(delta)):
            candidate = row + step
            while 0 <= candidate < rows and self.model.index(candidate, 0).data(HEADER_ROLE):
                candidate += step
            if not 0 <= candidate < rows:
                break
            row = candidate
        if 0 <= row < rows and not self.model.index(row, 0).data(HEADER_ROLE):
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        if row == 1 and step < 0:
            self.view.scrollToTop()  # show the first group's header too

    def open_current(self) -> None:
        """Enter: open the selected result (the first one if none is selected)."""
        if self.timer.isActive():
            self.run_search()
        result = self.current_result()
        if result is None and self.results:
            result = self.results[0]
        target = target_of(result) if result else None
        if target is not None:
            self._host.open_item(*target)

    def _open_index(self, index: QModelIndex) -> None:
        if isinstance(index.data(RESULT_ROLE), SearchResult):
            self.view.setCurrentIndex(index)
            self.open_current()

    def attach_search_box(self, box: QLineEdit) -> None:
        """Let Up/Down/PageUp/PageDown typed in the search box move through the results."""
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if key in NAVIGATION_KEYS and self.results:
                page = max(self.view.viewport().height() // 48, 1)
                steps = {
                    Qt.Key.Key_Up: -1,
                    Qt.Key.Key_Down: 1,
                    Qt.Key.Key_PageUp: -page,
                    Qt.Key.Key_PageDown: page,
                }
                self.step_selection(steps[key])
                return True
            if watched is self.view and key in {Qt.Key.Key_Return, Qt.Key.Key_Enter}:
                self.open_current()
                return True
        return super().eventFilter(watched, event)
