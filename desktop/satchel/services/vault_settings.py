"""Settings that belong to one vault, kept inside it (encrypted) in the vault_settings table.

Each setting is one row: its name and its value as JSON. A missing or unreadable value
falls back to its default, so an older vault opens with today's defaults.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select

from satchel.services import activity
from satchel.services.session import VaultSession
from satchel.store.models import VaultSetting
from satchel.vault.errors import InvalidInputError

AUTO_LOCK_RANGE = (1, 240)  # minutes; None means never
CLIPBOARD_RANGE = (5, 300)  # seconds
REVEAL_RANGE = (5, 300)  # seconds


class InvalidSettingError(InvalidInputError):
    """A setting outside its range; `field` names the VaultSettings attribute."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class VaultSettings:
    auto_lock_minutes: int | None = 5  # lock after this long without input; None: never
    clipboard_seconds: int = 10  # clear a copied identity value after this long
    reveal_seconds: int = 30  # mask a revealed identity field again after this long


_LABELS = {
    "auto_lock_minutes": ("auto-lock time", "minutes"),
    "clipboard_seconds": ("clipboard clearing time", "seconds"),
    "reveal_seconds": ("reveal time", "seconds"),
}
_RANGES = {
    "auto_lock_minutes": AUTO_LOCK_RANGE,
    "clipboard_seconds": CLIPBOARD_RANGE,
    "reveal_seconds": REVEAL_RANGE,
}


def _check(name: str, value: Any) -> None:
    low, high = _RANGES[name]
    label, unit = _LABELS[name]
    if name == "auto_lock_minutes" and value is None:
        return
    never = ", or never" if name == "auto_lock_minutes" else ""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidSettingError(
            name,
            f"The {label} must be a whole number from {low} to {high} {unit}{never} "
            f"(got {value!r}).",
        )


def validate(settings: VaultSettings) -> VaultSettings:
    """The settings themselves, or InvalidSettingError naming the first bad field."""
    for field in fields(VaultSettings):
        _check(field.name, getattr(settings, field.name))
    return settings


def _parse(stored: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, text in stored.items():
        if name not in _RANGES:
            continue
        try:
            value = json.loads(text)
            _check(name, value)
        except (ValueError, InvalidInputError):
            continue  # unreadable or out of range: the default stands
        values[name] = value
    return values


def load_settings(vs: VaultSession) -> VaultSettings:
    with vs.reading() as session:
        rows = session.scalars(select(VaultSetting).where(VaultSetting.key.in_(_RANGES)))
        stored = {row.key: row.value for row in rows}
    return VaultSettings(**_parse(stored))


def save_settings(vs: VaultSession, settings: VaultSettings) -> None:
    """Validate and store every setting; the activity log names the ones that changed."""
    validate(settings)
    with vs.transaction() as session:
        rows = {
            row.key: row
            for row in session.scalars(select(VaultSetting).where(VaultSetting.key.in_(_RANGES)))
        }
        before = VaultSettings(**_parse({key: row.value for key, row in rows.items()}))
        changed = []
        for name in _RANGES:
            new = getattr(settings, name)
            text = json.dumps(new)
            row = rows.get(name)
            if row is None:
                session.add(VaultSetting(key=name, value=text))
            elif row.value != text:
                row.value = text
            if new != getattr(before, name):
                changed.append(_LABELS[name][0])
        if changed:
            activity.record(session, "changed", "settings", None, ", ".join(changed))
