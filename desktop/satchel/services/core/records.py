"""Shared pieces of every service: ids typed by users, required rows, clean text, time."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from satchel.errors import InvalidInputError, NotFoundError
from satchel.services.core.typed import MIN_ID_PREFIX, choice, id_digits
from satchel.store.types import utc_now

__all__ = [
    "KEEP",
    "MIN_ID_PREFIX",
    "Keep",
    "choice",
    "clean_text",
    "parse_date",
    "require",
    "utc_now",
]

T = TypeVar("T")


class Keep(Enum):
    """Marks an optional argument that was not given, where None means "clear it"."""

    KEEP = "keep"


KEEP = Keep.KEEP


def require(session: Session, model: type[T], ident: uuid.UUID | str, kind: str) -> T:
    """The row with this id, or NotFoundError naming what was looked for.

    Users may type a unique prefix of an id (at least six hex digits), as with git.
    """
    text = id_digits(ident, kind)
    if len(text) == 32:
        whole = uuid.UUID(text)
        row = session.get(model, whole)
        if row is None:
            raise NotFoundError(kind, str(whole))
        return row
    column: Any = model.id  # type: ignore[attr-defined]
    # SQLite stores these as 32 hex digits; match the prefix there.
    rows = session.scalars(
        select(model).where(cast(column, String).like(f"{text}%")).limit(2)
    ).all()
    if not rows:
        raise NotFoundError(kind, str(ident))
    if len(rows) > 1:
        raise InvalidInputError(problem="ambiguous_id", ident=ident, kind=kind)
    return rows[0]


def clean_text(value: str, field: str, *, max_length: int, required: bool = False) -> str:
    """Trimmed text within its limit; a clear error names the field otherwise."""
    text = value.strip()
    if required and not text:
        raise InvalidInputError(problem="empty", field=field)
    if len(text) > max_length:
        raise InvalidInputError(problem="too_long", field=field, length=len(text), limit=max_length)
    if "\x00" in text:
        raise InvalidInputError(problem="nul", field=field)
    return text


def parse_date(value: str | dt.date | None, field: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInputError(problem="not_a_date", field=field, value=value) from None
