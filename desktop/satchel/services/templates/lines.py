"""Where things are written in a template file: tomllib gives values, not line numbers.

Lines are found by scanning the source text (the n-th `[[items]]` header, then the `key =`
lines and inline-table keys under it): approximate, but always a real line of the file.
"""

from __future__ import annotations

import re

FieldPath = tuple[str | int, ...]


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
