"""Integrity checks of an open vault: SQLite's structure, SQLCipher's page MACs, the index.

Each check runs on its own, so one damaged page does not hide what the others find.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from satchel.services.core.session import VaultSession


@dataclass(frozen=True)
class IntegrityReport:
    structure: list[str]  # PRAGMA integrity_check rows other than "ok"
    pages: list[str]  # PRAGMA cipher_integrity_check: one row per page that failed its MAC
    foreign_keys: int  # rows pointing at nothing
    search_index_ok: bool

    @property
    def ok(self) -> bool:
        return (
            not self.structure and not self.pages and not self.foreign_keys and self.search_index_ok
        )


def _rows(connection: Connection, sql: str) -> list[str]:
    return [str(row[0]) for row in connection.execute(text(sql))]


def _guarded(connection: Connection, check: Callable[[], list[str]]) -> list[str]:
    """The check's findings, or the error that stopped it, as one finding."""
    try:
        return check()
    except DBAPIError as error:
        connection.rollback()
        return [f"check stopped: {error.orig}"]


def _index_check(connection: Connection) -> list[str]:
    """FTS5's own check that the index matches its stored text; it raises when not."""
    connection.execute(text("INSERT INTO search_index(search_index) VALUES ('integrity-check')"))
    return []


def check_integrity(vs: VaultSession) -> IntegrityReport:
    with vs.require_open().connect() as connection:
        structure = _guarded(
            connection,
            lambda: [row for row in _rows(connection, "PRAGMA integrity_check") if row != "ok"],
        )
        pages = _guarded(connection, lambda: _rows(connection, "PRAGMA cipher_integrity_check"))
        foreign = _guarded(connection, lambda: _rows(connection, "PRAGMA foreign_key_check"))
        index = _guarded(connection, lambda: _index_check(connection))
        connection.rollback()
    return IntegrityReport(
        structure=structure, pages=pages, foreign_keys=len(foreign), search_index_ok=not index
    )
