"""What an unlock repaired or changed, for the command line and the window (which may not
import the vault layer themselves)."""

from __future__ import annotations

from satchel.vault.notices import VaultNotice

__all__ = ["VaultNotice"]
