"""Keyslots: the master key wrapped under a key derived from one secret (the LUKS model).

The associated data binds the format version, the vault id, the slot id, its kind and its
KDF settings, so a slot edited, moved to another vault or swapped with another slot does not
open. A short key-check value tells a wrong secret apart from an altered slot: it matches
when the derived key is right, and then only tampering can make the unwrap fail.
"""

from __future__ import annotations

import hmac
import json
import os
from dataclasses import dataclass
from hashlib import sha256
from typing import Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from satchel.errors import TamperedError, WrongPassphraseError
from satchel.vault.keys.kdf import KDF_NAME, SALT_BYTES, KdfParams, derive_key
from satchel.vault.keys.key_material import wipe

SlotKind = Literal["passphrase", "recovery"]
SLOT_KINDS: tuple[SlotKind, ...] = ("passphrase", "recovery")
NONCE_BYTES = 12
CHECK_BYTES = 16
_CHECK_LABEL = b"satchel/v1/key-check"


@dataclass(frozen=True)
class Keyslot:
    slot_id: int
    kind: SlotKind
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    check: bytes


def associated_data(
    *, format_version: int, vault_id: str, slot_id: int, kind: str, kdf: KdfParams, salt: bytes
) -> bytes:
    bound = {
        "format_version": format_version,
        "vault_id": vault_id,
        "slot_id": slot_id,
        "kind": kind,
        "kdf": KDF_NAME,
        **kdf.as_dict(),
        "salt": salt.hex(),
    }
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()


def _key_check(wrapping_key: bytearray) -> bytes:
    return hmac.new(bytes(wrapping_key), _CHECK_LABEL, sha256).digest()[:CHECK_BYTES]


def seal_slot(
    *,
    format_version: int,
    vault_id: str,
    slot_id: int,
    kind: SlotKind,
    secret: bytes,
    master_key: bytearray,
    kdf: KdfParams,
) -> Keyslot:
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    wrapping_key = derive_key(secret, salt, kdf)
    try:
        aad = associated_data(
            format_version=format_version,
            vault_id=vault_id,
            slot_id=slot_id,
            kind=kind,
            kdf=kdf,
            salt=salt,
        )
        wrapped = AESGCM(bytes(wrapping_key)).encrypt(nonce, bytes(master_key), aad)
        check = _key_check(wrapping_key)
    finally:
        wipe(wrapping_key)
    return Keyslot(slot_id, kind, kdf, salt, nonce, wrapped, check)


def open_slot(slot: Keyslot, *, format_version: int, vault_id: str, secret: bytes) -> bytearray:
    """The master key, or WrongPassphraseError, or TamperedError."""
    wrapping_key = derive_key(secret, slot.salt, slot.kdf)
    try:
        if not hmac.compare_digest(_key_check(wrapping_key), slot.check):
            raise WrongPassphraseError(
                "recovery phrase" if slot.kind == "recovery" else "passphrase"
            )
        aad = associated_data(
            format_version=format_version,
            vault_id=vault_id,
            slot_id=slot.slot_id,
            kind=slot.kind,
            kdf=slot.kdf,
            salt=slot.salt,
        )
        try:
            return bytearray(AESGCM(bytes(wrapping_key)).decrypt(slot.nonce, slot.wrapped, aad))
        except InvalidTag:
            raise TamperedError("header (a keyslot)") from None
    finally:
        wipe(wrapping_key)
