"""Checking the records of an incoming bundle's data.json, field by field.

Strict on purpose: every field present, no unknown field, each value of its type and within
the limits the services apply, ids and times normalised, so that a checked record hashes
the same as the vault's own rendering of it (bundle_records).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from satchel.services.core.tags import MAX_TAG_LENGTH
from satchel.services.notebook.identity import IDENTITY_FIELDS
from satchel.services.notebook.identity import MAX_FIELD as MAX_IDENTITY
from satchel.services.sharing.bundle_format import BundleError
from satchel.services.sharing.records import iso_time
from satchel.store.enums import CaseStatus, ItemState, PersonRole, Priority

MAX_TAGS = 100

Check = Callable[[Any, str], Any]


def _fail(where: str, problem: str) -> BundleError:
    return BundleError(f"{where} {problem}")


def _text(max_length: int, *, required: bool = False) -> Check:
    def check(value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise _fail(where, "is not text")
        if len(value) > max_length:
            raise _fail(where, f"is too long ({len(value)} characters; at most {max_length})")
        if "\x00" in value:
            raise _fail(where, "contains a NUL character")
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate, which JSON's \u escapes allow
                raise _fail(where, "is not valid Unicode text") from None
        if required and not value.strip():
            raise _fail(where, "is empty")
        return value

    return check


def _choice(allowed: tuple[str, ...]) -> Check:
    def check(value: Any, where: str) -> str:
        if value not in allowed:
            raise _fail(where, f"is not one of: {', '.join(allowed)}")
        return str(value)

    return check


def _id(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value) > 40:
        raise _fail(where, "is not an id")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise _fail(where, "is not an id") from None


def _optional(check: Check) -> Check:
    def optional(value: Any, where: str) -> Any:
        return None if value is None else check(value, where)

    return optional


def _day_check(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value) != 10:
        raise _fail(where, "is not a date like 2026-03-31")
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise _fail(where, "is not a date like 2026-03-31") from None


def _time(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value) > 40:
        raise _fail(where, "is not a time")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _fail(where, "is not a time") from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise _fail(where, "has no time zone")
    try:
        return iso_time(parsed)
    except OverflowError:  # year 1 east of UTC, or year 9999 west of it
        raise _fail(where, "is out of range") from None


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _fail(where, "is not true or false")
    return value


def _count(high: int) -> Check:
    def check(value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
            raise _fail(where, f"is not a whole number from 0 to {high}")
        return value

    return check


def _tag_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or len(value) > MAX_TAGS:
        raise _fail(where, f"is not a list of at most {MAX_TAGS} tags")
    tags = [
        _text(MAX_TAG_LENGTH, required=True)(tag, f"{where}[{i}]") for i, tag in enumerate(value)
    ]
    return sorted(tags)


def _sha256(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value) != 64 or value.strip("0123456789abcdef"):
        raise _fail(where, "is not a SHA-256 in lower-case hex")
    return value


def _identity(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _fail(where, "is not an object")
    unknown = sorted(set(value) - set(IDENTITY_FIELDS))
    if unknown:
        raise _fail(where, f'has an unknown identity field "{unknown[0][:40]}"')
    return {name: _text(MAX_IDENTITY)(text, f"{where}.{name}") for name, text in value.items()}


_CASE_TEXT = 20_000
SCHEMAS: dict[str, dict[str, Check]] = {
    "people": {
        "id": _id,
        "pseudonym": _text(100, required=True),
        "role": _choice(tuple(r.value for r in PersonRole)),
        "organisation": _text(200),
        "contact_method": _text(500),
        "notes": _text(_CASE_TEXT),
        "created_at": _time,
        "updated_at": _time,
        "tags": _tag_list,
    },
    "cases": {
        "id": _id,
        "title": _text(200, required=True),
        "summary": _text(_CASE_TEXT),
        "status": _choice(tuple(s.value for s in CaseStatus)),
        "priority": _choice(tuple(p.value for p in Priority)),
        "next_action": _text(200),
        "due_date": _optional(_day_check),
        "opened_at": _time,
        "updated_at": _time,
        "tags": _tag_list,
    },
    "case_members": {
        "case_id": _id,
        "person_id": _id,
        "role_in_case": _text(100),
        "added_at": _time,
    },
    "notes": {
        "id": _id,
        "case_id": _optional(_id),
        "person_id": _optional(_id),
        "title": _text(200, required=True),
        "body": _text(1_000_000),
        "pinned": _bool,
        "created_at": _time,
        "updated_at": _time,
        "tags": _tag_list,
    },
    "checklists": {
        "id": _id,
        "case_id": _id,
        "template_key": _text(100, required=True),
        "template_version": _count(1_000_000),
        "title": _text(200, required=True),
        "created_at": _time,
        "updated_at": _time,
    },
    "checklist_items": {
        "id": _id,
        "checklist_id": _id,
        "item_key": _text(100, required=True),
        "position": _count(100_000),
        "title": _text(2_000, required=True),
        "help": _text(_CASE_TEXT),
        "category": _text(200),
        "required": _bool,
        "state": _choice(tuple(s.value for s in ItemState)),
        "due_date": _optional(_day_check),
        "original_location": _text(2_000),
        "note": _text(2_000),
        "updated_at": _time,
    },
    "attachments": {
        "id": _id,
        "case_id": _optional(_id),
        "note_id": _optional(_id),
        "checklist_item_id": _optional(_id),
        "filename": _text(200, required=True),
        "media_type": _text(100, required=True),
        "size": _count(1 << 40),
        "sha256": _sha256,
        "created_at": _time,
    },
}
_SINGULAR = {
    "people": "person",
    "cases": "case",
    "case_members": "case member",
    "notes": "note",
    "checklists": "checklist",
    "checklist_items": "checklist item",
    "attachments": "attachment",
}


def singular(kind: str) -> str:
    return _SINGULAR[kind]


def check_record(
    kind: str, raw: Any, where: str, allowed_identity: frozenset[str]
) -> dict[str, Any]:
    """A normalised copy of one record, or BundleError naming the first bad field."""
    if not isinstance(raw, dict):
        raise _fail(where, "is not an object")
    schema = SCHEMAS[kind]
    extra = set(raw) - set(schema) - ({"identity"} if kind == "people" else set())
    if extra:
        raise _fail(where, f'has an unknown field "{sorted(extra)[0][:40]}"')
    missing = [name for name in schema if name not in raw]
    if missing:
        raise _fail(where, f'has no "{missing[0]}"')
    record = {name: check(raw[name], f"{where}.{name}") for name, check in schema.items()}
    if "identity" in raw:
        identity = _identity(raw["identity"], f"{where}.identity")
        if set(identity) - allowed_identity:
            raise _fail(where, "carries identity fields bundle.json does not declare")
        record["identity"] = identity
    return record
