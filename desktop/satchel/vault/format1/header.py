"""The vault header: keyslots and the vault id, kept in two copies on disk.

Each copy is JSON with a SHA-256 checksum of its body, which catches accidental damage (a
torn write, a bad sector): a damaged copy is ignored and rewritten from the good one. A MAC
keyed from the master key covers the whole body, which catches deliberate edits once a slot
has opened. Copies carry a sequence number; the newest intact copy is tried first.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from satchel.errors import DamagedError, NotAVaultError, TamperedError, UnsupportedVersionError
from satchel.vault.disk import vault_files
from satchel.vault.disk.atomic_file import write_atomically
from satchel.vault.format1.keyslots import CHECK_BYTES, NONCE_BYTES, SLOT_KINDS, Keyslot
from satchel.vault.keys.kdf import KDF_NAME, SALT_BYTES, KdfParams
from satchel.vault.keys.key_material import (
    MASTER_KEY_BYTES,
    PURPOSE_HEADER_MAC,
    derive_subkey,
    wipe,
)

FORMAT_NAME = "satchel-vault"
FORMAT_VERSION = 1
HEADER_FILES = ("header-1.json", "header-2.json")
MAX_HEADER_BYTES = 64 * 1024
MAX_SLOTS = 16
WRAPPED_BYTES = MASTER_KEY_BYTES + 16  # AES-GCM appends a 16-byte tag


@dataclass(frozen=True)
class Header:
    vault_id: str
    sequence: int
    slots: tuple[Keyslot, ...]
    mac: bytes = b""
    format_version: int = FORMAT_VERSION
    # The vault keeps a commit record (vault.commit). Under the MAC, so deleting the record
    # cannot switch rollback detection off: a vault that had one must still have one.
    commit_record: bool = False

    def slot(self, slot_id: int) -> Keyslot:
        for slot in self.slots:
            if slot.slot_id == slot_id:
                return slot
        raise KeyError(slot_id)


@dataclass(frozen=True)
class HeaderCopy:
    path: Path
    header: Header | None  # None: missing or damaged
    raw: bytes | None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _slot_to_json(slot: Keyslot) -> dict[str, Any]:
    return {
        "id": slot.slot_id,
        "kind": slot.kind,
        "kdf": {"name": KDF_NAME, **slot.kdf.as_dict(), "salt": _b64(slot.salt)},
        "nonce": _b64(slot.nonce),
        "wrapped": _b64(slot.wrapped),
        "check": _b64(slot.check),
    }


def _body(header: Header, *, with_mac: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": header.format_version,
        "vault_id": header.vault_id,
        "sequence": header.sequence,
        "slots": [_slot_to_json(slot) for slot in header.slots],
    }
    if header.commit_record:  # absent, not false, in headers written before it existed
        body["commit_record"] = True
    if with_mac:
        body["mac"] = _b64(header.mac)
    return body


def header_mac(header: Header, master_key: bytearray) -> bytes:
    key = derive_subkey(master_key, PURPOSE_HEADER_MAC)
    try:
        return hmac.new(bytes(key), _canonical(_body(header, with_mac=False)), "sha256").digest()
    finally:
        wipe(key)


def sign(header: Header, master_key: bytearray) -> Header:
    return replace(header, mac=header_mac(header, master_key))


def verify(header: Header, master_key: bytearray) -> None:
    if not hmac.compare_digest(header_mac(header, master_key), header.mac):
        raise TamperedError("header")


def encode(header: Header) -> bytes:
    body = _body(header, with_mac=True)
    document = {"body": body, "sha256": hashlib.sha256(_canonical(body)).hexdigest()}
    return json.dumps(document, indent=1, sort_keys=True).encode() + b"\n"


def _int(value: object, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError("integer out of range")
    return value


def _slot_from_json(data: object) -> Keyslot:
    if not isinstance(data, dict):
        raise ValueError("slot is not an object")
    kdf = data["kdf"]
    if not isinstance(kdf, dict) or kdf.get("name") != KDF_NAME:
        raise ValueError("unknown key derivation")
    kind = data["kind"]
    if kind not in SLOT_KINDS:
        raise ValueError("unknown slot kind")
    params = KdfParams(
        memory_kib=_int(kdf["memory_kib"], 1, 2**32),
        iterations=_int(kdf["iterations"], 1, 2**32),
        lanes=_int(kdf["lanes"], 1, 2**24),
    )
    slot = Keyslot(
        slot_id=_int(data["id"], 0, MAX_SLOTS),
        kind=kind,
        kdf=params,
        salt=_unb64(kdf["salt"]),
        nonce=_unb64(data["nonce"]),
        wrapped=_unb64(data["wrapped"]),
        check=_unb64(data["check"]),
    )
    # Wrong lengths would reach Argon2id or AES-GCM and fail there with a bare ValueError.
    lengths = (len(slot.salt), len(slot.nonce), len(slot.wrapped), len(slot.check))
    if lengths != (SALT_BYTES, NONCE_BYTES, WRAPPED_BYTES, CHECK_BYTES):
        raise ValueError("keyslot field of the wrong length")
    return slot


def decode(raw: bytes) -> Header:
    """Parse one copy. ValueError for damage; UnsupportedVersionError for a newer format."""
    if len(raw) > MAX_HEADER_BYTES:
        raise ValueError("header too large")
    try:
        document = json.loads(raw.decode("utf-8"))
        body = document["body"]
        if hashlib.sha256(_canonical(body)).hexdigest() != document["sha256"]:
            raise ValueError("checksum mismatch")
        if body["format"] != FORMAT_NAME:
            raise ValueError("not a Satchel header")
        version = body["version"]
        if version != FORMAT_VERSION:
            raise UnsupportedVersionError(version)
        slots = body["slots"]
        if not isinstance(slots, list) or not 0 < len(slots) <= MAX_SLOTS:
            raise ValueError("bad slot list")
        parsed = tuple(_slot_from_json(slot) for slot in slots)
        if len({slot.slot_id for slot in parsed}) != len(parsed):
            raise ValueError("duplicate slot id")
        vault_id = body["vault_id"]
        if not isinstance(vault_id, str) or not 0 < len(vault_id) <= 64:
            raise ValueError("bad vault id")
        commit_record = body.get("commit_record", False)
        if commit_record is not True and "commit_record" in body:
            raise ValueError("bad commit_record flag")
        return Header(
            vault_id=vault_id,
            sequence=_int(body["sequence"], 0, 2**62),
            slots=parsed,
            mac=_unb64(body["mac"]),
            format_version=version,
            commit_record=commit_record,
        )
    except UnsupportedVersionError:
        raise
    except (
        ValueError,
        KeyError,
        TypeError,
        UnicodeDecodeError,
        binascii.Error,
        RecursionError,
    ) as error:
        raise ValueError(str(error)) from None


def read_copies(folder: Path) -> list[HeaderCopy]:
    """Both copies, intact ones first, newest first. Raises when no copy is usable."""
    copies: list[HeaderCopy] = []
    present = 0
    unsupported: UnsupportedVersionError | None = None
    for name in HEADER_FILES:
        path = folder / name
        try:
            raw = vault_files.read_file(folder, name, MAX_HEADER_BYTES)
        except PermissionError as error:
            raise DamagedError("header", f"cannot read {name}: permission denied") from error
        if raw is None:
            copies.append(HeaderCopy(path, None, None))
            continue
        present += 1
        try:
            copies.append(HeaderCopy(path, decode(raw), raw))
        except UnsupportedVersionError as error:
            unsupported = error
            copies.append(HeaderCopy(path, None, raw))
        except ValueError:
            copies.append(HeaderCopy(path, None, raw))
    if present == 0:
        raise NotAVaultError(str(folder))
    if unsupported is not None and not any(copy.header for copy in copies):
        raise unsupported
    if not any(copy.header for copy in copies):
        raise DamagedError("header", "both header copies are damaged")
    return sorted(copies, key=lambda c: -1 if c.header is None else c.header.sequence, reverse=True)


def write_copies(folder: Path, header: Header) -> None:
    """Write both copies in turn, so a crash leaves at least one intact copy."""
    data = encode(header)
    for name in HEADER_FILES:
        write_atomically(folder / name, data)
