"""Marks around matched words where FTS5 cannot place them: base-form and key matches.

FTS5's highlight() and snippet() mark only tokens of the written columns that the query
matched as written. A note found through a base form («паспорта» for «паспорт») or a key
(Vasily for «Василий») would come back unmarked, its snippet cut from the start of the
body. Those few hits are marked here instead, with the same word analysis the index uses.
"""

from __future__ import annotations

from collections.abc import Sequence

from satchel.store.search_query import MIN_KEY_PREFIX, QueryWord
from satchel.store.wordforms.terms import split_words, word_terms


def matches(word: str, query: Sequence[QueryWord]) -> bool:
    """Whether a word of a result matches any typed word, as written, by form or by key."""
    terms = word_terms(word)
    lower = word.lower()
    for typed in query:
        wanted = typed.written.lower()
        if lower == wanted or (typed.prefix and lower.startswith(wanted)):
            return True
        if terms.plain in typed.forms or typed.forms.intersection(terms.forms):
            return True
        if typed.keys.intersection(terms.keys):
            return True
        start = typed.typed_key
        if (
            typed.prefix
            and len(start) >= MIN_KEY_PREFIX
            and any(key.startswith(start) for key in terms.keys)
        ):
            return True
    return False


def mark(text: str, query: Sequence[QueryWord], marks: tuple[str, str]) -> str:
    """``text`` with every matching word between ``marks``."""
    return _marked(text, 0, len(text), query, marks)


def snippet(
    text: str, query: Sequence[QueryWord], marks: tuple[str, str], tokens: int, ellipsis: str
) -> str:
    """About ``tokens`` words of ``text`` around its first matching word, marked."""
    words = list(split_words(text))
    if not words:
        return text
    first = next((i for i, word in enumerate(words) if matches(word.group(), query)), 0)
    start = max(0, min(first - 2, len(words) - tokens))
    end = min(len(words), start + tokens)
    body = _marked(text, words[start].start(), words[end - 1].end(), query, marks)
    return (ellipsis if start > 0 else "") + body + (ellipsis if end < len(words) else "")


def _marked(
    text: str, begin: int, end: int, query: Sequence[QueryWord], marks: tuple[str, str]
) -> str:
    parts: list[str] = []
    at = begin
    for word in split_words(text[begin:end]):
        if matches(word.group(), query):
            parts += [
                text[at : begin + word.start()],
                marks[0],
                word.group(),
                marks[1],
            ]
            at = begin + word.end()
    parts.append(text[at:end])
    return "".join(parts)
