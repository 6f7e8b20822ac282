"""The checklist-template schema, and a validator that names file, line and field.

A template is a UTF-8 TOML file of at most 1 MiB (docs/TEMPLATES.md describes every field).
`validate_template_bytes` refuses anything else before it is used anywhere: it collects
*every* problem it finds, each as `file:line: field: message`, and raises one
`InvalidTemplateError` carrying them all. tomllib does not say where a key was written, so
lines are found by scanning the source text (the n-th `[[items]]` header, then the `key =`
lines and inline-table keys under it): approximate, but always a real line of the file.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from satchel.vault.errors import InvalidInputError

LANGUAGES = ("en", "ru", "uk", "de")
CATEGORIES = ("identity", "travel", "legal", "work", "housing", "money", "evidence", "safety")
MAX_TEMPLATE_BYTES = 1024 * 1024
MAX_ITEMS = 300
MAX_SOURCES = 50
SHOWN_PROBLEMS = 50  # in the message; `InvalidTemplateError.problems` keeps every one

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_SLUG = 64
COUNTRY = re.compile(r"^[A-Z]{2}$")
# ISO 8601 durations in whole years, months, weeks and days: P6M, P1Y, P10Y, P2Y6M, P90D.
DURATION = re.compile(r"^P(?=\d)(?:(\d{1,3})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$")
URL = re.compile(r"^https?://[^\s/?#]+\.[^\s]*$")
TEXT_LIMITS = {"title": 200, "description": 2_000, "disclaimer": 2_000, "help": 2_000, "tip": 1_000}
SOURCE_TITLE_LIMIT = 300
URL_LIMIT = 2_000

TOP_LEVEL = ("id", "version", "title", "description", "jurisdiction", "sources", "disclaimer")
ITEM_FIELDS = ("id", "title", "help", "category", "required", "typical_validity", "tip")
SOURCE_FIELDS = ("title", "url", "last_reviewed")

FieldPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a template file, where it is, in words a person can act on."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class InvalidTemplateError(InvalidInputError):
    """A template file that cannot be used; `problems` lists every problem found."""

    def __init__(self, filename: str, problems: Sequence[Problem]) -> None:
        self.filename = filename
        self.problems = tuple(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        shown = [f"  {p}" for p in self.problems[:SHOWN_PROBLEMS]]
        if count > SHOWN_PROBLEMS:
            shown.append(f"  ... and {count - SHOWN_PROBLEMS} more")
        super().__init__(
            f"The checklist template {filename} cannot be used ({count} {noun}); "
            "nothing was changed:\n" + "\n".join(shown)
        )


def field_name(path: FieldPath) -> str:
    """`("items", 2, "title", "uk")` -> `items[3].title.uk` (item numbers count from 1)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            shown = _short(part, 60)
            text += f".{shown}" if text else shown
    return text or "(file)"


# --- Where things are written ------------------------------------------------------------

