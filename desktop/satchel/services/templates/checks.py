"""Checking a parsed template document field by field, collecting every problem with its line."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from satchel.services.templates.field_checks import FieldChecker, kind_of, shown
from satchel.services.templates.lines import FieldPath, SourceLines
from satchel.services.templates.rules import (
    CATEGORIES,
    COUNTRY,
    DURATION,
    ITEM_FIELDS,
    MAX_ITEMS,
    MAX_SOURCES,
    OPTIONAL_TOP_LEVEL,
    SOURCE_FIELDS,
    SOURCE_TITLE_LIMIT,
    TEXT_LIMITS,
    TOP_LEVEL,
    URL,
    URL_LIMIT,
    Problem,
    short_text,
)


def _check_version(check: FieldChecker, value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        check.add(
            ("version",),
            f"must be a whole number of 1 or more, not {kind_of(value)}",
            kind="wrong_type",
            got=kind_of(value),
        )
        return None
    if not 1 <= value <= 1_000_000:
        check.add(
            ("version",),
            f"must be between 1 and 1000000, not {value}",
            kind="bad_version",
            value=value,
        )
        return None
    return value


def _check_jurisdiction(check: FieldChecker, value: Any) -> str | None:
    path = ("jurisdiction",)
    if not isinstance(value, str):
        check.add(
            path,
            f'must be text such as "DE", "DE,FR" or "any", not {kind_of(value)}',
            kind="wrong_type",
            got=kind_of(value),
        )
        return None
    if value == "any":
        return value
    codes = [code.strip() for code in value.split(",")]
    bad = [code for code in codes if not COUNTRY.match(code)]
    if bad or len(set(codes)) != len(codes):
        check.add(
            path,
            f'"{short_text(value)}" is not "any" or a comma-separated list of two-letter '
            'country codes such as "DE,FR"',
            kind="bad_jurisdiction",
            value=short_text(value),
        )
        return None
    return ",".join(codes)


def _check_date(check: FieldChecker, value: Any, path: FieldPath) -> str | None:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date | str):
        check.add(
            path,
            f"must be a date like 2026-11-25, not {kind_of(value)}",
            kind="wrong_type",
            got=kind_of(value),
        )
        return None
    if isinstance(value, str):
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            check.add(
                path,
                f'"{short_text(value)}" is not a date like 2026-11-25',
                kind="not_a_date",
                value=short_text(value),
            )
            return None
    day: dt.date = value
    return day.isoformat()


def _check_source(check: FieldChecker, source: Any, path: FieldPath) -> dict[str, str] | None:
    if not isinstance(source, dict):
        check.add(
            path,
            f"must be a table with title, url and last_reviewed, not {kind_of(source)}",
            kind="wrong_type",
            got=kind_of(source),
        )
        return None
    check.unknown_keys(source, SOURCE_FIELDS, path)
    check.required(source, SOURCE_FIELDS, path)
    clean: dict[str, str | None] = {}
    if "title" in source:
        clean["title"] = check.text(source["title"], (*path, "title"), SOURCE_TITLE_LIMIT)
    if "url" in source:
        url = source["url"]
        if isinstance(url, str) and len(url) <= URL_LIMIT and URL.match(url):
            clean["url"] = url
        else:
            check.add(
                (*path, "url"),
                f"{shown(url)} is not a web address starting with https://",
                kind="not_https",
                value=shown(url),
            )
    if "last_reviewed" in source:
        clean["last_reviewed"] = _check_date(
            check, source["last_reviewed"], (*path, "last_reviewed")
        )
    if any(clean.get(key) is None for key in SOURCE_FIELDS):
        return None
    return {key: str(clean[key]) for key in SOURCE_FIELDS}


def _check_sources(check: FieldChecker, value: Any) -> list[dict[str, str]] | None:
    if not isinstance(value, list):
        check.add(
            ("sources",),
            f"must be a list of [[sources]] tables, not {kind_of(value)}",
            kind="wrong_type",
            got=kind_of(value),
        )
        return None
    if len(value) > MAX_SOURCES:
        check.add(
            ("sources",),
            f"has {len(value)} entries; at most {MAX_SOURCES}",
            kind="too_many",
            count=len(value),
            limit=MAX_SOURCES,
        )
        return None
    result = [_check_source(check, source, ("sources", i)) for i, source in enumerate(value)]
    clean = [source for source in result if source is not None]
    return clean if len(clean) == len(value) else None


def _check_item(check: FieldChecker, item: Any, index: int) -> dict[str, Any] | None:
    path: FieldPath = ("items", index)
    if not isinstance(item, dict):
        check.add(
            path,
            f"must be an [[items]] table, not {kind_of(item)}",
            kind="wrong_type",
            got=kind_of(item),
        )
        return None
    check.unknown_keys(item, ITEM_FIELDS, path)
    needed = ("id", "title", "help", "category", "required")
    check.required(item, needed, path)
    clean: dict[str, Any] = {}
    if "id" in item:
        clean["id"] = check.slug(item["id"], (*path, "id"))
    for key in ("title", "help", "tip"):
        if key in item:
            clean[key] = check.localized(item[key], (*path, key), TEXT_LIMITS[key])
    if "category" in item:
        clean["category"] = check.one_of(item["category"], (*path, "category"), CATEGORIES)
    if "required" in item:
        clean["required"] = check.boolean(item["required"], (*path, "required"))
    if "typical_validity" in item:
        validity = item["typical_validity"]
        clean["typical_validity"] = validity
        if not (isinstance(validity, str) and DURATION.match(validity)):
            clean["typical_validity"] = None
            check.add(
                (*path, "typical_validity"),
                f'{shown(validity)} is not an ISO 8601 duration such as "P6M", "P1Y" or "P10Y"',
                kind="bad_duration",
                value=shown(validity),
            )
    if "last_reviewed" in item:
        clean["last_reviewed"] = _check_date(check, item["last_reviewed"], (*path, "last_reviewed"))
    if any(value is None for value in clean.values()) or any(k not in clean for k in needed):
        return None
    return clean


def _check_items(check: FieldChecker, value: Any) -> list[dict[str, Any]] | None:
    if not isinstance(value, list):
        check.add(
            ("items",),
            f"must be a list of [[items]] tables, not {kind_of(value)}",
            kind="wrong_type",
            got=kind_of(value),
        )
        return None
    if not value:
        check.add(("items",), "a template needs at least one item", kind="no_items")
        return None
    if len(value) > MAX_ITEMS:
        check.add(
            ("items",),
            f"has {len(value)} items; at most {MAX_ITEMS}",
            kind="too_many",
            count=len(value),
            limit=MAX_ITEMS,
        )
        return None
    result = [_check_item(check, item, index) for index, item in enumerate(value)]
    seen: dict[str, int] = {}
    for index, item in enumerate(value):
        key = item.get("id") if isinstance(item, dict) else None
        if not isinstance(key, str):
            continue
        if key in seen:
            check.add(
                ("items", index, "id"),
                f'duplicate id "{short_text(key)}" (already used by items[{seen[key] + 1}])',
                kind="duplicate_id",
                value=short_text(key),
                first=seen[key] + 1,
            )
            result[index] = None
        else:
            seen[key] = index
    if any(item is None for item in result):
        return None
    return [item for item in result if item is not None]


def check_document(document: Any, filename: str, lines: SourceLines) -> tuple[Any, list[Problem]]:
    """The clean document (dates as text, optional fields left out when absent) and problems."""
    check = FieldChecker(filename, lines)
    if not isinstance(document, dict):  # pragma: no cover - tomllib always gives a table
        check.add((), "a template must be a TOML table", kind="wrong_type", got="")
        return None, check.problems
    check.unknown_keys(document, (*TOP_LEVEL, *OPTIONAL_TOP_LEVEL, "items"), ())
    for key in (*TOP_LEVEL, "items"):
        if key not in document:
            check.add((key,), "missing", kind="missing")
    clean: dict[str, Any] = {}
    if "id" in document:
        clean["id"] = check.slug(document["id"], ("id",))
    if "version" in document:
        clean["version"] = _check_version(check, document["version"])
    for key in ("title", "description", "disclaimer"):
        if key in document:
            clean[key] = check.localized(document[key], (key,), TEXT_LIMITS[key])
    if "jurisdiction" in document:
        clean["jurisdiction"] = _check_jurisdiction(check, document["jurisdiction"])
    if "sources" in document:
        clean["sources"] = _check_sources(check, document["sources"])
    if "last_reviewed" in document:
        clean["last_reviewed"] = _check_date(check, document["last_reviewed"], ("last_reviewed",))
    if "items" in document:
        clean["items"] = _check_items(check, document["items"])
    if check.problems:
        return None, check.problems
    keys = (*TOP_LEVEL, *(k for k in OPTIONAL_TOP_LEVEL if k in clean), "items")
    return {key: clean[key] for key in keys}, []
