"""What a backup holds (its record counts), sealed in its manifest.

Sealed under a key derived from the vault's database key, bound to the vault id and the
backup's time: a backup on a found USB stick does not tell how many cases it holds, and
only the vault it came from can show the counts in its list of backups.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, fields

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from satchel.services.backups.file_format import Manifest

SUMMARY_PURPOSE = b"satchel/v1/backup-summary"
_NONCE_BYTES = 12


@dataclass(frozen=True)
class Counts:
    cases: int
    people: int
    notes: int
    checklists: int
    attachments: int
    demo: bool = False  # a backup of a vault holding demo data (services.core.demo_mark)


def _summary_key(database_key: bytes | bytearray) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=SUMMARY_PURPOSE)
    return hkdf.derive(bytes(database_key))


def _summary_aad(vault_id: str, created: dt.datetime) -> bytes:
    stamp = created.astimezone(dt.UTC).isoformat()
    return f"satchel/v1/backup-summary|{vault_id}|{stamp}".encode()


def seal_summary(
    database_key: bytes | bytearray, vault_id: str, created: dt.datetime, counts: Counts
) -> bytes:
    """Counts are sealed: a backup on a USB stick does not tell how many cases it holds."""
    nonce = os.urandom(_NONCE_BYTES)
    plain = json.dumps({f.name: getattr(counts, f.name) for f in fields(Counts)}).encode()
    # The demo mark travels in here, sealed: a backup file never says "demo" in clear.
    sealed = AESGCM(_summary_key(database_key)).encrypt(
        nonce, plain, _summary_aad(vault_id, created)
    )
    return nonce + sealed


def open_summary(database_key: bytes | bytearray, manifest: Manifest) -> Counts | None:
    """The counts, or None when this key does not open them (another vault, or damage)."""
    try:
        plain = AESGCM(_summary_key(database_key)).decrypt(
            manifest.summary[:_NONCE_BYTES],
            manifest.summary[_NONCE_BYTES:],
            _summary_aad(manifest.vault_id, manifest.created),
        )
        values = json.loads(plain)
        numbers = {f.name: int(values[f.name]) for f in fields(Counts) if f.name != "demo"}
        return Counts(**numbers, demo=values.get("demo") is True)
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None
