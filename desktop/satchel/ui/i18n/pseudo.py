"""A pseudo-locale: every string accented and 40 % longer, in brackets.

It shows, before any translator starts, which labels would be cut off in German or
Russian (the closing bracket goes missing) and which text bypasses translation (it stays
plain English).
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

GROWTH = 0.4
# Things a translation must keep as they are: placeholders, markup, entities, accelerators.
_KEEP = re.compile(r"%n|%L?\d|\{\w*\}|<[^>]*>|&[a-zA-Z]+;|&&|&(?=\w)|\\n")
_ACCENTS = str.maketrans(
    "AaCcEeGgIiLlNnOoRrSsUuYyZz",
    "ÅåÇçÉéĞğÎîĻļÑñÖöŘřŠšÜüÝýŽž",
)
_PAD = "ẋỹżŵ"
# Qt asks its catalogue for the layout direction; that answer must stay a keyword.
_QT_KEYWORDS = {"QT_LAYOUT_DIRECTION"}


def pseudo_translate(source: str) -> str:
    """'Save the bundle' -> '[Šåvé ţĥé ...  ẋỹż]': same placeholders, 40 % longer."""
    if not source.strip() or source in _QT_KEYWORDS:
        return source
    parts: list[str] = []
    position = 0
    for match in _KEEP.finditer(source):
        parts.append(source[position : match.start()].translate(_ACCENTS))
        parts.append(match.group())
        position = match.end()
    parts.append(source[position:].translate(_ACCENTS))
    body = "".join(parts)
    visible = len(_KEEP.sub("", source))
    extra = max(2, math.ceil(visible * GROWTH)) - 2  # the brackets count too
    padding = " ".join(
        (_PAD * (1 + extra // len(_PAD)))[start : start + 6] for start in range(0, extra, 6)
    )
    return f"[{body}{' ' + padding if padding else ''}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup, Satchel's and Qt's own, with the pseudo-translation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        del context, disambiguation, n
        return pseudo_translate(source_text or "")
