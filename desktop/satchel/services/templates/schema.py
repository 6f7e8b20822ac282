"""The checklist-template schema, and a validator that names file, line and field.

A template is a UTF-8 TOML file of at most 1 MiB (docs/TEMPLATES.md describes every field).
`validate_template_bytes` refuses anything else before it is used anywhere: it collects
*every* problem it finds, each as `file:line: field: message`, and raises one
`InvalidTemplateError` carrying them all. tomllib does not say where a key was written, so
lines are found by scanning the source text (the n-th `[[items]]` header, then the `key =`
lines and inline-table keys under it): approximate, but always a real line of the file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from typing import Any

from satchel.services.templates.checks import check_document
from satchel.services.templates.lines import SourceLines, text_lines
from satchel.services.templates.rules import (
    MAX_TEMPLATE_BYTES,
    InvalidTemplateError,
    Problem,
    field_name,
)

# --- Reading the bytes -------------------------------------------------------------------

_TOML_WHERE = re.compile(r"\(at line (\d+), column (\d+)\)")


def _toml_problem(filename: str, error: Exception, text: str) -> Problem:
    message = str(error)
    found = _TOML_WHERE.search(message)
    if found:
        line = int(found.group(1))
        detail = message[: found.start()].strip()
        detail = f"{detail} (column {found.group(2)})"
    else:
        line = len(text_lines(text)) or 1
        detail = message.replace("(at end of document)", "at the end of the file").strip()
    return Problem(filename, line, "toml", f"not valid TOML: {detail}", "not_toml")


MAX_DOTS_OUTSIDE_STRINGS = 40  # per line; the schema's keys have at most three parts


def _dots_outside_strings(line: str) -> int:
    """How many "." a line has outside quoted strings (a linear scan, no regex)."""
    dots, index, length = 0, 0, len(line)
    while index < length:
        char = line[index]
        if char == "#":
            break
        if char in "\"'":
            end = index + 1
            while end < length and line[end] != char:
                end += 2 if char == '"' and line[end] == "\\" else 1
            index = end + 1
            continue
        dots += char == "."
        index += 1
    return dots


def _deep_keys(filename: str, text: str) -> Problem | None:
    """A line whose keys have very many parts. tomllib spends time and memory quadratic in
    the parts of a dotted key (8000 parts: 0.5 s and 250 MB), so such a line is refused
    before parsing; no valid template comes near the limit."""
    in_multiline: str | None = None
    for number, line in enumerate(text_lines(text), start=1):
        if in_multiline is not None:
            if line.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        if _dots_outside_strings(line) > MAX_DOTS_OUTSIDE_STRINGS:
            return Problem(
                filename,
                number,
                "toml",
                f"has more than {MAX_DOTS_OUTSIDE_STRINGS} dots outside strings on one line; "
                "a template's keys have at most three parts",
                "too_deep",
            )
        for quote in ('"""', "'''"):
            if line.count(quote) % 2 == 1:
                in_multiline = quote
    return None


def too_large(filename: str, size: int) -> Problem:
    """The problem for a file over the size limit, which is never read or parsed."""
    return Problem(
        filename,
        1,
        "(file)",
        f"is {size / (1024 * 1024):.1f} MB; a checklist template may be at most 1 MB, so it "
        "was not read. Is this the right file?",
        "file_too_large",
        {"size": size, "limit": 1024 * 1024},
    )


def parse_template_text(data: bytes, filename: str) -> tuple[str, dict[str, Any]]:
    """The text and the raw TOML table, or InvalidTemplateError naming what is wrong."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise InvalidTemplateError(filename, [too_large(filename, len(data))])
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InvalidTemplateError(
            filename,
            [
                Problem(
                    filename, line, "(file)", "holds binary data, not a TOML text file", "binary"
                )
            ],
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InvalidTemplateError(
            filename,
            [
                Problem(
                    filename,
                    line,
                    "(file)",
                    f"is not UTF-8 text (byte 0x{data[error.start]:02x}); save it as UTF-8",
                    "not_utf8",
                )
            ],
        ) from None
    text = text.removeprefix("\ufeff")
    deep = _deep_keys(filename, text)
    if deep is not None:
        raise InvalidTemplateError(filename, [deep])
    try:
        document = tomllib.loads(text)
    except RecursionError:
        raise InvalidTemplateError(
            filename,
            [Problem(filename, 1, "toml", "not valid TOML: nested too deeply", "too_deep")],
        ) from None
    except ValueError as error:  # tomllib.TOMLDecodeError and date errors
        raise InvalidTemplateError(filename, [_toml_problem(filename, error, text)]) from None
    return text, document


def validate_template_bytes(data: bytes, filename: str) -> dict[str, Any]:
    """A clean template document from a file's bytes, or InvalidTemplateError with them all."""
    text, document = parse_template_text(data, filename)
    clean, problems = check_document(document, filename, SourceLines(text))
    if problems:
        raise InvalidTemplateError(filename, problems)
    return clean  # type: ignore[no-any-return]


def iter_texts(document: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(field, language, text) for every localized text of a clean document."""
    for key in ("title", "description", "disclaimer"):
        for lang, text in document[key].items():
            yield key, lang, text
    for index, item in enumerate(document["items"]):
        for key in ("title", "help", "tip"):
            for lang, text in item.get(key, {}).items():
                yield field_name(("items", index, key)), lang, text
