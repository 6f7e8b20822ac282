"""Checking one field of a template: its type, text, slug, choice or languages.

Each problem gets the line it is on, a `kind` and its params (so the window can word it in
the user's language) and an English message; `checks` walks the document with these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from satchel.services.templates.lines import FieldPath, SourceLines
from satchel.services.templates.rules import (
    LANGUAGES,
    MAX_SLUG,
    SLUG,
    Problem,
    field_name,
    short_text,
)


class FieldChecker:
    """Collects every problem of one file, each at its line."""

    def __init__(self, filename: str, lines: SourceLines) -> None:
        self.filename = filename
        self.lines = lines
        self.problems: list[Problem] = []

    def add(
        self,
        path: FieldPath,
        message: str,
        *,
        line: int | None = None,
        kind: str = "",
        **params: object,
    ) -> None:
        """`kind` names the problem for the window ("missing", "wrong_type" ...) and
        `params` its values; `message` is the same in English."""
        where = self.lines.line(path) if line is None else line
        self.problems.append(
            Problem(self.filename, where, field_name(path), message, kind, dict(params))
        )

    def unknown_keys(
        self, table: Mapping[str, Any], allowed: Sequence[str], path: FieldPath
    ) -> None:
        for key in table:
            if key not in allowed:
                self.add(
                    (*path, key),
                    f"unknown field; expected one of: {', '.join(allowed)}",
                    kind="unknown_field",
                    allowed=", ".join(allowed),
                )

    def required(self, table: Mapping[str, Any], keys: Sequence[str], path: FieldPath) -> None:
        """A problem for each missing key, at the line of the table it belongs in."""
        for key in keys:
            if key not in table:
                self.add((*path, key), "missing", line=self.lines.line(path), kind="missing")

    def one_of(self, value: Any, path: FieldPath, allowed: Sequence[str]) -> str | None:
        if isinstance(value, str) and value in allowed:
            return value
        self.add(
            path,
            f"{shown(value)} is not one of: {', '.join(allowed)}",
            kind="not_one_of",
            value=shown(value),
            allowed=", ".join(allowed),
        )
        return None

    def boolean(self, value: Any, path: FieldPath) -> bool | None:
        if isinstance(value, bool):
            return value
        self.add(
            path,
            f"must be true or false, not {kind_of(value)}",
            kind="wrong_type",
            got=kind_of(value),
        )
        return None

    def slug(self, value: Any, path: FieldPath) -> str | None:
        if not isinstance(value, str):
            self.add(
                path,
                f"must be text (a slug like my-template), not {kind_of(value)}",
                kind="wrong_type",
                got=kind_of(value),
            )
            return None
        if not SLUG.match(value) or len(value) > MAX_SLUG:
            self.add(
                path,
                f'"{short_text(value)}" is not a slug: use lower-case letters, digits and single '
                f"hyphens, at most {MAX_SLUG} characters",
                kind="not_slug",
                value=short_text(value),
                limit=MAX_SLUG,
            )
            return None
        return value

    def text(self, value: Any, path: FieldPath, limit: int) -> str | None:
        if not isinstance(value, str):
            self.add(
                path,
                f"must be text, not {kind_of(value)}",
                kind="wrong_type",
                got=kind_of(value),
            )
            return None
        if not value.strip():
            self.add(path, "is empty", kind="empty")
            return None
        if len(value) > limit:
            self.add(
                path,
                f"is too long ({len(value)} characters; at most {limit})",
                kind="too_long",
                length=len(value),
                limit=limit,
            )
            return None
        if "\x00" in value:
            self.add(path, "contains a NUL character", kind="nul")
            return None
        return value

    def localized(self, value: Any, path: FieldPath, limit: int) -> dict[str, str] | None:
        """A table with exactly en, ru, uk and de, each non-empty text."""
        if not isinstance(value, dict):
            self.add(
                path,
                f"must be a table of {', '.join(LANGUAGES)} texts, not {kind_of(value)}",
                kind="wrong_type",
                got=kind_of(value),
            )
            return None
        result: dict[str, str] = {}
        for lang in value:
            if lang not in LANGUAGES:
                self.add(
                    (*path, lang),
                    f'unknown language "{short_text(lang)}"; use {", ".join(LANGUAGES)}',
                    kind="unknown_language",
                    value=short_text(lang),
                    allowed=", ".join(LANGUAGES),
                )
        for lang in LANGUAGES:
            if lang not in value:
                self.add((*path, lang), "missing", line=self.lines.line(path), kind="missing")
                continue
            text = self.text(value[lang], (*path, lang), limit)
            if text is not None:
                result[lang] = text
        return result if len(result) == len(LANGUAGES) and len(value) == len(LANGUAGES) else None


_KINDS: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "true/false"),
    (int, "a whole number"),
    (float, "a decimal number"),
    (str, "text"),
    (dict, "a table"),
    (list, "a list"),
    (dt.datetime, "a date with a time"),
    (dt.date, "a date"),
    (dt.time, "a time"),
)


def kind_of(value: Any) -> str:
    """What a TOML value is, in words: "text", "a whole number", "a table" ..."""
    return next((name for kind, name in _KINDS if isinstance(value, kind)), type(value).__name__)


def shown(value: Any) -> str:
    """A value as a message shows it: short text in quotes, anything else by its kind."""
    return f'"{short_text(value)}"' if isinstance(value, str) else kind_of(value)
