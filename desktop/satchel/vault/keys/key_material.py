"""Key material kept in mutable buffers so it can be overwritten on lock.

Python cannot promise that no copy survives (the runtime and OpenSSL make their own), but
keeping our long-lived keys in bytearrays and zeroing them on close removes the copies we own.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MASTER_KEY_BYTES = 32

# One info string per purpose, so no two uses of the master key ever share a key.
PURPOSE_DATABASE = b"satchel/v1/database-key"
PURPOSE_IDENTITY = b"satchel/v1/identity-fields"
PURPOSE_HEADER_MAC = b"satchel/v1/header-mac"
PURPOSE_COMMIT_RECORD = b"satchel/v1/commit-record"


def derive_subkey(master_key: bytes | bytearray, purpose: bytes) -> bytearray:
    """HKDF-SHA256 of the master key for one purpose."""
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(
        bytes(master_key)
    )
    return bytearray(derived)


def wipe(buffer: bytearray) -> None:
    """Overwrite a key buffer in place (a same-length slice assignment does not reallocate)."""
    buffer[:] = bytes(len(buffer))


def is_wiped(buffer: bytearray) -> bool:
    return not any(buffer)