_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')"""
_DOTTED = re.compile(rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*")
_KEY = re.compile(rf"^\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")
_INLINE_KEY = re.compile(rf"[{{,]\s*({_KEY_PART})\s*=")


MAX_KEY_PARTS = 16


def text_lines(text: str) -> list[str]:
    """The lines as TOML counts them: split at "\n" only (not at U+2028 and friends)."""
    lines = text.split("\n")
    if lines and lines[-1] == "" and len(lines) > 1:
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def _header(line: str) -> tuple[bool, str] | None:
    """(is an array of tables, its dotted name) for a `[name]` or `[[name]]` line, else None.

    Plain string work, no backtracking regex: a crafted 1 MB line costs linear time.
    """
    text = line.strip()
    if not text.startswith("["):
        return None
    comment = text.find("#")
    if comment > 0 and not any(quote in text[:comment] for quote in "\"'"):
        text = text[:comment].rstrip()
    if text.startswith("[[") and text.endswith("]]"):
        array, name = True, text[2:-2].strip()
    elif text.endswith("]") and not text.startswith("[["):
        array, name = False, text[1:-1].strip()
    else:
        return None
    return (array, name) if name and _DOTTED.fullmatch(name) else None


def _key_parts(dotted: str) -> list[str]:
    parts = re.findall(r"""[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*'""", dotted)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


class SourceLines:
    """Maps field paths to the line where they are written, by scanning the TOML text."""

    def __init__(self, text: str) -> None:
        lines = text_lines(text)
        self.last_line = max(1, len(lines))
        self._lines: dict[FieldPath, int] = {}
        counters: dict[tuple[str, ...], int] = {}
        section: FieldPath = ()
        in_multiline: str | None = None
        for number, line in enumerate(lines, start=1):
            if in_multiline is not None:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _header(line)
            if header is not None:
                names = tuple(_key_parts(header[1]))
                if len(names) > MAX_KEY_PARTS:  # never in a valid template; keeps this linear
                    continue
                if header[0]:
                    index = counters.get(names, -1) + 1
                    counters[names] = index
                    section = (*self._resolve(names[:-1], counters), names[-1], index)
                else:
                    section = self._resolve(names, counters)
                self._remember(section, number)
                continue
            key = _KEY.match(line)
            if key is None:
                continue
            parts = _key_parts(key.group(1))
            if len(parts) > MAX_KEY_PARTS:
                continue
            path = (*section, *parts)
            self._remember(path, number)
            rest = line[key.end() :]
            for inner in _INLINE_KEY.finditer(rest):
                self._remember((*path, *_key_parts(inner.group(1))), number)
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    in_multiline = quote

    @staticmethod
    def _resolve(names: tuple[str, ...], counters: dict[tuple[str, ...], int]) -> FieldPath:
        """A `[a.b]` header under `[[a]]` belongs to the newest `a` element."""
        path: list[str | int] = []
        for depth, name in enumerate(names):
            path.append(name)
            index = counters.get(names[: depth + 1])
            if index is not None:
                path.append(index)
        return tuple(path)

    def _remember(self, path: FieldPath, number: int) -> None:
        self._lines.setdefault(path, number)

    def line(self, path: FieldPath) -> int:
        """The line of the field, else of the nearest enclosing field written, else line 1."""
        for end in range(len(path), 0, -1):
            found = self._lines.get(path[:end])
            if found is not None:
                return found
        return 1


# --- Checking the document ---------------------------------------------------------------


class _Checker:
    def __init__(self, filename: str, lines: SourceLines) -> None:
        self.filename = filename
        self.lines = lines
        self.problems: list[Problem] = []

    def add(self, path: FieldPath, message: str, *, line: int | None = None) -> None:
        where = self.lines.line(path) if line is None else line
        self.problems.append(Problem(self.filename, where, field_name(path), message))

    def unknown_keys(
        self, table: Mapping[str, Any], allowed: Sequence[str], path: FieldPath
    ) -> None:
        for key in table:
            if key not in allowed:
                self.add((*path, key), f"unknown field; expected one of: {', '.join(allowed)}")

    def required(self, table: Mapping[str, Any], keys: Sequence[str], path: FieldPath) -> None:
        """A problem for each missing key, at the line of the table it belongs in."""
        for key in keys:
            if key not in table:
                self.add((*path, key), "missing", line=self.lines.line(path))

    def one_of(self, value: Any, path: FieldPath, allowed: Sequence[str]) -> str | None:
        if isinstance(value, str) and value in allowed:
            return value
        self.add(path, f"{_shown(value)} is not one of: {', '.join(allowed)}")
        return None

    def boolean(self, value: Any, path: FieldPath) -> bool | None:
        if isinstance(value, bool):
            return value
        self.add(path, f"must be true or false, not {_kind(value)}")
        return None

    def slug(self, value: Any, path: FieldPath) -> str | None:
        if not isinstance(value, str):
            self.add(path, f"must be text (a slug like my-template), not {_kind(value)}")
            return None
        if not SLUG.match(value) or len(value) > MAX_SLUG:
            self.add(
                path,
                f'"{_short(value)}" is not a slug: use lower-case letters, digits and single '
                f"hyphens, at most {MAX_SLUG} characters",
            )
            return None
        return value

    def text(self, value: Any, path: FieldPath, limit: int) -> str | None:
        if not isinstance(value, str):
            self.add(path, f"must be text, not {_kind(value)}")
            return None
        if not value.strip():
            self.add(path, "is empty")
            return None
        if len(value) > limit:
            self.add(path, f"is too long ({len(value)} characters; at most {limit})")
            return None
        if "\x00" in value:
            self.add(path, "contains a NUL character")
            return None
        return value

    def localized(self, value: Any, path: FieldPath, limit: int) -> dict[str, str] | None:
        """A table with exactly en, ru, uk and de, each non-empty text."""
        if not isinstance(value, dict):
            self.add(path, f"must be a table of {', '.join(LANGUAGES)} texts, not {_kind(value)}")
            return None
        result: dict[str, str] = {}
        for lang in value:
            if lang not in LANGUAGES:
                self.add(
                    (*path, lang),
                    f'unknown language "{_short(lang)}"; use {", ".join(LANGUAGES)}',
                )
        for lang in LANGUAGES:
            if lang not in value:
                self.add((*path, lang), "missing", line=self.lines.line(path))
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


def _kind(value: Any) -> str:
    """What a TOML value is, in words: "text", "a whole number", "a table" ..."""
    return next((name for kind, name in _KINDS if isinstance(value, kind)), type(value).__name__)


def _short(text: str, limit: int = 40) -> str:
    clean = "".join(c if c.isprintable() else "?" for c in text)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def _shown(value: Any) -> str:
    """A value as a message shows it: short text in quotes, anything else by its kind."""
    return f'"{_short(value)}"' if isinstance(value, str) else _kind(value)


def _check_version(check: _Checker, value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        check.add(("version",), f"must be a whole number of 1 or more, not {_kind(value)}")
        return None
    if not 1 <= value <= 1_000_000:
        check.add(("version",), f"must be between 1 and 1000000, not {value}")
        return None
    return value


def _check_jurisdiction(check: _Checker, value: Any) -> str | None:
    path = ("jurisdiction",)
    if not isinstance(value, str):
        check.add(path, f'must be text such as "DE", "DE,FR" or "any", not {_kind(value)}')
        return None
    if value == "any":
        return value
    codes = [code.strip() for code in value.split(",")]
    bad = [code for code in codes if not COUNTRY.match(code)]
    if bad or len(set(codes)) != len(codes):
        check.add(
            path,
            f'"{_short(value)}" is not "any" or a comma-separated list of two-letter '
            'country codes such as "DE,FR"',
        )
        return None
    return ",".join(codes)


def _check_date(check: _Checker, value: Any, path: FieldPath) -> str | None:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date | str):
        check.add(path, f"must be a date like 2026-11-25, not {_kind(value)}")
        return None
    if isinstance(value, str):
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            check.add(path, f'"{_short(value)}" is not a date like 2026-11-25')
            return None
    day: dt.date = value
    return day.isoformat()


def _check_source(check: _Checker, source: Any, path: FieldPath) -> dict[str, str] | None:
    if not isinstance(source, dict):
        check.add(path, f"must be a table with title, url and last_reviewed, not {_kind(source)}")
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
            check.add((*path, "url"), f"{_shown(url)} is not a web address starting with https://")
    if "last_reviewed" in source:
        clean["last_reviewed"] = _check_date(
            check, source["last_reviewed"], (*path, "last_reviewed")
        )
    if any(clean.get(key) is None for key in SOURCE_FIELDS):
        return None
    return {key: str(clean[key]) for key in SOURCE_FIELDS}


def _check_sources(check: _Checker, value: Any) -> list[dict[str, str]] | None:
    if not isinstance(value, list):
        check.add(("sources",), f"must be a list of [[sources]] tables, not {_kind(value)}")
        return None
    if len(value) > MAX_SOURCES:
        check.add(("sources",), f"has {len(value)} entries; at most {MAX_SOURCES}")
        return None
    result = [_check_source(check, source, ("sources", i)) for i, source in enumerate(value)]
    clean = [source for source in result if source is not None]
    return clean if len(clean) == len(value) else None


def _check_item(check: _Checker, item: Any, index: int) -> dict[str, Any] | None:
    path: FieldPath = ("items", index)
    if not isinstance(item, dict):
        check.add(path, f"must be an [[items]] table, not {_kind(item)}")
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
                f'{_shown(validity)} is not an ISO 8601 duration such as "P6M", "P1Y" or "P10Y"',
            )
    if any(value is None for value in clean.values()) or any(k not in clean for k in needed):
        return None
    return clean


