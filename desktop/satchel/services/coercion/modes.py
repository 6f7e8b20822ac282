"""The duress modes by name and the failed-unlock limits, apart from their services so that
building the command line's parser imports no service."""

from __future__ import annotations

from satchel.vault.format2.unlocked import DURESS_MODES

MODES = tuple(DURESS_MODES)
FAILED_UNLOCK_LIMITS = (5, 10, 20)  # wrong secrets in a row that erase the vault
