"""The database side of the commit record: a counter raised by every write transaction.

Raised inside the transaction, so it commits (or rolls back) with the change it counts. The
vault layer writes the committed value outside the WAL (satchel.vault.format1.commit_record); a
database later found below that value has lost committed changes.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine

_TABLE_EXISTS = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vault_state'"


def changes_so_far(connection: Connection) -> int:
    """Rows this connection has inserted, updated or deleted since it opened."""
    return int(connection.exec_driver_sql("SELECT total_changes()").scalar_one())


def raise_counter(connection: Connection) -> int | None:
    """Count one more committed change; None if the counter's row is missing."""
    value = connection.exec_driver_sql(
        "UPDATE vault_state SET commit_seq = commit_seq + 1 WHERE id = 1 RETURNING commit_seq"
    ).scalar()
    return None if value is None else int(value)


def read_counter(connection: Connection) -> int:
    """The committed count; 0 for a database older than the counter."""
    if connection.exec_driver_sql(_TABLE_EXISTS).first() is None:
        return 0
    value = connection.exec_driver_sql("SELECT commit_seq FROM vault_state WHERE id = 1").scalar()
    return 0 if value is None else int(value)


def committed_count(engine: Engine) -> int:
    """read_counter for the unlock path, on the driver's connection: it runs at every unlock,
    and skipping SQLAlchemy's statement handling and BEGIN/ROLLBACK halves its cost."""
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        if raw is None:  # pragma: no cover - a pooled SQLite connection always has one
            return read_counter(connection)
        if raw.execute(_TABLE_EXISTS).fetchone() is None:
            return 0
        row = raw.execute("SELECT commit_seq FROM vault_state WHERE id = 1").fetchone()
        return 0 if row is None else int(row[0])
