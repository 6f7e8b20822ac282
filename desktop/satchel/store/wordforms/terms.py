# ruff: noqa: RUF001, RUF002  (Cyrillic letters and apostrophes are the point here)
"""What the index stores, and what a query looks for, beside the words as written.

A word here is a run of letters and digits, with an apostrophe inside it (Ukrainian
«сім'я», «мʼясо», «п’ять») kept as part of the word: FTS5 splits at ' and ’ but not at ʼ,
so the three spellings only meet in the folded forms below, written without it.
ё is folded to е the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from satchel.store.wordforms.analysers import CACHED_WORDS, base_forms
from satchel.store.wordforms.translit import sound_keys

_APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4"
_WORD = re.compile(rf"[^\W_]+(?:[{_APOSTROPHES}][^\W_]+)*")
_TO_ASCII_APOSTROPHE = str.maketrans(dict.fromkeys(_APOSTROPHES, "'"))
MAX_WORD = 40  # longer runs are codes or pasted noise, not words with forms


@dataclass(frozen=True, slots=True)
class WordTerms:
    """One word's folded spelling, base forms and transliteration keys."""

    plain: str
    forms: tuple[str, ...]
    keys: tuple[str, ...]


def split_words(text: str) -> Iterator[re.Match[str]]:
    """Each word of ``text`` with its place, apostrophes inside words kept."""
    return _WORD.finditer(text)


@lru_cache(maxsize=CACHED_WORDS)
def word_terms(word: str) -> WordTerms:
    """The folded spelling, base forms and keys of one word as written (any case)."""
    lower = word.lower().translate(_TO_ASCII_APOSTROPHE)
    plain = lower.replace("'", "").replace("ё", "е")
    if len(plain) < 2 or len(plain) > MAX_WORD:
        return WordTerms(plain, (), ())
    forms = base_forms(lower)
    keys = set(sound_keys(lower.replace("'", "")))
    if not plain.isascii():  # «Києві» is typed Kyiv: the key of its base form «Київ»
        for form in forms:
            keys.update(sound_keys(form))
    return WordTerms(plain, forms, tuple(sorted(keys)))


def document_terms(texts: Iterable[str]) -> tuple[str, str]:
    """The forms and the keys columns of a document: each distinct term once.

    Forms hold the base forms that differ from the word as written (a query looks for its
    base forms among the written words too, so «паспорт» as written needs no copy: a third
    less index), and the folded spelling where folding changed the word (ё, an apostrophe).
    Keys hold the transliteration keys of the words and, for Cyrillic words, of their base
    forms («Києві» is found by Kyiv); endings are dropped from keys, so those of «Василия»
    and «Василий» are one.
    """
    forms: set[str] = set()
    keys: set[str] = set()
    seen: set[str] = set()
    for text in texts:
        for match in split_words(text):
            word = match.group()
            if word in seen:
                continue
            seen.add(word)
            terms = word_terms(word)
            forms.update(form for form in terms.forms if form != terms.plain)
            if terms.plain != word.lower():
                forms.add(terms.plain)
            keys.update(terms.keys)
    return " ".join(sorted(forms)), " ".join(sorted(keys))
