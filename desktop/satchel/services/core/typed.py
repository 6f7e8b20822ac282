"""What users type, checked before any database is asked: ids (or prefixes of them) and
choices among fixed values. Apart from services.core.records so that the command line's
read-only path checks them the same way without importing SQLAlchemy."""

from __future__ import annotations

import re
import uuid

from satchel.errors import InvalidInputError

MIN_ID_PREFIX = 6
_HEX = re.compile(r"^[0-9a-f]+$")


def id_digits(ident: uuid.UUID | str, kind: str) -> str:
    """The hex digits of a typed id, or of a unique prefix of one (at least six), as with
    git; a whole id gives 32 digits. InvalidInputError names what is not an id."""
    if isinstance(ident, uuid.UUID):
        return ident.hex
    text = ident.strip().lower().replace("-", "")
    if not _HEX.match(text) or len(text) < MIN_ID_PREFIX or len(text) > 32:
        raise InvalidInputError(problem="not_an_id", ident=ident, kind=kind)
    return text


def choice(value: str, field: str, allowed: tuple[str, ...]) -> str:
    normalized = value.strip().lower().replace("-", "_").replace(" ", "_")
    if normalized not in allowed:
        listed = ", ".join(a.replace("_", "-") for a in allowed)
        raise InvalidInputError(problem="not_a_choice", value=value, field=field, choices=listed)
    return normalized
