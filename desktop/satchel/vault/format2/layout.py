"""Format 2 on disk: neutral file names, fixed sizes, and the one readable byte (KDF cost).

A format-2 folder holds the same files whether or not a duress passphrase exists: two header
copies, two database/record pairs (one may be filler of random bytes), a lock file and a
folder for backups. Every byte of them is random or ciphertext; see docs/FORMATS.md.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from satchel.vault.keys.kdf import FLOOR, KdfParams

FORMAT_VERSION = 2
HEADER_COPIES = ("0", "1")  # "0" is written first and decides; "1" is its spare
PAIRS = (("2", "4"), ("3", "5"))  # (database, commit record) for each of two sides
LOCK_NAME = "6"
BACKUPS_NAME = "7"
POSITIONS = 8
POSITION_BYTES = 112
SALT_BYTES = 16
HEADER_BYTES = SALT_BYTES + POSITIONS * POSITION_BYTES
RECORD_BYTES = 88  # two 44-byte sealed slots (format2/record.py)
PAGE = 4096
# Filler for the side that holds no database: a size a fresh vault's database has.
FILLER_PAGES = (60, 140)
_MEMORY_SMALL = 64 * 1024
_MEMORY_LARGE = 256 * 1024
_ITERATIONS_BASE = 3
_ITERATIONS_SPAN = 64  # 3 … 66 passes


def encode_cost(params: KdfParams) -> int:
    """One byte: the memory choice (bit 7) and the passes (bits 0-5)."""
    if params.lanes != FLOOR.lanes or params.memory_kib not in (_MEMORY_SMALL, _MEMORY_LARGE):
        raise ValueError("format 2 takes 64 or 256 MiB and 4 lanes")
    passes = params.iterations - _ITERATIONS_BASE
    if not 0 <= passes < _ITERATIONS_SPAN:
        raise ValueError("passes out of range")
    return (0x80 if params.memory_kib == _MEMORY_LARGE else 0) | passes


def decode_cost(byte: int) -> KdfParams:
    """Any byte decodes to settings between the floor and 256 MiB x 66 passes: an edited
    byte can slow one attempt down (13 s at most here), never weaken or stall it."""
    memory = _MEMORY_LARGE if byte & 0x80 else _MEMORY_SMALL
    return KdfParams(memory_kib=memory, iterations=_ITERATIONS_BASE + (byte & 0x3F), lanes=4)


def fit_params(params: KdfParams) -> KdfParams:
    """The nearest settings format 2 can state, never weaker than `params`."""
    memory = _MEMORY_LARGE if params.memory_kib > _MEMORY_SMALL else _MEMORY_SMALL
    iterations = min(max(params.iterations, _ITERATIONS_BASE), _ITERATIONS_BASE + 63)
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=FLOOR.lanes)


def new_salt(params: KdfParams) -> bytes:
    """16 random bytes; the first is the cost byte masked by the second, so it looks random
    too (anyone who knows format 2 can unmask it: the cost is the one readable fact)."""
    salt = bytearray(os.urandom(SALT_BYTES))
    salt[0] = encode_cost(params) ^ salt[1]
    return bytes(salt)


def params_of(salt: bytes) -> KdfParams:
    return decode_cost(salt[0] ^ salt[1])


def filler_size() -> int:
    low, high = FILLER_PAGES
    return PAGE * (low + secrets.randbelow(high - low + 1))


@dataclass(frozen=True)
class Pair:
    """One side's files: its database (with SQLite's -wal/-shm) and its commit record."""

    database: Path
    record: Path

    @property
    def journal_files(self) -> tuple[Path, Path]:
        return (
            self.database.with_name(f"{self.database.name}-wal"),
            self.database.with_name(f"{self.database.name}-shm"),
        )


def pairs(folder: Path) -> tuple[Pair, Pair]:
    first, second = ((Pair(folder / db, folder / rec)) for db, rec in PAIRS)
    return first, second


def is_format2(folder: Path) -> bool:
    return any((folder / name).is_file() for name in HEADER_COPIES)


def staged_name(name: str) -> str:
    """Where a crash-safe write stages `name` (atomic_file.temp_path)."""
    return f".{name}.tmp"


def all_names() -> tuple[str, ...]:
    names = [*HEADER_COPIES, LOCK_NAME]
    for database, record in PAIRS:
        names += [database, f"{database}-wal", f"{database}-shm", record]
    return tuple(names)


def own_names() -> tuple[str, ...]:
    """Every name a vault's own files may have, staged copies included: none may be a link."""
    staged = [staged_name(name) for name in (*HEADER_COPIES, *(rec for _db, rec in PAIRS))]
    return (*all_names(), *staged)
