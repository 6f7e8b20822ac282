"""Merge bases: the content hash each shared record had when it last crossed a bundle.

Without a server there is no common history, so Satchel remembers, per record id, the hash
of the version it last exported or imported. At the next import that base tells who changed
what: only the sender (take theirs), only this vault (keep ours), or both (a conflict).
Kept in one vault_settings row as JSON, so no schema change was needed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy.orm import Session

from satchel.store.models import VaultSetting

BASES_KEY = "sharing.merge_bases"


def load_bases(session: Session) -> dict[str, str]:
    row = session.get(VaultSetting, BASES_KEY)
    if row is None:
        return {}
    try:
        value = json.loads(row.value)
    except ValueError:
        return {}  # unreadable: every record is treated as never shared before
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items() if isinstance(v, str)}


def store_bases(session: Session, updates: Mapping[str, str]) -> None:
    if not updates:
        return
    row = session.get(VaultSetting, BASES_KEY)
    bases = load_bases(session)
    bases.update(updates)
    text = json.dumps(bases, sort_keys=True, separators=(",", ":"))
    if row is None:
        session.add(VaultSetting(key=BASES_KEY, value=text))
    else:
        row.value = text
