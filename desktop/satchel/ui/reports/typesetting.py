"""Two typesetting rules of the PDF report, applied to its QTextDocument.

A heading inside a note ("# Visit") never prints larger than the note's own title, so the
report's outline stays readable; and a heading never stands alone at the foot of a page: it
moves to the next page with the first line of what it heads.
"""

from __future__ import annotations

import math

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

NOTE_TITLE_PT = 11.0  # h3 in the report's style sheet
NOTE_HEADING_PT = (10.5, 10.5, 10.0, 10.0, 10.0, 10.0)  # by level 1..6
SMALL_PT = 9.0  # the meta line under a title ("written …") belongs with the title
PASSES = 4


def tame_note_headings(document: QTextDocument, start: int) -> None:
    """From `start` on (a note's body), no text is larger than the note's title: headings
    become bold text of at most NOTE_HEADING_PT."""
    block = document.findBlock(start)
    while block.isValid():
        level = block.blockFormat().headingLevel()
        it = block.begin()
        spans: list[tuple[int, int, float]] = []
        while not it.atEnd():
            fragment = it.fragment()
            size = fragment.charFormat().font().pointSizeF()
            if level > 0 or size > NOTE_HEADING_PT[0]:
                wanted = NOTE_HEADING_PT[min(max(level, 1), 6) - 1]
                spans.append((fragment.position(), fragment.length(), min(size, wanted)))
            it += 1
        for position, length, size in spans:
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
            fmt.setFontPointSize(size)
            fmt.setFontWeight(QFont.Weight.Bold)
            cursor.mergeCharFormat(fmt)
        block = block.next()


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0


def _is_small(block: QTextBlock) -> bool:
    size = block.charFormat().fontPointSize()
    text = block.text().strip()
    return not text or (0 < size <= SMALL_PT and len(text) < 200)


def _what_it_heads(block: QTextBlock) -> QTextBlock:
    """The first block of real content after a heading (past meta lines and subheadings)."""
    following = block.next()
    for _ in range(3):
        after = following.next()
        if not (following.isValid() and after.isValid()):
            break
        if not (_is_heading(following) or _is_small(following)):
            break
        following = after
    return following


def keep_headings_with_next(document: QTextDocument, page_height: float) -> int:
    """Move every heading that would end a page onto the next one; returns how many moved."""
    layout = document.documentLayout()
    moved = 0
    for _ in range(PASSES):
        changed = False
        block = document.begin()
        while block.isValid():
            if _is_heading(block):
                content = _what_it_heads(block)
                if content.isValid() and content != block:
                    top = layout.blockBoundingRect(block).top()
                    area = layout.blockBoundingRect(content)
                    line = content.layout().lineAt(0) if content.layout() else None
                    first = line.height() if line is not None and line.isValid() else area.height()
                    bottom = area.top() + min(first, area.height()) - 0.5
                    breaks = block.blockFormat().pageBreakPolicy()
                    already = bool(breaks & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    if not already and math.floor(top / page_height) != math.floor(
                        bottom / page_height
                    ):
                        fmt = QTextBlockFormat()
                        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                        QTextCursor(block).mergeBlockFormat(fmt)
                        moved += 1
                        changed = True
            block = block.next()
        if not changed:
            break
    return moved
