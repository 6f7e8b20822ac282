"""The vault's database opened read-only on one plain SQLCipher connection, for commands that
only read (search, listings): what SQLAlchemy's engine, pool and ORM cost at start-up
(~0.2 s of imports) is more than such a command's whole work.

The file is checked as the engine checks it (page 1's HMAC before SQLite opens it, the key
and SQLCipher's settings on the connection), and the connection cannot write: SQLite opens
the file read-only (a failed or refused open changes no byte) and `query_only` refuses any
statement that would write. What the caller must know before trusting it is read here too:
the schema's revision, the commit counter and whether saves left documents to index.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from satchel.errors import DamagedError, TamperedError
from satchel.store.cipher import (
    CACHE_KIB,
    authenticate_first_page,
    key_connection,
    refused,
)

_TABLE = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"


@dataclass
class ReadOnlyDatabase:
    """One read-only connection (a DB-API connection of sqlcipher3) and what it found."""

    connection: Any
    revision: str | None  # the schema's Alembic revision; None before any migration
    committed: int  # the commit counter (satchel.store.commit_counter)
    pending: bool  # saves queued documents the search index has not taken in yet

    def close(self) -> None:
        self.connection.close()


def open_read_only(path: Path, key: bytes | bytearray) -> ReadOnlyDatabase:
    """Open ``path`` read-only with ``key``; DamagedError or TamperedError as the engine."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise DamagedError("database", "the database file is missing")
    authenticate_first_page(path, key)
    try:
        connection = sqlcipher.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
    except sqlcipher.Error as error:
        raise refused(
            error, DamagedError("database", "the database file cannot be opened"), path
        ) from error
    try:
        connection.isolation_level = None  # no implicit BEGIN: each read sees the newest commit
        cursor = connection.cursor()
        key_connection(cursor, key, path)
        for setting in ("query_only = ON", "temp_store = MEMORY", f"cache_size = -{CACHE_KIB}"):
            cursor.execute(f"PRAGMA {setting}")
        found = ReadOnlyDatabase(
            connection,
            revision=_revision(cursor),
            committed=_committed(cursor),
            pending=_pending(cursor),
        )
        cursor.close()
    except sqlcipher.DatabaseError as error:
        connection.close()
        raise refused(error, TamperedError("database"), path) from error
    except BaseException:
        connection.close()
        raise
    return found


def _revision(cursor: Any) -> str | None:
    if cursor.execute(_TABLE, ("alembic_version",)).fetchone() is None:
        return None
    row = cursor.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _committed(cursor: Any) -> int:
    if cursor.execute(_TABLE, ("vault_state",)).fetchone() is None:
        return 0
    row = cursor.execute("SELECT commit_seq FROM vault_state WHERE id = 1").fetchone()
    return 0 if row is None else int(row[0])


def _pending(cursor: Any) -> bool:
    if cursor.execute(_TABLE, ("search_pending",)).fetchone() is None:
        return False
    return cursor.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is not None
