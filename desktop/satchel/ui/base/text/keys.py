"""Key chords as the user's keyboard names them ("Strg+N" on a German desktop).

Tooltips and hints take the chord from here instead of spelling "Ctrl+" in a translated
sentence, so the words match the keys whatever language Qt's own catalogue is in.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def key_text(keys: str | QKeySequence.StandardKey) -> str:
    """A chord ("Ctrl+N", portable notation) in the platform's words, translated by Qt."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def menu_text(text: str, keys: str) -> str:
    """A menu entry's text with its chord shown at the right edge, as Qt lays out a tab."""
    return f"{text}\t{key_text(keys)}"
