"""SQLite's page errors as the typed DamagedError, without importing SQLAlchemy: the read-only
path of the command line (services.reading.reader) never loads it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from satchel.errors import DamagedError, disk_error

# SQLite's primary result codes for pages that cannot be read: SQLITE_CORRUPT, and
# SQLITE_NOTADB (SQLCipher's answer when a page fails its HMAC).
_DAMAGE_CODES = frozenset({11, 26})


def is_damage(error: BaseException) -> bool:
    """A page of the database failed SQLCipher's HMAC or SQLite's structure checks.

    Seen either wrapped by SQLAlchemy or raw from the driver (the schema check reads there).
    """
    original: object = error
    wrapped = sys.modules.get("sqlalchemy.exc")  # not loaded: nothing can be wrapped by it
    if wrapped is not None and isinstance(error, wrapped.DBAPIError):
        original = error.orig
    code = getattr(original, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _DAMAGE_CODES


@contextmanager
def reporting_damage(where: Path | None = None) -> Iterator[None]:
    """Turn SQLite's page errors into the typed DamagedError every caller can show."""
    try:
        yield
    except Exception as error:
        if is_damage(error):
            raise DamagedError("database", "a page is corrupt or was altered") from error
        disk = disk_error(error, where)
        if disk is not None and disk is not error:
            raise disk from error
        raise
