"""Settings that belong to one vault, kept inside it (encrypted) in the vault_settings table.

Each setting is one row: its name and its value as JSON. A missing or unreadable value
falls back to its default, so an older vault opens with today's defaults.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from sqlalchemy import select

from satchel.errors import InvalidInputError
from satchel.services.backups.copying import FOLDER_SETTING
from satchel.services.core import activity
from satchel.services.core.session import VaultSession
from satchel.store.models import VaultSetting

AUTO_LOCK_RANGE = (1, 240)  # minutes; None means never
CLIPBOARD_RANGE = (5, 300)  # seconds
REVEAL_RANGE = (5, 300)  # seconds


class InvalidSettingError(InvalidInputError):
    """A setting outside its range; `field` names the VaultSettings attribute.

    `problem` and the params say the same for the window: "out_of_range" (`low`, `high`,
    `unit`, `value`), "not_full_path" (`value`), "not_on_off".
    """

    code = "invalid_setting"

    def __init__(self, field: str, message: str, problem: str = "", **params: object) -> None:
        super().__init__(message, problem=problem, field=field, **params)
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
            "out_of_range",
            low=low,
            high=high,
            unit=unit,
            value=value,
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


@dataclass(frozen=True)
class BackupSettings:
    """Kept apart from VaultSettings: the settings dialog saves those from its own fields,
    and must not reset a backup folder it does not show.
    """

    folder: str | None = None  # None: beside the vault, in its `backups` subfolder
    automatic: bool = True  # back up on lock and on quit when something changed


_BACKUP_KEYS = {"folder": FOLDER_SETTING, "automatic": "auto_backup"}
_BACKUP_LABELS = {"folder": "backup folder", "automatic": "automatic backups"}


def _backup_value(name: str, value: Any) -> bool:
    if name == "folder":
        return value is None or (isinstance(value, str) and 0 < len(value) <= 4096)
    return isinstance(value, bool)


def load_backup_settings(vs: VaultSession) -> BackupSettings:
    with vs.reading() as session:
        rows = session.scalars(
            select(VaultSetting).where(VaultSetting.key.in_(_BACKUP_KEYS.values()))
        )
        stored = {row.key: row.value for row in rows}
    values: dict[str, Any] = {}
    for name, key in _BACKUP_KEYS.items():
        if key not in stored:
            continue
        try:
            value = json.loads(stored[key])
        except ValueError:
            continue  # unreadable: the default stands
        if _backup_value(name, value):
            values[name] = value
    return BackupSettings(**values)


def save_backup_settings(vs: VaultSession, settings: BackupSettings) -> None:
    """Store both backup settings; a folder must be an absolute path (or None)."""
    folder = settings.folder
    if folder is not None and (
        not _backup_value("folder", folder) or not Path(folder).is_absolute()
    ):
        raise InvalidSettingError(
            "folder",
            f"The backup folder must be a full path (got {folder!r}).",
            "not_full_path",
            value=folder,
        )
    if not isinstance(settings.automatic, bool):
        raise InvalidSettingError("automatic", "Automatic backups must be on or off.", "not_on_off")
    before = load_backup_settings(vs)
    with vs.transaction() as session:
        changed = []
        for name, key in _BACKUP_KEYS.items():
            text = json.dumps(getattr(settings, name))
            row = session.get(VaultSetting, key)
            if row is None:
                session.add(VaultSetting(key=key, value=text))
            elif row.value != text:
                row.value = text
            if getattr(settings, name) != getattr(before, name):
                changed.append(_BACKUP_LABELS[name])
        if changed:
            activity.record(session, "changed", "settings", None, ", ".join(changed))
