"""Walk every screen and dialog of the window and collect what a user reads and reaches.

The same small vault is built for every language, so a widget has the same path in every
walk: the English walk says what each text is in the source language, and a walk in
another language shows which texts stayed English. Text the user typed (cases, people,
notes) carries DATA_MARK and is never counted as untranslated.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEventLoop, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QStyle,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)
from tests.factories import make_vault

from satchel.resources import resource_dir
from satchel.services.checklists.case_checklists import add_checklist, get_checklist, set_item
from satchel.services.core.session import VaultSession
from satchel.services.notebook.cases import create_case
from satchel.services.notebook.notes import create_note, list_notes
from satchel.services.notebook.people import create_person
from satchel.services.templates.shipped import LANGUAGES
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow

DATA_MARK = "Ω"
CHECKLIST = "digital-safety"
VAULT_NAME = f"{DATA_MARK} vault"
# Names and marks that stay as they are in every language (see GLOSSARY.md).
PROPER = {
    "Satchel", "PDF", "age", "CSV", "vCard", "Markdown", "Obsidian", "Joplin", "Google",
    "Outlook", "Thunderbird", "KeePassXC", "English", "Русский", "Українська", "Deutsch",
    "Ctrl", "Shift", "Alt", "Esc", "Tab", "Return", "Enter", "PgUp", "PgDown", "F1", "F6",
    "Del", "Backspace", "YYYY", "MM", "DD", "age1", "png", "jpg", "jpeg", "pdf", "txt", "vcf",
    "csv", "md", "zip", "gif", "webp", "OK",
}  # fmt: skip
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Shown:
    screen: str
    path: str
    kind: str  # text, tooltip, name, description, placeholder, title, item, header
    text: str


@dataclass(frozen=True)
class Clipped:
    screen: str
    path: str
    text: str
    needed: int
    has: int


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def checklist_texts() -> set[str]:
    """The shipped templates' own texts: content in four languages, not the window's."""
    texts: set[str] = set()
    for path in (resource_dir() / "checklists").glob("*.toml"):
        with path.open("rb") as file:
            # Titles and help are sentences; single words (ids, categories) are the window's.
            texts.update(text.strip() for text in _strings(tomllib.load(file)) if " " in text)
    return texts


def is_untranslatable(text: str) -> bool:
    """User data, numbers, dates' digits, proper names and key names need no translation."""
    if DATA_MARK in text:
        return True
    plain = text.replace("&", "")
    return all(word in PROPER or len(word) == 1 for word in _WORDS.findall(plain))


def settle(rounds: int = 3) -> None:
    for _ in range(rounds):
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()


def settle_until(done: Callable[[], bool], rounds: int = 50) -> None:
    """Settle until `done` (the editor opens once a moved selection rests), at most ~1 s."""
    for _ in range(rounds):
        settle(1)
        if done():
            break
    settle()


# the vault --------------------------------------------------------------------------------
def populated_vault(folder: Path, language: str) -> VaultSession:
    session, _phrase = make_vault(folder)
    case_id = create_case(
        session,
        title=f"{DATA_MARK} Marta K.",
        tags=[f"{DATA_MARK}tag"],
        summary=f"{DATA_MARK} summary",
        next_action=f"{DATA_MARK} call",
        due_date="2031-03-31",
    )
    create_person(
        session,
        pseudonym=f"{DATA_MARK} Marta",
        identity={"legal_name": f"{DATA_MARK} Legal", "phone": "+7 700 000 00 00"},
        case_id=case_id,
        role_in_case=f"{DATA_MARK} client",
    )
    create_note(session, title=f"{DATA_MARK} Visit", body=f"{DATA_MARK} text", case_id=case_id)
    checklist = add_checklist(
        session, case_id, CHECKLIST, lang=language if language in LANGUAGES else "en"
    )
    items = get_checklist(session, checklist).items
    today = dt.date.today()
    set_item(session, items[0].id, due_date=today - dt.timedelta(days=10))  # overdue
    set_item(session, items[1].id, due_date=today + dt.timedelta(days=12))  # expires soon
    return session


