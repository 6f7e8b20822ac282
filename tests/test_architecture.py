"""The layers hold: imports point down only, and Qt lives under `satchel/ui` alone.

vault <- store <- services <- ui | cli, with `errors`, `work` and the other modules at the
package's top shared by all. The checker walks every import statement with `ast` (lazy
ones inside functions too) and names the file and the import that breaks a rule, so a
failure says what to move. docs/ARCHITECTURE.md explains the rules.
"""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass
from pathlib import Path

import satchel

PACKAGE_ROOT = Path(satchel.__file__).parent
QT = ("PySide6", "shiboken6")
LAYERS = ("vault", "store", "services", "ui", "cli")

# layer -> packages it must not import (as prefixes of the imported module's name)
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "vault": ("satchel.store", "satchel.services", "satchel.ui", "satchel.cli"),
    "store": ("satchel.services", "satchel.ui", "satchel.cli"),
    "services": ("satchel.ui", "satchel.cli"),
    "ui": ("satchel.store", "satchel.vault", "satchel.cli"),
    "cli": ("satchel.store", "satchel.vault", "satchel.ui"),
    # errors, work, event_log …: shared by every layer, so they stand on none of them
    "shared": tuple(f"satchel.{layer}" for layer in LAYERS),
}
# The report command draws its PDF with Qt's painter, offscreen, loaded only when asked.
LAZY_EXCEPTIONS: dict[str, frozenset[str]] = {"cli": frozenset({"satchel.ui.reports.pdf"})}


@dataclass(frozen=True)
class Breach:
    file: str
    line: int
    imported: str
    rule: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: imports {self.imported} ({self.rule})"


def layer_of(module: str) -> str | None:
    """`satchel.ui.cases.editor` -> "ui"; `satchel.errors` -> "shared"; `__main__` -> None."""
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in LAYERS:
        return parts[1]
    if parts[-1] == "__main__":
        return None  # the entry point chooses between the window and a command
    return "shared"


