"""Where a vault lives by default: the user's data folder (platformdirs), named after the
brand the window shows, so under camouflage the folder's name is neutral too."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from satchel.brand import SATCHEL, Brand, data_folder_name, vault_folder_name
from satchel.ui.camouflage.app_brand import current_brand


def default_vault_folder(brand: Brand | None = None) -> Path:
    brand = brand or current_brand()
    return user_data_path(data_folder_name(brand), appauthor=False) / vault_folder_name(brand)


def earlier_default_folder() -> Path | None:
    """Satchel's own default, when the window shows another brand: where a vault made
    before camouflage was turned on still is (it is opened from there, not moved)."""
    if current_brand() == SATCHEL:
        return None
    return default_vault_folder(SATCHEL)


def new_folder_name() -> str:
    """The folder made for a new vault inside a chosen folder that holds files."""
    brand = current_brand()
    return "Satchel vault" if brand == SATCHEL else brand.name