def _check_items(check: _Checker, value: Any) -> list[dict[str, Any]] | None:
    if not isinstance(value, list):
        check.add(("items",), f"must be a list of [[items]] tables, not {_kind(value)}")
        return None
    if not value:
        check.add(("items",), "a template needs at least one item")
        return None
    if len(value) > MAX_ITEMS:
        check.add(("items",), f"has {len(value)} items; at most {MAX_ITEMS}")
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
                f'duplicate id "{_short(key)}" (already used by items[{seen[key] + 1}])',
            )
            result[index] = None
        else:
            seen[key] = index
    if any(item is None for item in result):
        return None
    return [item for item in result if item is not None]


def check_document(document: Any, filename: str, lines: SourceLines) -> tuple[Any, list[Problem]]:
    """The clean document (dates as text, optional fields left out when absent) and problems."""
    check = _Checker(filename, lines)
    if not isinstance(document, dict):  # pragma: no cover - tomllib always gives a table
        check.add((), "a template must be a TOML table")
        return None, check.problems
    check.unknown_keys(document, (*TOP_LEVEL, "items"), ())
    for key in (*TOP_LEVEL, "items"):
        if key not in document:
            check.add((key,), "missing")
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
    if "items" in document:
        clean["items"] = _check_items(check, document["items"])
    if check.problems:
        return None, check.problems
    return {key: clean[key] for key in (*TOP_LEVEL, "items")}, []


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
    return Problem(filename, line, "toml", f"not valid TOML: {detail}")


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
    )


def parse_template_text(data: bytes, filename: str) -> tuple[str, dict[str, Any]]:
    """The text and the raw TOML table, or InvalidTemplateError naming what is wrong."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise InvalidTemplateError(filename, [too_large(filename, len(data))])
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InvalidTemplateError(
            filename,
            [Problem(filename, line, "(file)", "holds binary data, not a TOML text file")],
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
            filename, [Problem(filename, 1, "toml", "not valid TOML: nested too deeply")]
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
