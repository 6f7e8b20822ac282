"""Raw SQLCipher connections: page 1 authenticated before SQLite opens the file, the key and
the settings Satchel relies on checked on every connection.

Apart from the SQLAlchemy engine (satchel.store.engine, which keys its pooled connections
with `configure`) so that the command line's read-only path (satchel.store.read_only) opens
the same file, as safely, without importing SQLAlchemy.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from satchel.errors import DamagedError, TamperedError, VaultError, disk_error

KEY_SIZE = 32
PAGE_SIZE = 4096
MIN_CIPHER_VERSION = (4, 5)
HMAC_ALGORITHM = "HMAC_SHA512"

# SQLCipher's cipher_memory_security wipes every buffer it frees. It is process-wide and,
# once ON, cannot be turned OFF again (measured with 4.19). It roughly doubles insert time
# and makes MATCH ~5x slower here, so it stays OFF until a benchmark says the cost is
# acceptable; the page cache holds plaintext either way while the vault is open.
CIPHER_MEMORY_SECURITY = False

# Page cache per connection, in KiB (SQLite's default is 2000). Every page read from the
# file is decrypted and its HMAC checked, so a cache miss costs far more than in plain
# SQLite: measured at 100k notes, 64 MiB made a note save ~30% and a search ~25% faster than
# the default, and a bulk insert went from 1.47x to 1.11x plaintext. Memory is taken only as
# pages are read; the cache holds plaintext pages either way while the vault is open.
CACHE_KIB = 65_536

# SQLCipher 4 page layout, used to authenticate page 1 before SQLite touches the folder.
_SALT_SIZE = 16
_IV_SIZE = 16
_HMAC_SIZE = 64
_HMAC_SALT_MASK = 0x3A
_FAST_KDF_ITERATIONS = 2


def authenticate_first_page(path: Path, key: bytes | bytearray) -> None:
    """Check page 1's HMAC in Python, before SQLite opens the file.

    Measured: after a crash leaves a -wal file, a SQLite connection keyed wrong still
    checkpoints that WAL into the database when it closes and deletes the -wal and -shm files.
    Checking the page first keeps a failed open from changing a single byte.
    """
    try:
        with path.open("rb") as handle:
            page = handle.read(PAGE_SIZE)
    except OSError as error:
        raise refused(
            error, DamagedError("database", "the database file cannot be read"), path
        ) from error
    if len(page) < PAGE_SIZE:
        raise DamagedError("database", "the database file is truncated")
    salt = page[:_SALT_SIZE]
    mask_salt = bytes(byte ^ _HMAC_SALT_MASK for byte in salt)
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, mask_salt, _FAST_KDF_ITERATIONS, KEY_SIZE)
    tag_start = PAGE_SIZE - _HMAC_SIZE
    signed = page[_SALT_SIZE:tag_start] + struct.pack("<I", 1)
    expected = hmac.new(hmac_key, signed, hashlib.sha512).digest()
    if not hmac.compare_digest(page[tag_start:], expected):
        raise TamperedError("database")


def read_schema_read_only(path: Path, key: bytes | bytearray) -> int:
    """Read the schema (and any WAL frames it needs) on a read-only connection first; return
    the commit counter (0 before its migration).

    A read-write connection that fails on a damaged page still checkpoints a leftover WAL
    into the file when it closes (measured). A read-only one cannot write the database or
    the WAL, so a refused open leaves both as they were (SQLite may rebuild the -shm index,
    which holds nothing that outlives the open).
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        connection = sqlcipher.connect(uri, uri=True, check_same_thread=False)
    except sqlcipher.Error as error:
        raise refused(
            error, DamagedError("database", "the database file cannot be opened"), path
        ) from error
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        cursor.execute("SELECT name, sql FROM sqlite_master").fetchall()
        if cursor.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone():
            cursor.execute("SELECT version_num FROM alembic_version").fetchall()
        if cursor.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vault_state'"
        ).fetchone():
            row = cursor.execute("SELECT commit_seq FROM vault_state WHERE id = 1").fetchone()
            return int(row[0]) if row else 0
        return 0
    except sqlcipher.DatabaseError as error:
        raise refused(error, TamperedError("database"), path) from error
    finally:
        connection.close()


def refused(error: BaseException, otherwise: VaultError, path: Path) -> VaultError:
    """A full, read-only or failing disk is said as such, never as damage or tampering.

    SQLite reports "database or disk is full" and I/O errors as OperationalError, a kind of
    DatabaseError, so a bare `except DatabaseError` would call a full disk an attack.
    """
    return disk_error(error, path.parent) or otherwise


def configure(cursor: Any, key: bytes | bytearray, path: Path) -> None:
    key_connection(cursor, key, path)
    mode = _pragma(cursor, "journal_mode = WAL")
    if mode.lower() != "wal":
        raise DamagedError("database", f"write-ahead logging could not be enabled ({mode})")
    for setting in (
        "synchronous = FULL",
        "temp_store = MEMORY",
        "secure_delete = ON",
        "foreign_keys = ON",
        f"cache_size = -{CACHE_KIB}",
    ):
        cursor.execute(f"PRAGMA {setting}")


def key_connection(cursor: Any, key: bytes | bytearray, path: Path) -> None:
    """Key a new connection, check SQLCipher's settings, and read the schema with the key:
    TamperedError if it does not authenticate the file."""
    cursor.execute("PRAGMA cipher_log_level = NONE")
    if CIPHER_MEMORY_SECURITY:
        cursor.execute("PRAGMA cipher_memory_security = ON")
    cursor.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    _check_cipher_settings(cursor)
    try:
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        raise refused(error, TamperedError("database"), path) from error


def _check_cipher_settings(cursor: Any) -> None:
    """Refuse to run on a SQLCipher build whose defaults differ from the ones we rely on."""
    version_text = _pragma(cursor, "cipher_version")
    version = tuple(int(part) for part in version_text.split()[0].split(".")[:2])
    found = {
        "cipher_version": version >= MIN_CIPHER_VERSION,
        "cipher_page_size": _pragma(cursor, "cipher_page_size") == str(PAGE_SIZE),
        "cipher_hmac_algorithm": _pragma(cursor, "cipher_hmac_algorithm") == HMAC_ALGORITHM,
        "cipher_plaintext_header_size": _pragma(cursor, "cipher_plaintext_header_size") == "0",
    }
    wrong = [name for name, ok in found.items() if not ok]
    if wrong:
        raise RuntimeError(
            f"SQLCipher {version_text} does not use Satchel's settings: {', '.join(wrong)}"
        )


def _pragma(cursor: Any, statement: str) -> str:
    row = cursor.execute(f"PRAGMA {statement}").fetchone()
    return "" if row is None else str(row[0])
