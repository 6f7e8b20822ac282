"""Writing a clean template document back to TOML (tomllib only reads).

The schema is small and fixed, so a writer of about fifty lines does the job without a new
dependency: top-level keys, the localized tables, then one `[[sources]]` and one `[[items]]`
table per entry, with dotted keys (`title.en = "..."`) for an item's texts. Strings are
TOML basic strings with every control character escaped, so any text round-trips.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from satchel.services.templates.rules import LANGUAGES

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def toml_string(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        return toml_string(value)
    raise TypeError(f"cannot write {type(value).__name__} in a template")


def _localized(lines: list[str], texts: Mapping[str, str], prefix: str = "") -> None:
    for lang in LANGUAGES:
        if lang in texts:
            lines.append(f"{prefix}{lang} = {toml_string(texts[lang])}")


def dump_template(document: Mapping[str, Any]) -> str:
    """TOML text for a clean template document (see template_schema.check_document)."""
    lines = [
        f"# Satchel checklist template {document['id']}, version {document['version']}.",
        "# The schema is described in docs/TEMPLATES.md.",
        f"id = {toml_string(document['id'])}",
        f"version = {_value(document['version'])}",
        f"jurisdiction = {toml_string(document['jurisdiction'])}",
    ]
    if document.get("last_reviewed"):
        reviewed = dt.date.fromisoformat(str(document["last_reviewed"]))
        lines.append(f"last_reviewed = {_value(reviewed)}")
    for key in ("title", "description", "disclaimer"):
        lines += ["", f"[{key}]"]
        _localized(lines, document[key])
    for source in document["sources"]:
        reviewed = dt.date.fromisoformat(str(source["last_reviewed"]))
        lines += [
            "",
            "[[sources]]",
            f"title = {toml_string(source['title'])}",
            f"url = {toml_string(source['url'])}",
            f"last_reviewed = {_value(reviewed)}",
        ]
    for item in document["items"]:
        lines += [
            "",
            "[[items]]",
            f"id = {toml_string(item['id'])}",
            f"category = {toml_string(item['category'])}",
            f"required = {_value(item['required'])}",
        ]
        if item.get("typical_validity"):
            lines.append(f"typical_validity = {toml_string(item['typical_validity'])}")
        if item.get("last_reviewed"):
            day = dt.date.fromisoformat(str(item["last_reviewed"]))
            lines.append(f"last_reviewed = {_value(day)}")
        for key in ("title", "help", "tip"):
            if key in item:
                _localized(lines, item[key], prefix=f"{key}.")
    return "\n".join(lines) + "\n"
