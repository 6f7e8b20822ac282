"""Argon2id parameters: the floor we never go below, and calibration at vault creation."""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from satchel.errors import DamagedError, WeakKdfError
from satchel.work import Progress

KDF_NAME = "argon2id"
SALT_BYTES = 16
KEY_BYTES = 32
TARGET_SECONDS = 1.0
LARGE_MEMORY_KIB = 256 * 1024
SMALL_MEMORY_KIB = 64 * 1024
LARGE_MACHINE_BYTES = 4 * 1024**3


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    def as_dict(self) -> dict[str, int]:
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}


# RFC 9106, section 4, second recommended option: 64 MiB, 3 passes, 4 lanes.
FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
# Far above anything calibration picks (256 MiB at most); a header asking for more was
# edited to stall the machine or exhaust its memory.
CEILING = KdfParams(memory_kib=1024 * 1024, iterations=64, lanes=16)


def check_params(params: KdfParams) -> None:
    """Refuse weak parameters before spending any work on them."""
    weak = []
    if params.memory_kib < FLOOR.memory_kib:
        weak.append(f"memory {params.memory_kib} KiB < {FLOOR.memory_kib} KiB")
    if params.iterations < FLOOR.iterations:
        weak.append(f"{params.iterations} passes < {FLOOR.iterations}")
    if params.lanes < FLOOR.lanes:
        weak.append(f"{params.lanes} lanes < {FLOOR.lanes}")
    if weak:
        raise WeakKdfError(", ".join(weak))
    if (
        params.memory_kib > CEILING.memory_kib
        or params.iterations > CEILING.iterations
        or params.lanes > CEILING.lanes
    ):
        raise DamagedError("header", "its key-derivation settings are out of range")


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on another keyboard or system derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytearray:
    check_params(params)
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return bytearray(kdf.derive(secret))


def machine_memory_bytes() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 0  # unknown: take the small setting, which is still above the floor


def calibrate(
    target_seconds: float = TARGET_SECONDS, progress: Progress | None = None
) -> KdfParams:
    """Pick passes so one derivation takes about `target_seconds` on this machine."""
    memory = LARGE_MEMORY_KIB if machine_memory_bytes() >= LARGE_MACHINE_BYTES else SMALL_MEMORY_KIB
    probe = KdfParams(memory_kib=memory, iterations=FLOOR.iterations, lanes=FLOOR.lanes)
    if progress:
        progress(0.0)
    started = time.perf_counter()
    derive_key(b"calibration", os.urandom(SALT_BYTES), probe)
    per_pass = (time.perf_counter() - started) / probe.iterations
    if progress:
        progress(1.0)
    iterations = round(target_seconds / per_pass) if per_pass > 0 else FLOOR.iterations
    iterations = max(FLOOR.iterations, min(iterations, CEILING.iterations))
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=FLOOR.lanes)
