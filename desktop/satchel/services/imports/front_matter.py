"""The YAML front matter of exported notes, read as the small subset the exporters write.

Obsidian and Joplin write flat keys with strings, dates and lists of tags. A full YAML
parser would add a dependency and its own surprises (anchors, tags, huge aliases); this reads
`key: value`, `key: [a, b]` and block lists (`- a`), and ignores anything else.
"""

from __future__ import annotations

import datetime as dt
import re

FrontMatter = dict[str, str | list[str]]

# Greedy, and no separate run of spaces before ":": a lazy key followed by \s* backtracks
# quadratically over a long line of spaces. The key's trailing spaces are stripped later.
_KEY = re.compile(r"^([A-Za-z_][\w \t-]*):(?:\s+(.*))?$")
_ITEM = re.compile(r"^\s*-\s*(.*)$")
MAX_FRONT_LINES = 500


def _scalar(text: str) -> str:
    value = text.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in {"'", '"'}:
        return value[1:-1]
    return value


def _inline_list(text: str) -> list[str]:
    inner = text.strip()[1:-1]
    return [_scalar(part) for part in inner.split(",") if _scalar(part)]


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """(front matter, the rest); no front matter when the text does not open with ---."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    end = next(
        (
            index
            for index, line in enumerate(lines[1 : MAX_FRONT_LINES + 1], start=1)
            if line.strip() in {"---", "..."}
        ),
        None,
    )
    if end is None:
        return {}, text
    return parse_front_matter(lines[1:end]), "\n".join(lines[end + 1 :]).lstrip("\n")


def parse_front_matter(lines: list[str]) -> FrontMatter:
    result: FrontMatter = {}
    current: str | None = None
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        if item and current is not None:
            value = result.get(current)
            if isinstance(value, list) and _scalar(item.group(1)):
                value.append(_scalar(item.group(1)))
            continue
        if line[:1].isspace():
            continue  # a nested map: not something the exporters use for these keys
        key = _KEY.match(line)
        if key is None:
            current = None
            continue
        name, raw = key.group(1).strip().lower(), (key.group(2) or "").strip()
        if not raw:
            result[name] = []
            current = name
        elif raw.startswith("[") and raw.endswith("]"):
            result[name] = _inline_list(raw)
            current = None
        else:
            result[name] = _scalar(raw)
            current = None
    return result


def parse_moment(text: str) -> dt.datetime | None:
    """A front matter date or time in UTC (a bare one taken as UTC), or None."""
    value = text.strip().strip("'\"")
    if not value:
        return None
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        try:
            moment = dt.datetime.combine(dt.date.fromisoformat(value[:10]), dt.time())
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:  # year 1 east of UTC, or year 9999 west of it
        return None
