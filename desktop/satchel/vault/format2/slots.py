"""Format-2 slot positions: each is 112 bytes that only the right key tells from noise.

A used position is ``nonce (12) | AES-256-GCM(payload, 84 bytes) | tag (16)`` under a key
derived (HKDF) from the one Argon2id result of an unlock attempt and the position's number;
the associated data binds the header's salt. An unused position is 112 random bytes. The
payload holds the side's master key and vault id, the slot's kind, the positions its side
owns, and for a duress slot its mode and the positions it destroys.

A vault upgraded from format 1 keeps its old recovery slot, repacked into the fixed legacy
position (see `LegacySlot`), so the recovery phrase written down years ago still works.
"""

from __future__ import annotations

import enum
import hashlib
import os
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from satchel.vault.format2.layout import POSITION_BYTES, POSITIONS
from satchel.vault.keys.key_material import MASTER_KEY_BYTES

NONCE_BYTES = 12
TAG_BYTES = 16
PAYLOAD_BYTES = POSITION_BYTES - NONCE_BYTES - TAG_BYTES  # 84
VAULT_ID_BYTES = 16
LEGACY_POSITION = POSITIONS - 1
_INFO = b"format2/position-key/"


class Kind(enum.IntEnum):
    PASSPHRASE = 1
    RECOVERY = 2


class Mode(enum.IntEnum):
    NORMAL = 0
    DURESS_HIDE = 1  # a cover; the other side stays
    DURESS_ERASE = 2  # a cover; opening it destroys the other side's positions


@dataclass(frozen=True)
class Payload:
    master_key: bytes
    vault_id: str  # 32 hex digits
    kind: Kind
    owned: frozenset[int]  # positions of this side (its own included)
    mode: Mode = Mode.NORMAL
    erase: frozenset[int] = frozenset()  # positions a duress-erase slot destroys

    def encode(self) -> bytes:
        body = (
            self.master_key
            + bytes.fromhex(self.vault_id)
            + bytes([self.kind, _bits(self.owned), self.mode, _bits(self.erase)])
        )
        return body + bytes(PAYLOAD_BYTES - len(body))

    @classmethod
    def decode(cls, raw: bytes) -> Payload:
        key = raw[:MASTER_KEY_BYTES]
        vault_id = raw[MASTER_KEY_BYTES : MASTER_KEY_BYTES + VAULT_ID_BYTES].hex()
        kind, owned, mode, erase = raw[MASTER_KEY_BYTES + VAULT_ID_BYTES :][:4]
        return cls(key, vault_id, Kind(kind), _positions(owned), Mode(mode), _positions(erase))


def _bits(positions: frozenset[int]) -> int:
    return sum(1 << p for p in positions)


def _positions(bits: int) -> frozenset[int]:
    return frozenset(p for p in range(POSITIONS) if bits & (1 << p))


def _position_key(attempt_key: bytes | bytearray, position: int) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO + bytes([position]))
    return hkdf.derive(bytes(attempt_key))


def _aad(salt: bytes, position: int) -> bytes:
    return b"\x02" + salt + bytes([position])


def seal(attempt_key: bytes | bytearray, salt: bytes, position: int, payload: Payload) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(_position_key(attempt_key, position)).encrypt(
        nonce, payload.encode(), _aad(salt, position)
    )
    return nonce + sealed


def try_open(
    attempt_key: bytes | bytearray, salt: bytes, position: int, raw: bytes
) -> Payload | None:
    """The payload, or None: a wrong key, an unused position and a damaged one look alike."""
    try:
        plain = AESGCM(_position_key(attempt_key, position)).decrypt(
            raw[:NONCE_BYTES], raw[NONCE_BYTES:POSITION_BYTES], _aad(salt, position)
        )
        return Payload.decode(plain)
    except (InvalidTag, ValueError):
        return None


def random_position() -> bytes:
    return os.urandom(POSITION_BYTES)


def new_vault_id() -> str:
    return uuid.uuid4().hex


# -- the format-1 recovery slot, kept whole inside the legacy position ----------------------

LEGACY_SALT = 16
LEGACY_WRAPPED = MASTER_KEY_BYTES + TAG_BYTES
LEGACY_CHECK = 16


@dataclass(frozen=True)
class LegacySlot:
    """salt (16) | nonce (12) | wrapped key (48) | key check (16) | vault id masked (16) | 4
    random bytes. The vault id is masked with SHA-256 of the salt, so even a format-1 id
    (a UUID, with its fixed version bits) reads as noise."""

    salt: bytes
    nonce: bytes
    wrapped: bytes
    check: bytes
    vault_id: str

    def encode(self) -> bytes:
        raw_id = bytes.fromhex(self.vault_id)
        masked = bytes(a ^ b for a, b in zip(raw_id, _mask(self.salt), strict=True))
        body = self.salt + self.nonce + self.wrapped + self.check + masked
        return body + os.urandom(POSITION_BYTES - len(body))

    @classmethod
    def decode(cls, raw: bytes) -> LegacySlot:
        salt, rest = raw[:LEGACY_SALT], raw[LEGACY_SALT:]
        nonce, rest = rest[:NONCE_BYTES], rest[NONCE_BYTES:]
        wrapped, rest = rest[:LEGACY_WRAPPED], rest[LEGACY_WRAPPED:]
        check, rest = rest[:LEGACY_CHECK], rest[LEGACY_CHECK:]
        masked = rest[:VAULT_ID_BYTES]
        raw_id = bytes(a ^ b for a, b in zip(masked, _mask(salt), strict=True))
        return cls(salt, nonce, wrapped, check, raw_id.hex())


def _mask(salt: bytes) -> bytes:
    return hashlib.sha256(b"format2/legacy-id" + salt).digest()[:VAULT_ID_BYTES]
