"""Reading and opening the format-2 header: two copies, one decides.

Nothing in a copy can be checked without a key, so damage is told apart by comparing the
copies. Copy "0" is always written first: once it is on disk the change has happened (a new
passphrase, a slot erased by a duress passphrase). When a secret opens a slot only in copy
"1", the two copies are compared at that position: rewritten whole in "0" means the slot was
replaced or erased there (the secret is refused, as a wrong one); a few bytes different, a
missing or cut copy "0" means damage (it opens, and "0" is repaired and the repair reported).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from satchel.errors import DamagedError, NotAVaultError
from satchel.vault.disk.atomic_file import temp_path, write_atomically
from satchel.vault.format2 import slots
from satchel.vault.format2.layout import (
    HEADER_BYTES,
    HEADER_COPIES,
    POSITION_BYTES,
    POSITIONS,
    SALT_BYTES,
    params_of,
)
from satchel.vault.keys.kdf import derive_key
from satchel.vault.keys.key_material import wipe

# More than this many bytes of a position differ between the copies: rewritten, not damaged.
REWRITTEN_BYTES = POSITION_BYTES // 2


@dataclass
class HiddenHeader:
    """The salt (with the cost byte) and the eight positions, as bytes."""

    salt: bytes
    positions: list[bytes] = field(default_factory=list)

    def encode(self) -> bytes:
        return self.salt + b"".join(self.positions)

    @classmethod
    def decode(cls, raw: bytes) -> HiddenHeader:
        if len(raw) != HEADER_BYTES:
            raise ValueError("a header copy of the wrong size")
        body = raw[SALT_BYTES:]
        return cls(
            raw[:SALT_BYTES],
            [body[i * POSITION_BYTES : (i + 1) * POSITION_BYTES] for i in range(POSITIONS)],
        )

    def copy(self) -> HiddenHeader:
        return HiddenHeader(self.salt, list(self.positions))


@dataclass(frozen=True)
class Opened:
    header: HiddenHeader
    position: int
    payload: slots.Payload
    attempt_key: bytearray  # wiped by the caller
    repaired: bool  # copy "0" was damaged or missing and is written again
    stale_spare: bool  # copy "1" differs from the header that opened and is written again


def read_raw(folder: Path) -> list[bytes | None]:
    """Each copy's bytes, None when missing; raises when neither exists."""
    found: list[bytes | None] = []
    for name in HEADER_COPIES:
        try:
            found.append((folder / name).read_bytes()[: HEADER_BYTES + 1])
        except FileNotFoundError:
            found.append(None)
        except IsADirectoryError:
            found.append(b"")
        except PermissionError as error:
            raise DamagedError("header", f"cannot read it: permission denied ({name})") from error
    if all(raw is None for raw in found):
        raise NotAVaultError(str(folder))
    return found


def intact(raw: bytes | None) -> HiddenHeader | None:
    try:
        return None if raw is None else HiddenHeader.decode(raw)
    except ValueError:
        return None


def readable_header(folder: Path) -> HiddenHeader:
    """The copy that decides (or its spare when it is missing or cut): for `info`."""
    first, second = (intact(raw) for raw in read_raw(folder))
    header = first or second
    if header is None:
        raise DamagedError("header", "both copies have the wrong size")
    return header


def _differing(a: bytes, b: bytes) -> int:
    return sum(x != y for x, y in zip(a, b, strict=True))


def open_with(folder: Path, secret: bytes, kinds: tuple[slots.Kind, ...]) -> Opened | None:
    """One Argon2id run, then every position of copy "0" and copy "1" tried with its result.

    None when nothing opens (a wrong secret, or a slot destroyed or replaced). A second
    derivation runs only when the two copies' salts differ, which only damage causes.
    """
    raw = read_raw(folder)
    first, second = (intact(r) for r in raw)
    if first is None and second is None:
        raise DamagedError("header", "both copies have the wrong size")
    derived: dict[bytes, bytearray] = {}
    try:
        for index, header in enumerate((first, second)):
            if header is None:
                continue
            key = derived.get(header.salt)
            if key is None:
                key = derive_key(secret, header.salt, params_of(header.salt))
                derived[header.salt] = key
            for position in range(POSITIONS):
                payload = slots.try_open(key, header.salt, position, header.positions[position])
                if payload is None or payload.kind not in kinds:
                    continue
                if index == 1 and first is not None:
                    other = first.positions[position]
                    if _differing(other, header.positions[position]) > REWRITTEN_BYTES:
                        # Replaced or erased in the copy that decides: the secret is gone.
                        _finish_rewrite(folder, first)
                        return None
                repaired = index == 1
                stale = index == 0 and raw[1] != header.encode()
                result = Opened(header, position, payload, bytearray(key), repaired, stale)
                return result
        return None
    finally:
        for key in derived.values():
            wipe(key)


def _finish_rewrite(folder: Path, decided: HiddenHeader) -> None:
    """A change cut short between the copies: the spare still held what "0" replaced."""
    with contextlib.suppress(OSError):
        write_atomically(folder / HEADER_COPIES[1], decided.encode())


def write(folder: Path, header: HiddenHeader) -> None:
    """Copy "0" first (the change happens there), then its spare."""
    data = header.encode()
    for name in HEADER_COPIES:
        write_atomically(folder / name, data)


def clear_staged(folder: Path) -> None:
    """A write cut short leaves a staged copy, which may hold a slot that never took effect."""
    for name in HEADER_COPIES:
        staged = temp_path(folder / name)
        if staged.is_file() and not staged.is_symlink():
            with staged.open("r+b") as handle:
                handle.write(os.urandom(max(staged.stat().st_size, HEADER_BYTES)))
                handle.flush()
                os.fsync(handle.fileno())
            staged.unlink()