# what a widget shows ----------------------------------------------------------------------
def widget_path(widget: QWidget, root: QWidget) -> str:
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        name = current.objectName()
        if not name or name.startswith("qt_"):
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            siblings = parent.findChildren(type(current), options=direct) if parent else []
            index = siblings.index(current) if current in siblings else 0
            name = f"{type(current).__name__}[{index}]"
        parts.append(name)
        current = parent
    return "/".join(reversed(parts)) or type(root).__name__


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _model_texts(model: QAbstractItemModel | None, rows: int = 6) -> Iterator[tuple[str, str]]:
    if model is None:
        return
    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model hides its one column
        columns = 1
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str) and header:
            yield f"header[{column}]", header
    for row in range(min(rows, model.rowCount(top))):
        for column in range(columns):
            index = model.index(row, column, top)
            for role, kind in (
                (Qt.ItemDataRole.DisplayRole, "item"),
                (Qt.ItemDataRole.ToolTipRole, "item tooltip"),
                (Qt.ItemDataRole.AccessibleTextRole, "item name"),
            ):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield f"{kind}[{row},{column}]", value


def _own_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    if widget.isWindow() and widget.windowTitle():
        yield "title", widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton) and widget.text():
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox) and widget.title():
        yield "text", widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.placeholderText():
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        for kind, text in (
            ("suffix", getattr(widget, "suffix", lambda: "")()),
            ("prefix", getattr(widget, "prefix", lambda: "")()),
            ("special", widget.specialValueText()),
        ):
            if text.strip():
                yield kind, text.strip()


def _listed_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"item[{index}]", widget.itemText(index)
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield f"tab[{index}]", widget.tabText(index)
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _model_texts(widget.model())
    menu = widget.menu() if isinstance(widget, QToolButton) else None
    for index, action in enumerate(menu.actions() if menu is not None else []):
        if action.text():
            yield f"menu[{index}]", action.text()


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield from _own_texts(widget)
    yield from _listed_texts(widget)
    for kind, text in (
        ("tooltip", widget.toolTip()),
        ("name", widget.accessibleName()),
        ("description", widget.accessibleDescription()),
    ):
        if text:
            yield kind, text


def collect_texts(screen: str, root: QWidget) -> list[Shown]:
    found: list[Shown] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not shown(widget) or isinstance(widget, QMenu):
            continue
        path = widget_path(widget, root)
        for kind, text in texts_of(widget):
            found.append(Shown(screen, path, kind, text))
    return found


# clipping ---------------------------------------------------------------------------------
Clip = tuple[str, int, int]  # the text, the room it needs, the room it has


def _label_clip(label: QLabel) -> Clip | None:
    if not label.text() or not label.pixmap().isNull():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return (label.text(), needed, label.height()) if needed > label.height() + 1 else None
    if label.textFormat() == Qt.TextFormat.RichText or "\n" in label.text():
        return None
    needed = label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))
    room = label.contentsRect().width()
    return (label.text(), needed, room) if needed > room + 1 else None


def _button_clip(button: QAbstractButton) -> Clip | None:
    icon_only = (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    )
    if not button.text() or icon_only:
        return None
    needed = button.sizeHint().width()
    return (button.text(), needed, button.width()) if needed > button.width() + 1 else None


def _tab_clip(bar: QTabBar) -> Clip | None:
    for index in range(bar.count()):
        needed = bar.fontMetrics().horizontalAdvance(bar.tabText(index).replace("&", ""))
        if needed > bar.tabRect(index).width():
            return bar.tabText(index), needed, bar.tabRect(index).width()
    return None


