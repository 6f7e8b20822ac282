"""Column types and key rules shared by every model.

Kept apart from the models so migrations can import them without the whole mapping.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, Dialect
from sqlalchemy.types import TypeDecorator

from satchel.store.folding import fold_key

__all__ = ["NAMING_CONVENTION", "UTCDateTime", "fold_key", "one_of", "utc_now"]

# Stable constraint and index names, so later batch migrations on SQLite can find them.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """The current time, aware, in UTC: the only kind of datetime the store accepts."""
    return datetime.now(UTC)


def one_of(column: str, allowed: type[StrEnum]) -> CheckConstraint:
    """A CHECK that keeps ``column`` to the enum's values; named ck_<table>_<column>."""
    values = ", ".join(f"'{member.value}'" for member in allowed)
    return CheckConstraint(f"{column} IN ({values})", name=column)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC, and refuses naive input rather than guess a zone."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: give a timezone-aware value")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime from the database, got {type(value)!r}")
        return value.replace(tzinfo=UTC)