def module_name(root: Path, path: Path) -> str:
    relative = path.relative_to(root.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """Full module names an import statement reaches, relative imports resolved."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        anchor = module.split(".")
        drop = node.level - 1 if is_package else node.level
        anchor = anchor[: len(anchor) - drop] if drop else anchor
        base = ".".join([*anchor, base]) if base else ".".join(anchor)
    # `from satchel import ui` imports satchel.ui; `from satchel.ui import x` imports at least
    # satchel.ui, and satchel.ui.x when x is a module: checking both is right for prefixes.
    return [base, *(f"{base}.{alias.name}" for alias in node.names)]


def _imports_with_laziness(tree: ast.Module) -> list[tuple[ast.Import | ast.ImportFrom, bool]]:
    found: list[tuple[ast.Import | ast.ImportFrom, bool]] = []

    def visit(node: ast.AST, lazy: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.append((child, lazy))
            inner = lazy or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            visit(child, inner)

    visit(tree, False)
    return found


def _matches(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def check_tree(root: Path) -> list[Breach]:
    """Every import under `root` (a package named `satchel`) that breaks a layer rule."""
    breaches: list[Breach] = []
    for path in sorted(root.rglob("*.py")):
        module = module_name(root, path)
        layer = layer_of(module)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        shown = str(path.relative_to(root.parent))
        for node, lazy in _imports_with_laziness(tree):
            names = imported_names(node, module, path.name == "__init__.py")
            found = _breach(layer, names, lazy)
            if found is not None:
                breaches.append(Breach(shown, node.lineno, *found))
    return breaches


def _breach(layer: str | None, names: list[str], lazy: bool) -> tuple[str, str] | None:
    """(the imported module, the rule it breaks), or None."""
    if layer is None:
        return None
    qt = [n for n in names if any(_matches(n, q) for q in QT)]
    if layer != "ui" and qt:
        return qt[-1], "Qt only under satchel/ui"
    allowed = LAZY_EXCEPTIONS.get(layer, frozenset()) if lazy else frozenset()
    for prefix in FORBIDDEN[layer]:
        hits = [n for n in names if _matches(n, prefix)]
        if hits and not any(_matches(n, a) for n in hits for a in allowed):
            target = prefix.split(".", 1)[1]
            return hits[-1], f"{layer} must not import {target}"
    return None


def test_the_layers_hold() -> None:
    breaches = check_tree(PACKAGE_ROOT)
    assert not breaches, "Imports against the layers (docs/ARCHITECTURE.md):\n" + "\n".join(
        map(str, breaches)
    )


def _plant(root: Path, files: dict[str, str]) -> Path:
    package = root / "satchel"
    for name, source in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for parent in [path.parent, *path.parent.parents]:
            if parent == root:
                break
            (parent / "__init__.py").touch()
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return package


def test_a_planted_breach_of_each_rule_is_named(tmp_path: Path) -> None:
    package = _plant(
        tmp_path,
        {
            "services/notes.py": "from PySide6.QtCore import QObject\n",
            "store/models.py": "import satchel.services.notes\n",
            "vault/keys.py": "from satchel.store import models\n",
            "services/cases.py": "from satchel.ui.cases import editor\n",
            "ui/cases/editor.py": "from satchel.store.models import Case\n",
            "ui/cases/list.py": "from ...vault import keys\n",
            "cli/commands.py": "from satchel.ui.app import run_app\n",
            "cli/report.py": "from satchel.ui.reports import pdf\n",
            "errors.py": "from satchel.services import cases\n",
        },
    )
    found = {(b.file, b.line, b.rule) for b in check_tree(package)}
    assert found == {
        ("satchel/services/notes.py", 1, "Qt only under satchel/ui"),
        ("satchel/store/models.py", 1, "store must not import services"),
        ("satchel/vault/keys.py", 1, "vault must not import store"),
        ("satchel/services/cases.py", 1, "services must not import ui"),
        ("satchel/ui/cases/editor.py", 1, "ui must not import store"),
        ("satchel/ui/cases/list.py", 1, "ui must not import vault"),
        ("satchel/cli/commands.py", 1, "cli must not import ui"),
        ("satchel/cli/report.py", 1, "cli must not import ui"),  # not lazy: still a breach
        ("satchel/errors.py", 1, "shared must not import services"),
    }
    message = str(next(b for b in check_tree(package) if b.file.endswith("list.py")))
    assert message == (
        "satchel/ui/cases/list.py:1: imports satchel.vault.keys (ui must not import vault)"
    )


def test_the_allowed_edges_pass(tmp_path: Path) -> None:
    package = _plant(
        tmp_path,
        {
            "cli/report.py": """\
                from satchel.services import cases
                from satchel.errors import VaultError

                def draw() -> None:
                    from satchel.ui.reports.pdf import write
                """,
            "ui/cases/editor.py": "from PySide6 import QtWidgets\nfrom satchel import work\n",
            "services/cases.py": "from satchel.store import models\nfrom ..work import Progress\n",
            "store/models.py": "from satchel.vault import keys\n",
            "__main__.py": "from satchel.ui.app import run_app\nfrom satchel.cli import main\n",
        },
    )
    assert check_tree(package) == []


# A module does one job and a folder is one room: past these, split by job (STYLE.md).
MAX_MODULE_LINES = 400
MAX_FOLDER_MODULES = 15


def oversized(root: Path) -> list[str]:
    """Modules over MAX_MODULE_LINES lines and folders over MAX_FOLDER_MODULES modules
    (`__init__.py` not counted), each named with its size."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            found.append(f"{path.relative_to(root.parent)}: {lines} lines")
    for folder in sorted({p.parent for p in root.rglob("*.py")}):
        modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
        if len(modules) > MAX_FOLDER_MODULES:
            found.append(f"{folder.relative_to(root.parent)}/: {len(modules)} modules")
    return found


def test_no_module_or_folder_outgrows_its_room() -> None:
    found = oversized(PACKAGE_ROOT)
    assert not found, (
        f"Split by job: modules over {MAX_MODULE_LINES} lines, folders over "
        f"{MAX_FOLDER_MODULES} modules (docs/ARCHITECTURE.md):\n" + "\n".join(found)
    )


def test_an_oversized_module_and_folder_are_named(tmp_path: Path) -> None:
    package = _plant(
        tmp_path,
        {
            "store/models.py": "x = 1\n" * (MAX_MODULE_LINES + 1),
            "store/small.py": "x = 1\n" * MAX_MODULE_LINES,
            **{f"cli/command_{n}.py": "" for n in range(MAX_FOLDER_MODULES + 1)},
            **{f"vault/part_{n}.py": "" for n in range(MAX_FOLDER_MODULES)},
        },
    )
    assert oversized(package) == [
        f"satchel/store/models.py: {MAX_MODULE_LINES + 1} lines",
        f"satchel/cli/: {MAX_FOLDER_MODULES + 1} modules",
    ]