def _header_clip(header: QHeaderView) -> Clip | None:
    """A column header section narrower than its title (Qt would elide it: "Приорите…")."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return None
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        text = model.headerData(column, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text:
            continue
        needed = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            needed = max(needed, header.sectionSizeHint(column))
        if needed > header.sectionSize(column):
            return text, needed, header.sectionSize(column)
    return None


def _clip_of(widget: QWidget) -> Clip | None:
    """When `widget` cuts its own text: what it shows, the room it needs and has."""
    if isinstance(widget, QHeaderView):
        return _header_clip(widget)
    if isinstance(widget, QLabel):
        return _label_clip(widget)
    if isinstance(widget, QAbstractButton):
        return _button_clip(widget)
    if isinstance(widget, QTabBar):
        return _tab_clip(widget)
    if isinstance(widget, QGroupBox) and widget.title():
        needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
        return (widget.title(), needed, widget.width()) if needed > widget.width() else None
    return None


def _too_wide(area: QAbstractScrollArea) -> Clip | None:
    """A page wider than its pane: the user would scroll sideways to see its right edge."""
    bar = area.horizontalScrollBar()
    # Pages and the section list; lists of long template titles may scroll, as content.
    sideways = isinstance(area, QScrollArea) or area.objectName() == "sidebar"
    if sideways and bar.isVisible() and bar.maximum() > 0:
        return (
            "(the page is wider than its pane)",
            area.viewport().width() + bar.maximum(),
            (area.viewport().width()),
        )
    return None


def collect_clipped(screen: str, root: QWidget) -> list[Clipped]:
    found: list[Clipped] = []
    content = checklist_texts()
    for widget in [root, *root.findChildren(QWidget)]:
        if not shown(widget):
            continue
        full_text = getattr(widget, "full_text", None)
        if callable(full_text) and full_text() in content and widget.toolTip() == full_text():
            continue  # a template's long title, shortened on purpose, whole in its tooltip
        clip = (_too_wide(widget) if isinstance(widget, QAbstractScrollArea) else None) or _clip_of(
            widget
        )
        if clip is not None:
            text, needed, has = clip
            found.append(Clipped(screen, widget_path(widget, root), text, needed, has))
    return found


# keyboard and screen reader -------------------------------------------------------------
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
)


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> Iterator[QWidget]:
    """What a user operates: visible, enabled, and not a part of another control."""
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not shown(widget) or not widget.isEnabled():
            continue
        if isinstance(widget, QScrollBar) or _inside(widget, (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, QTabBar | QHeaderView) and _inside(widget, (QAbstractItemView,)):
            if isinstance(widget, QHeaderView):
                yield widget  # named, not focused: its view takes the keys
            continue
        if isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QLineEdit):
            yield widget  # a button Qt draws inside a line edit: clear, show passphrase
            continue
        if isinstance(widget, QAbstractScrollArea) and not isinstance(
            widget, QAbstractItemView | QPlainTextEdit | QTextEdit
        ):
            continue
        yield widget


def is_clear_button(widget: QWidget) -> bool:
    action = widget.defaultAction() if isinstance(widget, QToolButton) else None
    return action is not None and action.objectName() == "_q_qlineeditclearaction"


def needs_tab_focus(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView) or is_clear_button(widget):
        return False  # the view / the line edit takes the keys (Ctrl+A, Del clears it)
    if isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly():
        return widget.textInteractionFlags() != Qt.TextInteractionFlag.NoTextInteraction
    return True


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


NO_ROLES = (QAccessible.Role.NoRole, QAccessible.Role.Client)


def accessible_role(widget: QWidget) -> QAccessible.Role:
    interface = QAccessible.queryAccessibleInterface(widget)
    return QAccessible.Role.NoRole if interface is None else interface.role()


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits from `root`, in order, until it comes back round."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and id(widget) not in seen and widget is not root:
        seen.add(id(widget))
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and shown(widget)
            and widget.isEnabled()
            and widget.window() is root.window()
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


# the screens ------------------------------------------------------------------------------
Screen = tuple[str, QWidget]


def _dialogs() -> list[QWidget]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and widget.isVisible()
    ]


def _close_dialogs() -> None:
    for dialog in _dialogs():
        assert isinstance(dialog, QDialog)
        dialog.reject()
        dialog.close()
    settle(1)


def _with_dialog(name: str, opener: Callable[[], object]) -> Iterator[Screen]:
    before = set(map(id, _dialogs()))
    opener()
    settle()
    for dialog in _dialogs():
        if id(dialog) not in before and not isinstance(dialog, QMessageBox):
            yield name, dialog
    _close_dialogs()


def walk(tmp: Path, settings: AppSettings, language: str) -> Iterator[Screen]:
    """Every page, section, editor and dialog, each shown in turn in a 1280 by 800 window."""
    controller = VaultController()
    window = ShellWindow(controller, settings)
    window.resize(1280, 800)
    window.show()
    try:
        window.show_welcome()
        settle()
        yield "welcome", window
        window.show_create()
        settle()
        yield "create vault", window
        closed = tmp / "closed"
        make_vault(closed)[0].close()
        window.show_unlock(closed)
        settle()
        yield "unlock", window
        page = window.pages.currentWidget()
        yield from _with_dialog("recover", page.recover)
        yield from _with_dialog("settings before unlock", window.show_settings)

        session = populated_vault(tmp / VAULT_NAME, language)
        controller.adopt(session, tmp / VAULT_NAME)
        settle()
        workspace = window.workspace
        assert workspace is not None
        for index, name in enumerate(("cases", "people", "checklists", "due soon", "activity")):
            workspace.show_section(index)
            settle()
            yield name, window
        workspace.show_section(0)
        settle()
        cases_view = workspace.sections[0].findChild(QAbstractItemView, "caseTable")
        cases_view.setCurrentIndex(cases_view.model().index(0, 0))
        settle_until(lambda: workspace.editor_pane.currentWidget() is not workspace._empty_editor)
        yield "case editor", window
        editor = window.workspace.editor_pane.currentWidget() if window.workspace else None
        panel = editor.findChild(QWidget, "checklistPanel")
        rows = getattr(panel, "rows", [])
        if rows:
            yield from _with_dialog("item scans", lambda: panel.open_scans(rows[0].item.id))
        yield from _with_dialog("case report", editor.show_report_dialog)
        yield from _with_dialog("export case", editor.show_export_dialog)
        yield from _with_dialog("link person", editor.people.link_button.click)

        workspace.new_item()  # Ctrl+N: the new-case bar
        settle()
        yield "new case", window
        workspace.close_editor()
        workspace.open_item("note", list_notes(session)[0].id)
        settle()
        yield "note editor", window
        note = workspace.editor_pane.currentWidget()
        yield from _with_dialog("note history", note.show_history)
        workspace.close_editor()
        workspace.show_section(2)
        settle()
        yield from _with_dialog("templates", workspace.sections[2].open_templates)

        workspace.show_section(1)
        settle()
        people_view = workspace.sections[1].findChild(QAbstractItemView, "peopleTable")
        people_view.setCurrentIndex(people_view.model().index(0, 0))
        settle_until(lambda: workspace.editor_pane.currentWidget() is not workspace._empty_editor)
        yield "person editor", window
        person = window.workspace.editor_pane.currentWidget() if window.workspace else None
        identity = person.identity
        identity.set_expanded(True)
        settle()
        yield "person identity", window
        yield from _with_dialog("identity", identity.open_editor)

        workspace.search_box.setText("Marta")
        settle(6)
        yield "search", window
        workspace.search_box.clear()
        settle()

        yield from _with_dialog("settings", window.show_settings)
        yield from _with_dialog("keyboard shortcuts", window.show_shortcuts)
        menu = window.vault_menu.menu()
        assert menu is not None
        for action in menu.actions():
            if action.isSeparator():
                continue
            yield from _with_dialog(f"vault menu: {action.objectName()}", action.trigger)
    finally:
        _close_dialogs()
        controller.lock()
        window.close()
        window.deleteLater()
        settle(1)
