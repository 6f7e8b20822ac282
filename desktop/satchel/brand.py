"""The name, icon and folder names Satchel shows: its own, or a neutral one (camouflage).

The installed brand is fixed by the package (`make package BRAND=notes` bundles that brand's
`installed.env`; a source checkout is Satchel). It decides where the settings file and the
default vault live, so the app finds its settings before it knows what they say. The
camouflage setting then switches what the window shows to the neutral brand. The values
below are packaging/brand/{satchel,notes}.env's; a test keeps them the same.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from satchel.resources import resource_dir

INSTALLED_FILE = "installed.env"
_LINE = re.compile(r"^(BRAND_[A-Z_]+)=(.*)$")


@dataclass(frozen=True)
class Brand:
    name: str  # shown in the window, its title, the task bar and WM_CLASS
    package: str  # the command, process and folder names (settings, data)
    app_id: str  # the desktop entry and icon name (Wayland's app id)
    icon: str  # the SVG file in the brand folder
    env_prefix: str  # of its environment variables (SATCHEL_DEBUG, NOTES_DEBUG)

    @property
    def neutral(self) -> bool:
        return self != SATCHEL


SATCHEL = Brand("Satchel", "satchel", "org.satchel.Satchel", "satchel.svg", "SATCHEL")
NEUTRAL = Brand("Notes", "pocket-notes", "org.pocketnotes.Notes", "notes.svg", "NOTES")


def brand_folder() -> Path:
    """The brand files: inside a bundle, or packaging/brand in a source checkout."""
    if getattr(sys, "_MEIPASS", None):
        return resource_dir() / "brand"
    return resource_dir().parent / "packaging" / "brand"


def read_brand(path: Path) -> Brand:
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _LINE.match(line.strip()):
            values[match.group(1)] = match.group(2)
    return Brand(
        values["BRAND_NAME"],
        values["BRAND_PACKAGE"],
        values["BRAND_APP_ID"],
        values["BRAND_ICON"],
        values["BRAND_ENV_PREFIX"],
    )


@functools.cache
def installed_brand(folder: Path | None = None) -> Brand:
    """The package's brand; Satchel when the bundle carries none (a source checkout).
    Read once: every sentence of the window asks for the name."""
    path = (folder or brand_folder()) / INSTALLED_FILE
    try:
        return read_brand(path)
    except (OSError, KeyError, UnicodeDecodeError):
        return SATCHEL


def shown_brand(installed: Brand, camouflage: bool) -> Brand:
    """What the window shows: the installed brand, or the neutral one when asked."""
    return NEUTRAL if camouflage and not installed.neutral else installed


def icon_path(brand: Brand, folder: Path | None = None) -> Path:
    return (folder or brand_folder()) / brand.icon


def settings_names(brand: Brand) -> tuple[str, str]:
    """QSettings' organisation and application: ~/.config/Satchel/Satchel.conf as always
    for Satchel; a neutral package's own folder otherwise."""
    return ("Satchel", "Satchel") if brand == SATCHEL else (brand.package, "settings")


def data_folder_name(brand: Brand) -> str:
    """The folder under the user's data folder that holds the default vault."""
    return "Satchel" if brand == SATCHEL else brand.package


def vault_folder_name(brand: Brand) -> str:
    """The default vault's own folder, and a new one made inside a folder the user chose."""
    return "vault" if brand == SATCHEL else "notes"


def environment(name: str) -> str:
    """`<PREFIX>_<name>` of the installed brand (what its manual page names), else
    SATCHEL_<name>, which every build reads; "" when neither is set."""
    for prefix in (installed_brand().env_prefix, SATCHEL.env_prefix):
        value = os.environ.get(f"{prefix}_{name}", "")
        if value:
            return value
    return ""
