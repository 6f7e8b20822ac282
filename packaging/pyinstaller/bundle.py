"""What goes into Satchel's PyInstaller bundle, shared by the Linux, Windows and macOS specs.

A spec file is plain Python run by PyInstaller; each platform's spec imports this module for
the parts that must not drift apart: the entry script, Satchel's data files, the modules
PyInstaller cannot see, and the trimming of Qt down to what Satchel loads.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

ROOT = Path(__file__).resolve().parents[2]
ENTRY_SCRIPT = ROOT / "desktop" / "satchel" / "__main__.py"

# Languages Satchel ships (besides English): Qt's own catalogues for these are kept.
LANGUAGES = ("ru", "uk", "de")

# Qt modules Satchel imports (QtCore, QtGui, QtWidgets, QtSvg, QtDBus) pull in nothing else;
# these are left out in case a library tries to import them by name.
EXCLUDED_MODULES = [
    "tkinter",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
]

# Qt plugin folders (under PySide6/Qt/plugins) and the plugins kept in each; every other
# plugin, and every folder not named, is dropped from the bundle.
KEPT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    # xcb for X11, wayland for Wayland sessions, offscreen for --screenshot and tests;
    # windows/cocoa on the other platforms.
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"),
    # Native file dialogs through the desktop portal (D-Bus only; GTK's theme would pull in
    # GTK 3).
    "platformthemes": ("qxdgdesktopportal",),
    # Dead keys and input methods: compose is needed for accented Latin, ibus for many users.
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    # Attachments are JPEG, PNG (built in), WebP and GIF; icons are SVG.
    "imageformats": ("qjpeg", "qwebp", "qgif", "qsvg"),
    "iconengines": ("qsvgicon",),
    "xcbglintegrations": ("qxcb-egl-integration", "qxcb-glx-integration"),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("bradient",),
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl", "shm-emulation-server"),
    "styles": None,  # whatever the platform provides (qmodernwindowsstyle, qmacstyle)
}


# Libraries the Linux bundle takes from the system instead of carrying its own copy: the C and
# C++ runtimes (a GPU driver loaded at run time needs the system's), and the display stack
# the Qt platform plugins talk to, whose configuration and data (fonts, keymaps, D-Bus)
# belong to the running desktop. The .deb depends on them (found by dpkg-shlibdeps); their
# own dependencies (systemd, libpng, brotli ...) then drop out of the bundle as well.
LINUX_SYSTEM_LIBRARIES = (
    r"libstdc\+\+\.so\..*",
    r"libgcc_s\.so\..*",
    r"libX11(-xcb)?\.so\..*",
    r"libXau\.so\..*",
    r"libXdmcp\.so\..*",
    r"libxcb(-[a-z0-9-]+)?\.so\..*",
    r"libxkbcommon(-x11)?\.so\..*",
    r"libwayland-[a-z]+\.so\..*",
    r"libfontconfig\.so\..*",
    r"libfreetype\.so\..*",
    r"libdbus-1\.so\..*",
    r"lib(GL|EGL|GLX|OpenGL|GLdispatch)\.so\..*",
)


def leave_to_system(patterns: Iterable[str]) -> None:
    """Keep libraries matching `patterns` out of the bundle, and what only they would need.

    PyInstaller's list of libraries it never bundles (libc, libGL ...) is extended before
    the analysis, so their dependencies are never followed into the bundle.
    """
    from PyInstaller.depend import dylib  # noqa: PLC0415

    dylib.exclude_list = dylib.MatchList(set(dylib._excludes) | set(patterns))


_SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")


def _needed(path: str) -> list[str]:
    """The sonames an ELF file links to (its DT_NEEDED entries), read with objdump."""
    objdump = shutil.which("objdump") or "objdump"
    # The path is one PyInstaller collected; objdump only reads it.
    dump = subprocess.run(  # noqa: S603
        [objdump, "-p", path], capture_output=True, text=True, check=False
    ).stdout
    return [line.split()[1] for line in dump.splitlines() if line.split()[:1] == ["NEEDED"]]


def drop_orphaned_system_libraries(
    binaries: Iterable[tuple[str, str, str]],
) -> list[tuple[str, str, str]]:
    """The binaries without system libraries that nothing left in the bundle links to.

    PyInstaller follows `ldd`, which lists a library's dependencies all the way down, so a
    library left to the system (libdbus) still brings in what only it needs (libsystemd,
    libgcrypt ...). Walking the direct links from everything Satchel loads finds those.
    """
    entries = list(binaries)
    if shutil.which("objdump") is None:
        return entries

    def from_system(src: str) -> bool:
        return (
            src.startswith(_SYSTEM_DIRS)
            and "/python3" not in src
            and not Path(src).name.startswith("libpython")
        )

    by_name = {Path(dest).name: src for dest, src, _kind in entries}
    wanted = [src for _dest, src, _kind in entries if not from_system(src)]
    reached: set[str] = set()
    while wanted:
        src = wanted.pop()
        if src in reached:
            continue
        reached.add(src)
        wanted += [by_name[name] for name in _needed(src) if name in by_name]
    return [entry for entry in entries if entry[1] in reached]


BRAND_KEYS = ("BRAND_NAME=", "BRAND_PACKAGE=", "BRAND_APP_ID=", "BRAND_ICON=", "BRAND_ENV_PREFIX=")


def brand_datas() -> list[tuple[str, str]]:
    """The build's brand as `installed.env` (`satchel.brand` reads it: name, settings folder,
    window icon) with only the keys the app needs, its icon, and the neutral icon the
    camouflage setting shows. SATCHEL_BRAND (build.sh passes BRAND) picks it."""
    brand = os.environ.get("SATCHEL_BRAND", "satchel")
    folder = ROOT / "packaging" / "brand"
    lines = [
        line
        for line in (folder / f"{brand}.env").read_text(encoding="utf-8").splitlines()
        if line.startswith(BRAND_KEYS)
    ]
    staged = ROOT / "build" / "brand" / brand
    staged.mkdir(parents=True, exist_ok=True)
    (staged / "installed.env").write_text("\n".join(lines) + "\n", encoding="utf-8")
    icons = {line.split("=", 1)[1] for line in lines if line.startswith("BRAND_ICON=")}
    icons.add("notes.svg")
    datas = [(str(staged / "installed.env"), "resources/brand")]
    datas += [(str(folder / icon), "resources/brand") for icon in sorted(icons)]
    return datas


def satchel_datas() -> list[tuple[str, str]]:
    """Satchel's own data files, where `satchel.resources.resource_dir()` looks for them."""
    datas = [
        (str(ROOT / "resources" / "checklists"), "resources/checklists"),
        (str(ROOT / "resources" / "icons"), "resources/icons"),
        (str(ROOT / "resources" / "styles"), "resources/styles"),
    ]
    # Compiled catalogues appear at setup time once translations exist; picked up when present.
    datas += [
        (str(path), "resources/translations")
        for path in sorted((ROOT / "resources" / "translations").glob("*.qm"))
    ]
    # Alembic reads its revision scripts as files, next to satchel/store/migrate.py.
    migrations = ROOT / "desktop" / "satchel" / "store" / "migrations"
    for path in sorted(migrations.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".mako"} and "__pycache__" not in path.parts:
            target = Path("satchel/store/migrations") / path.relative_to(migrations).parent
            datas.append((str(path), target.as_posix()))
    datas += brand_datas()
    # `satchel --version` reads the version from the installed package's metadata.
    datas += copy_metadata("satchel")
    datas += collect_data_files("mnemonic")
    return datas


