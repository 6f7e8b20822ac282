"""The format-2 commit record: the same two-slot record as format 1, each slot sealed.

A slot is ``nonce (12) | AES-256-GCM(seq u64 | 8 zero bytes) | tag (16)``, 44 bytes like a
format-1 slot, with the slot index and the vault id as associated data: no magic and no
counter in clear. The record also tells which of the two database files is this side's:
only the record sealed under this side's key opens (see format2.pair_of).
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from satchel.vault.format1.commit_record import SLOT_SIZE, CommitRecord

_SEQ = struct.Struct(">Q")
_NONCE = 12


class SealedCommitRecord(CommitRecord):
    def __init__(self, path: Path, vault_id: str, key: bytearray) -> None:
        super().__init__(path.parent, vault_id, key)
        self.path = path

    def _aad(self, index: int) -> bytes:
        return b"\x02" + self._vault_id + bytes([index])

    def _encode(self, index: int, seq: int) -> bytes:
        nonce = os.urandom(_NONCE)
        plain = _SEQ.pack(seq) + bytes(8)
        sealed = nonce + AESGCM(bytes(self._key)).encrypt(nonce, plain, self._aad(index))
        assert len(sealed) == SLOT_SIZE
        return sealed

    def _decode(self, index: int, slot: bytes) -> int | None:
        try:
            plain = AESGCM(bytes(self._key)).decrypt(slot[:_NONCE], slot[_NONCE:], self._aad(index))
        except (InvalidTag, ValueError):
            return None
        (seq,) = _SEQ.unpack_from(plain)
        return int(seq)

    def _claim(self, slot: bytes) -> int | None:
        """The number a slot that failed its tag still shows, read as format 1 reads a slot
        whose MAC fails: decrypted without the check (GCM's counter mode from block 2), kept
        only when its 8 zero bytes came out as zeros. So one spoiled newest slot and a cut
        WAL are refused here as in format 1, instead of rolling a change back unnoticed."""
        counter = slot[:_NONCE] + b"\x00\x00\x00\x02"
        decryptor = Cipher(algorithms.AES(bytes(self._key)), modes.CTR(counter)).decryptor()
        plain = decryptor.update(slot[_NONCE : _NONCE + 16]) + decryptor.finalize()
        if plain[8:] != bytes(8):
            return None
        (seq,) = _SEQ.unpack_from(plain)
        return int(seq)

    def opens(self) -> bool:
        """Whether either slot of the file on disk authenticates under this key."""
        try:
            data = self.path.read_bytes()
        except OSError:
            return False
        if len(data) != 2 * SLOT_SIZE:
            return False
        return any(
            self._decode(i, data[i * SLOT_SIZE : (i + 1) * SLOT_SIZE]) is not None for i in (0, 1)
        )

    def encode_fresh(self, seq: int) -> bytes:
        return self._encode(0, seq) + self._encode(1, seq)
