"""Decrypt SQLCipher 4 files page by page, outside SQLite, so tests can read what is on disk.

SQLite only shows live rows; a deleted row's text may survive in a free page or a WAL frame.
These functions decrypt every page and every frame (free or not) with the raw database key,
so a test can search the decrypted bytes for a sentinel and prove it is really gone.

Layout measured for SQLCipher 4 defaults (AES-256-CBC, HMAC-SHA512, 4096-byte pages):
each page ends with 80 reserved bytes, a 16-byte IV then a 64-byte HMAC over
ciphertext + IV + page number (4 bytes, little-endian). Page 1 begins with the 16-byte salt
instead of "SQLite format 3\\0". The HMAC key is PBKDF2-HMAC-SHA512(key, salt ^ 0x3a, 2, 32).
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24


class PageAuthenticationError(Exception):
    """A page's HMAC does not match: wrong key, or the bytes were changed."""


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    mask_salt = bytes(b ^ 0x3A for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, mask_salt, 2, dklen=32)


def decrypt_page(page: bytes, page_number: int, key: bytes, salt: bytes) -> bytes:
    """Return the plaintext of one page (page 1 keeps its salt in the first 16 bytes)."""
    if len(page) != PAGE_SIZE:
        raise ValueError(f"page {page_number} has {len(page)} bytes, not {PAGE_SIZE}")
    start = SALT_SIZE if page_number == 1 else 0
    end = PAGE_SIZE - RESERVE
    iv = page[end : end + IV_SIZE]
    tag = page[end + IV_SIZE :]
    expected = hmac.new(
        _hmac_key(key, salt), page[start : end + IV_SIZE] + struct.pack("<I", page_number), "sha512"
    ).digest()
    if not hmac.compare_digest(tag, expected):
        raise PageAuthenticationError(f"page {page_number} failed its HMAC check")
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[start:end]) + decryptor.finalize()
    return page[:start] + plain + bytes(RESERVE)


def decrypt_database_pages(path: Path, key: bytes | bytearray) -> bytes:
    """Decrypt every page of a database file, free pages included, and join them."""
    data = Path(path).read_bytes()
    if len(data) % PAGE_SIZE:
        raise ValueError(f"{path} is {len(data)} bytes, not a whole number of pages")
    if not data:
        return b""
    salt = data[:SALT_SIZE]
    return b"".join(
        decrypt_page(data[offset : offset + PAGE_SIZE], offset // PAGE_SIZE + 1, bytes(key), salt)
        for offset in range(0, len(data), PAGE_SIZE)
    )


def decrypt_wal_frames(path: Path, key: bytes | bytearray, salt: bytes | None = None) -> bytes:
    """Decrypt every frame of a -wal file and join the page images.

    The salt lives in the main database file; by default it is read from the file next to
    the WAL (``vault.db`` for ``vault.db-wal``). Frames after a torn tail are still tried:
    a frame that fails its HMAC raises, because on a clean file none should.
    """
    wal = Path(path).read_bytes()
    if salt is None:
        salt = Path(str(path).removesuffix("-wal")).read_bytes()[:SALT_SIZE]
    frame_size = WAL_FRAME_HEADER_SIZE + PAGE_SIZE
    pages = []
    for offset in range(WAL_HEADER_SIZE, len(wal) - frame_size + 1, frame_size):
        (page_number,) = struct.unpack(">I", wal[offset : offset + 4])
        body = wal[offset + WAL_FRAME_HEADER_SIZE : offset + frame_size]
        pages.append(decrypt_page(body, page_number, bytes(key), salt))
    return b"".join(pages)
