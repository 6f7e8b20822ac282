"""Every text of the window goes through a translation call lupdate can read.

lupdate reads literal texts in `self.tr("...")` and `QCoreApplication.translate("Context",
"...")` only. A wrapper (`_tr(text)`), an alias (`tr = QCoreApplication.translate`) or a
variable (`self.tr(FILTER)`) compiles and runs, but its text never reaches the catalogues
and stays English in every language; a literal handed straight to setText stays English too.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "desktop" / "satchel" / "ui"
SHOWN_BY = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "addAction", "addMenu",
    "addItem", "addTab", "setTitle", "setLabelText", "setHorizontalHeaderLabels",
    "information", "warning", "critical", "question", "setSuffix", "setPrefix",
    "setSpecialValueText", "setTabText", "showMessage", "setInformativeText",
    "setDetailedText", "addRow", "setCancelButtonText", "setItemText", "setNameFilter",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QAction", "QGroupBox",
    "QToolButton", "QMenu", "QMessageBox", "QStandardItem", "QTableWidgetItem",
    "QListWidgetItem",
}  # fmt: skip
NOT_WORDS = {"Satchel"}  # the name, in every language


def _calls() -> Iterator[tuple[Path, ast.Call | ast.Assign]]:
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call | ast.Assign):
                yield path, node


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_translation_calls_have_literal_texts() -> None:
    hidden = []
    for path, node in _calls():
        where = f"{path.relative_to(UI)}:{node.lineno}"
        if isinstance(node, ast.Assign):
            value = node.value
            if isinstance(value, ast.Attribute) and value.attr in {"translate", "tr"}:
                hidden.append(f"{where} alias: {ast.unparse(node)}")
            continue
        func = node.func
        if not isinstance(func, ast.Attribute) or not isinstance(func.value, ast.Name):
            continue
        owner, name = func.value.id, func.attr
        literal = [_literal(arg) for arg in node.args]
        if name == "translate" and owner in {"QCoreApplication", "QApplication"}:
            readable = len(literal) >= 2 and all(literal[:2])
        elif name == "tr" and owner == "self":
            readable = bool(literal) and literal[0]
        else:
            continue
        if not readable:
            hidden.append(f"{where}: {ast.unparse(node)[:100]}")
    assert not hidden, "lupdate cannot read these texts:\n" + "\n".join(hidden)


def test_no_literal_text_is_shown_untranslated() -> None:
    english = []
    for path, node in _calls():
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = getattr(func, "attr", getattr(func, "id", ""))
        if name not in SHOWN_BY:
            continue
        for arg in [*node.args, *(keyword.value for keyword in node.keywords)]:
            text = arg.value if _literal(arg) else None  # type: ignore[attr-defined]
            if isinstance(arg, ast.JoinedStr):
                text = "".join(part.value for part in arg.values if isinstance(part, ast.Constant))
            words = re.sub(r"<[^>]*>", "", text) if isinstance(text, str) else ""
            if re.search(r"[A-Za-z]{2}", words) and text not in NOT_WORDS:
                english.append(f"{path.relative_to(UI)}:{node.lineno}: {name}({text!r})")
    assert not english, "Shown without translation:\n" + "\n".join(english)
