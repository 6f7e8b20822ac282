"""Which vaults hold demo data, so fake records never mix with real ones.

A vault that received the demo data carries a mark in its own (encrypted) settings. Bundles
it exports and backups made of it say so inside their encrypted part, never in clear; a real
vault refuses them, and a demo vault refuses what comes from a real one.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from satchel.errors import InvalidInputError
from satchel.services.core.session import VaultSession
from satchel.store.models import VaultSetting

DEMO_SETTING = "demo_data"


class DemoIntoRealError(InvalidInputError):
    """Demo data offered to a real vault."""

    code = "demo_into_real"

    def __init__(self, what: str) -> None:
        super().__init__(
            f"This {what} comes from a demo vault: its cases and people are made up. It was "
            "not imported into this real vault; nothing was changed.",
            what=what,
        )


class RealIntoDemoError(InvalidInputError):
    """Real data offered to a demo vault (which is for training and shown to a room)."""

    code = "real_into_demo"

    def __init__(self, what: str) -> None:
        super().__init__(
            f"This {what} comes from a real vault. A demo vault takes only demo data, so "
            "real people never appear in a training; nothing was changed.",
            what=what,
        )


def mark_as_demo(session: Session) -> None:
    """Mark the vault this session writes to as holding demo data (for good)."""
    if session.get(VaultSetting, DEMO_SETTING) is None:
        session.add(VaultSetting(key=DEMO_SETTING, value="true"))


def is_demo_vault(vs: VaultSession) -> bool:
    with vs.reading() as session:
        value = session.scalar(select(VaultSetting.value).where(VaultSetting.key == DEMO_SETTING))
    return value == "true"


def check_same_kind(vs: VaultSession, *, from_demo: bool, what: str) -> None:
    """Refuse demo data in a real vault and real data in a demo vault."""
    here_demo = is_demo_vault(vs)
    if from_demo and not here_demo:
        raise DemoIntoRealError(what)
    if here_demo and not from_demo:
        raise RealIntoDemoError(what)
