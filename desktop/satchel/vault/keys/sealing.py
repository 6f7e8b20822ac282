"""Identity fields sealed one by one, so they never sit in the index or a widget in clear.

The person id and field name are the associated data: a sealed value copied to another
person or field does not open.
"""

from __future__ import annotations

import os
import uuid

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from satchel.errors import TamperedError
from satchel.vault.keys.key_material import PURPOSE_IDENTITY, derive_subkey, is_wiped, wipe

NONCE_BYTES = 12


def _aad(person_id: uuid.UUID, field: str) -> bytes:
    return b"satchel/v1/identity|" + person_id.bytes + b"|" + field.encode("utf-8")


class FieldSealer:
    def __init__(self, master_key: bytearray) -> None:
        self._key = derive_subkey(master_key, PURPOSE_IDENTITY)

    def seal(self, person_id: uuid.UUID, field: str, value: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(bytes(self._key)).encrypt(
            nonce, value.encode("utf-8"), _aad(person_id, field)
        )
        return nonce + sealed

    def open(self, person_id: uuid.UUID, field: str, sealed: bytes) -> str:
        try:
            plain = AESGCM(bytes(self._key)).decrypt(
                sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], _aad(person_id, field)
            )
        except (InvalidTag, ValueError):
            raise TamperedError("identity field") from None
        return plain.decode("utf-8")

    def wipe(self) -> None:
        wipe(self._key)

    @property
    def wiped(self) -> bool:
        return is_wiped(self._key)
