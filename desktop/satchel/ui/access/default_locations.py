"""Where a vault lives by default: the user's data folder (platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path


def default_vault_folder() -> Path:
    return user_data_path("Satchel", appauthor=False) / "vault"
