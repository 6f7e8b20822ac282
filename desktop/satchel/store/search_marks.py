"""Marks around matched words where FTS5 cannot place them: base-form and key matches.

FTS5's highlight() and snippet() mark only tokens of the written columns that the query
matched as written. A note found through a base form («паспорта» for «паспорт») or a key
(Vasily for «Василий») would come back unmarked, its snippet cut from the start of the
body. Those few hits are marked here instead, with the same word analysis the index uses.

That analysis is the costly part of a search (a Cyrillic word not seen before takes
pymorphy3 ~0.1 ms, and a snippet may have to look at every word of a note before the one
that matched), so a Cyrillic word is analysed only when it starts, as written or as its
key, with the first letter of a typed word, of one of its base forms or of its keys: a
form starts as its base form does in all but a few suppletive words («людей» for
«человек»), which are found but not marked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from satchel.store.search_query import MIN_KEY_PREFIX, QueryWord
from satchel.store.wordforms.analysers import CACHED_WORDS
from satchel.store.wordforms.terms import split_words, word_terms
from satchel.store.wordforms.translit import sound_keys


def matches(word: str, query: Sequence[QueryWord]) -> bool:
    """Whether a word of a result matches any typed word, as written, by form or by key."""
    lower = word.lower()
    for typed in query:
        wanted = typed.written.lower()
        if lower == wanted or (typed.prefix and lower.startswith(wanted)):
            return True
    terms = word_terms(word)
    for typed in query:
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


Matcher = Callable[[str], bool]


def matcher(query: Sequence[QueryWord]) -> Matcher:
    """``matches`` for one query, for the words of a page of results: each word's answer
    remembered (the results share most of their words), and a Cyrillic word analysed only
    when its start could belong to a match (see the module)."""
    known: dict[str, bool] = {}
    starts = {
        term[:1]
        for typed in query
        for term in (typed.written.lower(), *typed.forms, *typed.keys, typed.typed_key)
        if term
    }

    def matching(word: str) -> bool:
        found = known.get(word)
        if found is None:
            found = known[word] = _could_match(word, starts) and matches(word, query)
        return found

    return matching


def _could_match(word: str, starts: set[str]) -> bool:
    lower = word.lower()
    if not "\u0400" <= lower[:1] <= "\u04ff":
        return True  # Latin words: the Snowball stemmers are fast
    return lower[:1] in starts or not starts.isdisjoint(_key_starts(lower))


@lru_cache(maxsize=CACHED_WORDS)
def _key_starts(lower: str) -> frozenset[str]:
    return frozenset(key[:1] for key in sound_keys(lower))


def mark(text: str, matching: Matcher, marks: tuple[str, str]) -> str:
    """``text`` with every matching word between ``marks``."""
    return _marked(text, 0, len(text), matching, marks)


def snippet(
    text: str, matching: Matcher, marks: tuple[str, str], tokens: int, ellipsis: str
) -> str:
    """About ``tokens`` words of ``text`` around its first matching word, marked."""
    words = list(split_words(text))
    if not words:
        return text
    first = next((i for i, word in enumerate(words) if matching(word.group())), 0)
    start = max(0, min(first - 2, len(words) - tokens))
    end = min(len(words), start + tokens)
    body = _marked(text, words[start].start(), words[end - 1].end(), matching, marks)
    return (ellipsis if start > 0 else "") + body + (ellipsis if end < len(words) else "")


def _marked(text: str, begin: int, end: int, matching: Matcher, marks: tuple[str, str]) -> str:
    parts: list[str] = []
    at = begin
    for word in split_words(text[begin:end]):
        if matching(word.group()):
            parts += [
                text[at : begin + word.start()],
                marks[0],
                word.group(),
                marks[1],
            ]
            at = begin + word.end()
    parts.append(text[at:end])
    return "".join(parts)
