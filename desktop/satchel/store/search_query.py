# ruff: noqa: RUF001  (apostrophes of every form are the point here)
"""Typed text to an FTS5 query over the words as written, their base forms and their keys.

Each typed word becomes one group, and the groups are joined by AND:

    ({title body tags} : ("word" OR "base")) OR (forms : ("base" OR "form")) OR (sounds : ("key"))

so a note matches a word written the same way, in another form of it («паспорта» for
«паспорт», «Aufenthaltstitels» for «Aufenthaltstitel»), or spelled in the other alphabet
(Vasily for «Василий»). The last word is also a prefix, of the written words and of the
keys, so results follow typing. Every word is quoted as an FTS5 string: operators and
quotes the user types are searched for, never obeyed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from satchel.store.wordforms.terms import word_terms
from satchel.store.wordforms.translit import typed_key

MAX_TERMS = 16  # a pasted paragraph becomes an AND of its first words, not a slow query
MIN_PREFIX = 2  # the shortest last word searched as a prefix (see match_query)
MIN_KEY_PREFIX = 4  # a shorter key as a prefix would match a large share of all keys


@dataclass(frozen=True, slots=True)
class QueryWord:
    """One typed word and what it may match: for marking words in results, too."""

    written: str
    prefix: bool
    forms: frozenset[str]
    keys: frozenset[str]
    typed_key: str  # the key with its ending, for the last word as a prefix


def query_words(user_text: str) -> list[QueryWord]:
    """The words of typed text, the last one a prefix; see match_query for what is left out."""
    words = _words(nfc(user_text))[:MAX_TERMS]
    if words and _letters(words[-1]) < MIN_PREFIX:
        words.pop()
    result = []
    for index, word in enumerate(words):
        terms = word_terms(word)
        result.append(
            QueryWord(
                written=word,
                prefix=index == len(words) - 1,
                forms=frozenset((terms.plain, *terms.forms)) if terms.plain else frozenset(),
                keys=frozenset(terms.keys),
                typed_key=typed_key(terms.plain),
            )
        )
    return result


def match_query(user_text: str) -> str | None:
    """Turn typed text into an FTS5 query: one group per word joined by AND.

    A "word" is a run of letters, digits and combining marks; everything else separates.
    FTS5 tokenizes each quoted string again, exactly as it tokenized the documents.
    A last word of one letter is left out (a lone one gives no query): as a prefix it would
    walk every indexed word starting with that letter, and it is usually the first key of
    the next word being typed, so the results stay those of the words before it.
    """
    words = query_words(user_text)
    if not words:
        return None
    return " AND ".join(_group(word) for word in words)


def _group(word: QueryWord) -> str:
    # the base forms among the written words as well: the index keeps no copy of a word
    # that is its own base form (wordforms.terms.document_terms). A word found as typed
    # still ranks first: its base forms are in the forms column too, unless it is one.
    # A term the prefix of the last word already matches is left out: FTS5 would find and
    # rank it twice (each phrase of a query costs every match a little).
    written = [_quoted(word.written) + ("*" if word.prefix else "")]
    lower = word.written.lower()
    written += [
        _quoted(form)
        for form in sorted(word.forms)
        if form != lower and not (word.prefix and form.startswith(lower))
    ]
    parts = ["{title body tags} : (" + " OR ".join(written) + ")"]
    if word.forms:
        parts.append("forms : (" + " OR ".join(_quoted(form) for form in sorted(word.forms)) + ")")
    key_prefix = word.prefix and len(word.typed_key) >= MIN_KEY_PREFIX
    keys = [
        _quoted(key)
        for key in sorted(word.keys)
        if not (key_prefix and key.startswith(word.typed_key))
    ]
    if key_prefix:
        keys.append(_quoted(word.typed_key) + "*")
    if keys:
        parts.append("sounds : (" + " OR ".join(keys) + ")")
    return "(" + " OR ".join(f"({part})" for part in parts) + ")"


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _words(value: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for char in value + " ":
        if unicodedata.category(char).startswith(("L", "N", "M", "Co")):
            current.append(char)
        elif char in "'\u2019" and current and current[-1].isalpha():
            current.append(char)  # an apostrophe inside a word; trimmed below if it ends one
        elif current:
            words.append("".join(current).rstrip("'\u2019"))
            current = []
    # a run of combining marks alone holds no token: FTS5 would see an empty string
    return [
        word for word in words if word and not all(unicodedata.category(c)[0] == "M" for c in word)
    ]


def _letters(word: str) -> int:
    """How many characters FTS5 keeps of ``word``: combining marks fold into their base."""
    return sum(1 for char in word if unicodedata.category(char)[0] != "M" and char not in "'’")


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)
