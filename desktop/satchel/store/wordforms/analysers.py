# ruff: noqa: RUF001, RUF002  (Cyrillic letters and apostrophes are the point here)
"""Base forms of one word, by every analyser that applies to its letters.

Cyrillic words go to pymorphy3 with both its Russian and its Ukrainian dictionary; Latin
words to the English and the German Snowball stemmers (PyStemmer). A word is not assigned
one language: queries are one or two words, too short to tell Russian from Ukrainian or
German from English, and notes mix languages. Every applicable analyser runs on both the
indexed text and the query, so their base forms meet whichever language the word is in.
A dictionary that knows the word wins over guessing; a word neither dictionary knows gets
one guess, from Ukrainian when it has і, ї, є or ґ and from Russian otherwise.

Dictionaries load on first use (about 0.1 s and 25 MB for both): a vault searched or
written only in Latin letters never loads pymorphy3 at all.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

_UKRAINIAN_ONLY = frozenset("іїєґ")
CACHED_WORDS = 65_536  # each entry a few hundred bytes; a vault's vocabulary fits

_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def _analyser(name: str, load: Callable[[], Any]) -> Any:
    found = _loaded.get(name)
    if found is None:
        with _lock:
            found = _loaded.get(name)
            if found is None:
                found = _loaded[name] = load()
    return found


def _morph(lang: str) -> Any:
    def load() -> Any:
        import pymorphy3  # noqa: PLC0415  (loaded only for Cyrillic text)

        return pymorphy3.MorphAnalyzer(lang=lang)

    return _analyser("morph-" + lang, load)


def _stemmer(lang: str) -> Any:
    def load() -> Any:
        import Stemmer  # noqa: PLC0415  (loaded only for Latin text)

        return Stemmer.Stemmer(lang)

    return _analyser("stem-" + lang, load)


def loaded() -> tuple[str, ...]:
    """The analysers loaded so far in this process (for benchmarks and tests)."""
    return tuple(sorted(_loaded))


@lru_cache(maxsize=CACHED_WORDS)
def base_forms(word: str) -> tuple[str, ...]:
    """Base forms of a lower-case word of Cyrillic or Latin letters, ё folded to е.

    Ukrainian apostrophes come in as "'" (the form the dictionary knows) and go out removed,
    as one token. A base form equal to the word is kept: a query for «паспорта» looks for
    the base form «паспорт», which a note that says «паспорт» must also hold.
    """
    if not word.replace("'", "").isalpha():
        return ()
    if _is_cyrillic(word):
        forms = _cyrillic_forms(word)
    elif word.isascii() or all(char.isascii() or char in "äöüß" for char in word):
        forms = {_stemmer(lang).stemWord(word) for lang in ("english", "german")}
    else:
        return ()
    return tuple(sorted({form.replace("ё", "е").replace("'", "") for form in forms}))


def _cyrillic_forms(word: str) -> set[str]:
    forms: set[str] = set()
    for lang in ("ru", "uk"):
        morph = _morph(lang)
        if morph.word_is_known(word):
            forms.update(parse.normal_form for parse in morph.parse(word))
    if not forms:
        lang = "uk" if _UKRAINIAN_ONLY.intersection(word) else "ru"
        parses = _morph(lang).parse(word)
        if parses:
            forms.add(parses[0].normal_form)
    return forms


def _is_cyrillic(word: str) -> bool:
    return all("\u0400" <= char <= "\u04ff" or char == "'" for char in word)
