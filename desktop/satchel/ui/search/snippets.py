"""A note's snippet as words, not Markdown: "**Call** the [embassy](x)" reads "Call the
embassy". The search marks (private-use characters) pass through untouched."""

from __future__ import annotations

import re

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)?"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]]*)\]\([^)]*\)?"), r"\1"),  # links: their text
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"(?m)^\s{0,3}#{1,6}\s+"), ""),  # headings
    (re.compile(r"(?m)^\s{0,3}>\s?"), ""),  # quotes
    (re.compile(r"(?m)^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?"), ""),  # list items, tasks
    (re.compile(r"(?m)^\s*(?:[-*_]\s*){3,}$"), ""),  # rules
    (re.compile(r"`{1,3}"), ""),  # code
    (re.compile(r"(\*\*|__|~~)"), ""),  # bold, strike
    (re.compile(r"(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])"), ""),  # emphasis
    (re.compile(r"\s+"), " "),
)


def markdown_plain(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text.strip()
