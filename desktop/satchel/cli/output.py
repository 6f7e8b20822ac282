"""Printing results: aligned plain text for people, JSON for scripts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from typing import Any


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


_UNSAFE = frozenset({"Cc", "Cf", "Zl", "Zp"})  # controls, format (bidi overrides), separators


def terminal_safe(text: str) -> str:
    """Text as stored (perhaps from a colleague's bundle), without escape sequences or
    direction overrides that would act on this terminal; newlines and tabs stay."""
    if text.isprintable():  # no control, format or separator character: most text, at C speed
        return text
    return "".join(
        "?" if ch not in "\n\t" and unicodedata.category(ch) in _UNSAFE else ch for ch in text
    )


def print_json(value: Any) -> None:
    json.dump(_plain(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_json_lines(values: Iterable[dict[str, Any]]) -> None:
    """A JSON array of plain objects written one object a line, as they come: memory stays
    flat however many come, and each line is encoded by json's C encoder (indenting takes
    its pure-Python one, several times slower)."""
    write = sys.stdout.write
    encode = json.JSONEncoder(ensure_ascii=False).encode
    first = True
    for value in values:
        write(("[\n  " if first else ",\n  ") + encode(value))
        first = False
    write("[]\n" if first else "\n]\n")


def print_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    cells = [[str(c) for c in headers]] + [
        ["" if c is None else terminal_safe(str(c)) for c in row] for row in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def print_rows(
    headers: Sequence[str], widths: Sequence[int], rows: Iterable[Sequence[object]]
) -> None:
    """A table printed row by row as the rows come, for listings of any length: every column
    but the last has a known width (ids, times), so nothing waits for the longest cell."""
    write = sys.stdout.write

    def line(cells: Sequence[str]) -> str:
        padded = [cell.ljust(width) for cell, width in zip(cells, widths, strict=False)]
        return "  ".join([*padded, *cells[len(widths) :]]).rstrip() + "\n"

    write(line(headers))
    for row in rows:
        write(line(["" if c is None else terminal_safe(str(c)) for c in row]))


def print_fields(pairs: Iterable[tuple[str, object]]) -> None:
    items = [(label, "" if value is None else terminal_safe(str(value))) for label, value in pairs]
    width = max((len(label) for label, _ in items), default=0)
    for label, value in items:
        print(f"{label.ljust(width)}  {value}")
