"""Listings read with plain SQL on a DB-API connection (no SQLAlchemy): notes page by page,
cases and people with their tags. The values come back as stored (ids as 32 hex digits,
times as SQLAlchemy writes them on SQLite); the services turn them into what they hand out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from satchel.store.enums import ItemState

# Tables whose ids may be typed as prefixes, and the tag links of the listed ones.
ID_TABLES = frozenset({"cases", "notes", "persons"})
_TAG_LINKS = {"cases": "case_tags", "notes": "note_tags", "persons": "person_tags"}
_OWNER_COLUMN = {"cases": "case_id", "notes": "note_id", "persons": "person_id"}


def ids_starting(connection: Any, table: str, digits: str, *, limit: int = 2) -> list[str]:
    """Ids (hex) of ``table`` starting with ``digits``; a whole id matches itself only."""
    if table not in ID_TABLES:
        raise ValueError(f"not a table of records: {table!r}")
    rows = connection.execute(
        f"SELECT id FROM {table} WHERE id LIKE :prefix LIMIT :limit",  # noqa: S608 (fixed names)
        {"prefix": digits + "%", "limit": limit},
    ).fetchall()
    return [str(row[0]) for row in rows]


def note_page(
    connection: Any, *, case_id: str | None, after: tuple[Any, Any, Any] | None, limit: int
) -> list[tuple[Any, ...]]:
    """One page of notes in listing order (pinned first, newest first, then by id), after
    the row whose (pinned, updated_at, id) is ``after``, through the index made for it:
    (id, case_id, person_id, title, pinned, created_at, updated_at)."""
    conditions = [] if case_id is None else ["case_id = :case"]
    params: dict[str, Any] = {"case": case_id, "limit": limit}
    if after is not None:
        conditions.append("(pinned, updated_at, id) < (:pinned, :updated, :id)")
        params |= {"pinned": after[0], "updated": after[1], "id": after[2]}
    where = "WHERE " + " AND ".join(conditions) if conditions else ""
    return list(connection.execute(_NOTE_PAGE.format(where=where), params).fetchall())


def tags_of(connection: Any, table: str, ids: Sequence[str]) -> dict[str, list[str]]:
    """Each record's tag names (unsorted), for the records of ``table`` with these ids."""
    names: dict[str, list[str]] = defaultdict(list)
    link, owner = _TAG_LINKS[table], _OWNER_COLUMN[table]
    for start in range(0, len(ids), _IDS_A_QUERY):
        chunk = ids[start : start + _IDS_A_QUERY]
        sql = (
            f"SELECT {link}.{owner}, tags.name FROM {link} "  # noqa: S608 (fixed names)
            f"JOIN tags ON tags.id = {link}.tag_id WHERE {link}.{owner} IN "
            f"({', '.join('?' * len(chunk))})"
        )
        for owner_id, name in connection.execute(sql, list(chunk)):
            names[owner_id].append(name)
    return names


def case_rows(connection: Any, *, status: str | None, tag_key: str | None) -> list[tuple[Any, ...]]:
    """Every case (of a status, with a tag, if given), most recently updated first:
    (id, title, status, priority, next_action, due_date, opened_at, updated_at)."""
    conditions, params = [], {}
    if status is not None:
        conditions.append("status = :status")
        params["status"] = status
    if tag_key is not None:
        conditions.append(
            "EXISTS (SELECT 1 FROM case_tags JOIN tags ON tags.id = case_tags.tag_id "
            "WHERE case_tags.case_id = cases.id AND tags.name_key = :tag)"
        )
        params["tag"] = tag_key
    where = "WHERE " + " AND ".join(conditions) if conditions else ""
    return list(connection.execute(_CASES.format(where=where), params).fetchall())


def case_progress(connection: Any, ids: Sequence[str]) -> dict[str, tuple[int, int]]:
    """(done, counted) per case over all its checklists; counted leaves out "not needed"."""
    found: dict[str, tuple[int, int]] = {}
    for start in range(0, len(ids), _IDS_A_QUERY):
        chunk = ids[start : start + _IDS_A_QUERY]
        sql = _PROGRESS.format(ids=", ".join("?" * len(chunk)))
        params = [ItemState.DONE.value, ItemState.NOT_NEEDED.value, *chunk]
        for case_id, done, counted in connection.execute(sql, params):
            found[case_id] = (int(done or 0), int(counted or 0))
    return found


def person_rows(connection: Any, *, role: str | None) -> list[tuple[Any, ...]]:
    """Every person (of a role, if given) by pseudonym: (id, pseudonym, role, organisation,
    updated_at). Never an identity field."""
    where = "" if role is None else "WHERE role = :role"
    return list(connection.execute(_PEOPLE.format(where=where), {"role": role}).fetchall())


_IDS_A_QUERY = 900  # below SQLite's oldest limit on bound values
# Only fixed fragments are formatted into these; every value is a bound parameter.
_NOTE_PAGE = (
    "SELECT id, case_id, person_id, title, pinned, created_at, updated_at FROM notes "
    "{where} ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT :limit"
)
_CASES = (
    "SELECT id, title, status, priority, next_action, due_date, opened_at, updated_at "
    "FROM cases {where} ORDER BY updated_at DESC, id"
)
_PROGRESS = (
    "SELECT checklists.case_id, "
    "sum(CASE WHEN checklist_items.state = ? THEN 1 ELSE 0 END), "
    "sum(CASE WHEN checklist_items.state != ? THEN 1 ELSE 0 END) "
    "FROM checklists JOIN checklist_items ON checklist_items.checklist_id = checklists.id "
    "WHERE checklists.case_id IN ({ids}) GROUP BY checklists.case_id"
)
_PEOPLE = (
    "SELECT id, pseudonym, role, organisation, updated_at FROM persons {where} "
    "ORDER BY pseudonym_key, id"
)
