"""The duress modes by name, apart from the duress service so that building the command
line's parser imports no service."""

from __future__ import annotations

from satchel.vault.format2.unlocked import DURESS_MODES

MODES = tuple(DURESS_MODES)