def hidden_imports() -> list[str]:
    """Modules PyInstaller cannot find by following import statements.

    Alembic's revision files import by name and are not scanned. Satchel imports its command
    handlers and its Vault-menu dialogs by name, on first use, to start faster: every module
    of the package goes in, so a module added later cannot be left out of the bundle.
    """
    from PyInstaller.utils.hooks import collect_submodules  # noqa: PLC0415

    return [
        "alembic",
        "alembic.op",
        "sqlalchemy.dialects.sqlite",
        *collect_submodules("satchel"),
    ]


def _plugin_kept(dest: str) -> bool:
    parts = Path(dest).parts
    if "plugins" not in parts:
        return True
    rest = parts[parts.index("plugins") + 1 :]
    if len(rest) < 2:
        return True
    folder, name = rest[0], rest[-1]
    if folder not in KEPT_PLUGINS:
        return False
    kept = KEPT_PLUGINS[folder]
    if kept is None:
        return True
    stem = re.sub(r"^lib", "", name.split(".")[0])
    return stem in kept


_TRANSLATION = re.compile(r"^(?P<catalogue>[a-z_]+?)_(?P<lang>[a-z]{2})(_[A-Z]{2})?\.qm$")


def _translation_kept(dest: str) -> bool:
    path = Path(dest)
    if path.suffix != ".qm" or "translations" not in path.parts:
        return True
    if path.parts[0] == "resources":
        return True  # Satchel's own catalogues
    match = _TRANSLATION.match(path.name)
    return bool(match) and match["catalogue"] == "qtbase" and match["lang"] in LANGUAGES


def restrict_qt_plugins() -> None:
    """Make PyInstaller's Qt hooks collect only the plugins in KEPT_PLUGINS.

    Dropping plugins after the analysis is not enough: by then PyInstaller has collected the
    system libraries they link to (GTK 3 for the GTK theme, OpenSSL for TLS, Kerberos for
    PostgreSQL). Filtering at collection keeps those libraries out of the bundle entirely.
    """
    from PyInstaller.utils.hooks import qt  # noqa: PLC0415

    original = qt.QtLibraryInfo.collect_plugins
    if getattr(original, "satchel_restricted", False):
        return

    def collect_plugins(self: object, plugin_type: str) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = original(self, plugin_type)
        return [(src, dst) for src, dst in found if _plugin_kept(f"{dst}/{Path(src).name}")]

    collect_plugins.satchel_restricted = True  # type: ignore[attr-defined]
    qt.QtLibraryInfo.collect_plugins = collect_plugins  # type: ignore[method-assign]


def trim(toc: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The table of contents without the Qt plugins and catalogues Satchel never loads."""
    return [entry for entry in toc if _plugin_kept(entry[0]) and _translation_kept(entry[0])]
