"""Vault settings: kept inside the vault, validated, with defaults for anything missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from tests.conftest import PASSPHRASE

from satchel.services.core import activity
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.services.core.settings import (
    InvalidSettingError,
    VaultSettings,
    load_settings,
    save_settings,
)
from satchel.store.models import VaultSetting


def test_a_new_vault_has_the_defaults(vs: VaultSession) -> None:
    assert load_settings(vs) == VaultSettings(
        auto_lock_minutes=5, clipboard_seconds=10, reveal_seconds=30
    )


def test_settings_round_trip_and_survive_a_lock(vs: VaultSession, vault_folder: Path) -> None:
    wanted = VaultSettings(auto_lock_minutes=None, clipboard_seconds=45, reveal_seconds=120)
    save_settings(vs, wanted)
    assert load_settings(vs) == wanted

    vs.close()
    with vault_session.unlock(vault_folder, PASSPHRASE) as again:
        assert load_settings(again) == wanted
        save_settings(again, VaultSettings(auto_lock_minutes=240))
        assert load_settings(again) == VaultSettings(auto_lock_minutes=240)


@pytest.mark.parametrize(
    ("settings", "field", "words"),
    [
        (VaultSettings(auto_lock_minutes=0), "auto_lock_minutes", "auto-lock time"),
        (VaultSettings(auto_lock_minutes=241), "auto_lock_minutes", "1 to 240 minutes, or never"),
        (VaultSettings(clipboard_seconds=4), "clipboard_seconds", "clipboard clearing time"),
        (VaultSettings(clipboard_seconds=301), "clipboard_seconds", "5 to 300 seconds"),
        (VaultSettings(reveal_seconds=0), "reveal_seconds", "reveal time"),
        (VaultSettings(reveal_seconds=1000), "reveal_seconds", "reveal time"),
        (VaultSettings(reveal_seconds=True), "reveal_seconds", "whole number"),
        (VaultSettings(clipboard_seconds=None), "clipboard_seconds", "clipboard"),  # type: ignore[arg-type]
        (VaultSettings(auto_lock_minutes=2.5), "auto_lock_minutes", "auto-lock"),  # type: ignore[arg-type]
    ],
)
def test_values_out_of_range_are_refused_naming_the_field(
    vs: VaultSession, settings: VaultSettings, field: str, words: str
) -> None:
    with pytest.raises(InvalidSettingError, match=words) as caught:
        save_settings(vs, settings)

    assert caught.value.field == field
    assert load_settings(vs) == VaultSettings()  # nothing was stored
    with vs.reading() as session:
        assert session.scalars(select(VaultSetting)).all() == []


def test_the_limits_themselves_are_accepted(vs: VaultSession) -> None:
    for settings in (
        VaultSettings(auto_lock_minutes=1, clipboard_seconds=5, reveal_seconds=5),
        VaultSettings(auto_lock_minutes=240, clipboard_seconds=300, reveal_seconds=300),
    ):
        save_settings(vs, settings)
        assert load_settings(vs) == settings


def test_values_are_stored_as_json_rows(vs: VaultSession) -> None:
    save_settings(vs, VaultSettings(auto_lock_minutes=None, clipboard_seconds=20))

    with vs.reading() as session:
        stored = {row.key: row.value for row in session.scalars(select(VaultSetting))}

    assert stored == {
        "auto_lock_minutes": "null",
        "clipboard_seconds": "20",
        "reveal_seconds": "30",
    }


def test_an_unreadable_stored_value_falls_back_to_its_default(vs: VaultSession) -> None:
    save_settings(vs, VaultSettings(clipboard_seconds=20, reveal_seconds=60))
    with vs.transaction() as session:
        session.get_one(VaultSetting, "clipboard_seconds").value = "not json"
        session.get_one(VaultSetting, "reveal_seconds").value = "9999"
        session.add(VaultSetting(key="from_a_newer_version", value='"kept"'))

    assert load_settings(vs) == VaultSettings()
    save_settings(vs, VaultSettings(reveal_seconds=60))  # unknown rows are left alone
    with vs.reading() as session:
        assert session.get_one(VaultSetting, "from_a_newer_version").value == '"kept"'


def test_the_activity_log_names_what_changed(vs: VaultSession) -> None:
    save_settings(vs, VaultSettings())  # the defaults again: nothing changed
    assert [e for e in activity.list_activity(vs) if e.kind == "settings"] == []

    save_settings(vs, VaultSettings(auto_lock_minutes=15, reveal_seconds=60))

    events = [e for e in activity.list_activity(vs) if e.kind == "settings"]
    assert [(e.action, e.detail) for e in events] == [("changed", "auto-lock time, reveal time")]
