"""Open the vault's SQLCipher database with its raw key, and close it with nothing left behind.

Every pooled connection is keyed and configured in a ``connect`` listener, so no connection
can ever run a statement on an unkeyed or half-configured database. The hex form of the key
is built at connect time from the caller's key object and dropped at once: the engine keeps a
reference to that object, not a copy, so when the vault wipes its bytearray, the engine can
no longer open new connections either.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import URL, Connection, Engine, create_engine, event, exc
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

from satchel.errors import DamagedError
from satchel.store.cipher import (
    CACHE_KIB,
    CIPHER_MEMORY_SECURITY,
    KEY_SIZE,
    PAGE_SIZE,
    authenticate_first_page,
    configure,
    read_schema_read_only,
    refused,
)

__all__ = [
    "CACHE_KIB",
    "CIPHER_MEMORY_SECURITY",
    "PAGE_SIZE",
    "close_database",
    "driver_connection",
    "open_database",
]

_MISSING = "the database file is missing"
_LOST_COMMITS = (
    "its latest saved changes are missing; the journal file vault.db-wal or the commit record "
    "vault.commit was altered or damaged"
)


def open_database(
    path: Path, key: bytes | bytearray, *, create: bool = False, minimum_commit: int = 0
) -> Engine:
    """Return an engine on the encrypted database at ``path``, proven readable with ``key``.

    Raises DamagedError when the file is missing, empty or truncated (unless ``create``), or
    holds fewer committed changes than ``minimum_commit`` (the vault's commit record), and
    TamperedError when the key does not authenticate it: the vault layer has already proven
    the key, so a mismatch here means the file was altered. A failed open changes no file.
    """
    if len(key) != KEY_SIZE:
        raise ValueError(f"the database key must be {KEY_SIZE} bytes, not {len(key)}")
    path = Path(path)
    exists = path.is_file() and path.stat().st_size > 0
    if not exists and not create:
        raise DamagedError("database", _MISSING)
    if exists:
        authenticate_first_page(path, key)
        if read_schema_read_only(path, key) < minimum_commit:
            raise DamagedError("database", _LOST_COMMITS)
    else:
        # Owner-only from the first byte; SQLite gives its -wal and -shm the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        module=sqlcipher,
        connect_args={"check_same_thread": False},
    )
    _install_listeners(engine, key, path)
    try:
        with engine.connect():
            pass  # one eager connection: a bad file fails here, not at the first query
    except exc.DBAPIError as error:
        engine.dispose()
        raise refused(
            error, DamagedError("database", "the database file cannot be opened"), path
        ) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def driver_connection(session: Session) -> Any:
    """The DB-API connection under a session's own connection, so in its transaction."""
    raw = session.connection().connection.driver_connection
    if raw is None:  # pragma: no cover - a pooled SQLite connection always has one
        raise DamagedError("database", "no database connection")
    return raw


def close_database(engine: Engine) -> None:
    """Fold the WAL back into the database, empty it, and close every pooled connection."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def _install_listeners(engine: Engine, key: bytes | bytearray, path: Path) -> None:
    """Key and configure each new connection; let SQLAlchemy, not the driver, emit BEGIN.

    The sqlite3-style driver skips BEGIN before DDL and SAVEPOINT, so migrations would not be
    transactional and savepoints would escape their transaction. With the driver's
    isolation_level None and our own BEGIN, both behave (SQLAlchemy's documented recipe).
    """

    @event.listens_for(engine, "connect", insert=True)
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            configure(cursor, key, path)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
            connection.exec_driver_sql("BEGIN")
