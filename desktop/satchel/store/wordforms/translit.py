# ruff: noqa: RUF001, RUF002  (Cyrillic letters and apostrophes are the point here)
"""One spelling-blind key per word, so «Василий», Vasiliy, Vasily and Wassili meet.

Russian and Ukrainian names reach Latin letters by many roads: BGN/PCGN (Vasiliy), the
passport and ICAO tables (Vasilii, Hryhorii), informal English (Vasily, Yury) and German
(Wassili, Tschernow, Schukow). Rather than generate every spelling, both Cyrillic and Latin
words are folded to one coarse key: Cyrillic goes to Latin by a fixed table, then every
Latin spelling collapses letter classes the systems disagree on (ч/х/г with ch, kh, h, g,
tsch; ш/ж/щ with sh, zh, sch; з/с/ц with z, s, ts, tz; и/і/ї/й/ы with i, y, j; в with v, w,
f; doubled letters; the iotation in ye, yu, yo). Final vowels are dropped from keys of
four letters or more, so case endings in either alphabet meet (Vasily and «Василия»,
Gosuslugi and «Госуслуг»). The key is deliberately lossy: it is searched in its own
column, weighted below the written words and their base forms.
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e",
    "є": "e", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
# Letters with a háček or stroke carry a sound of their own; other marks are dropped.
_MARKED = {"č": "ch", "š": "sh", "ž": "zh", "ß": "ss", "ł": "l", "đ": "d"}
# Longest first: German "schtsch" before "sch", "tsch" before "ts".
_GROUPS = {
    "schtsch": "x", "shch": "x", "sch": "x", "sh": "x", "zh": "x",
    "tsch": "h", "tch": "h", "ch": "h", "kh": "h", "g": "h",
    "ts": "s", "tz": "s", "z": "s",
    "ph": "v", "f": "v", "w": "v", "ck": "k", "q": "k", "x": "ks",
    "j": "i", "y": "i",
    "ce": "se", "ci": "si", "cy": "si", "c": "k",
}  # fmt: skip
_GROUP_PATTERN = re.compile("|".join(sorted(_GROUPS, key=len, reverse=True)))
_DOUBLE = re.compile(r"(.)\1+")
_IOTATED = re.compile(r"i(?=[eou])")  # ye, yu, yo, je, ju, jo, ie, iu, io: the vowel alone
_LATIN = re.compile(r"[a-z]+")
_LATIN_YO = re.compile(r"(?<=[^aeiouy])[yj]o")  # Pyotr, Fjodor: «Пётр», often written «Петр»
_ENDING = re.compile(r"[aeiou]+$")
MIN_STEM = 3


def typed_key(word: str) -> str:
    """The key of a word before its ending is dropped: what a typed prefix is matched as."""
    return _key(word)


def _stem(key: str) -> str:
    stem = _ENDING.sub("", key)
    return stem if len(stem) >= MIN_STEM else key


def sound_keys(word: str) -> tuple[str, ...]:
    """The keys of one lower-case word (Cyrillic or Latin letters only), or none.

    A Cyrillic word with ё has two keys (ё as e and as yo): «Пётр» meets Petr and Pyotr;
    so has a Latin word with yo or jo after a consonant: Pyotr meets «Петр» too.
    """
    if "ё" in word:
        spellings = [word.replace("ё", vowel) for vowel in ("е", "йо")]
    elif _LATIN_YO.search(word):
        spellings = [word, _LATIN_YO.sub("e", word)]
    else:
        spellings = [word]
    keys = (_stem(_key(spelling)) for spelling in spellings)
    return tuple(key for key in dict.fromkeys(keys) if key)


def _key(word: str) -> str:
    if any("а" <= char <= "я" or char in "ёіїєґ" for char in word):
        latin = "".join(_CYRILLIC.get(char, "\0") for char in word)
    else:
        latin = "".join(_MARKED.get(char, char) for char in word)
        latin = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    if not _LATIN.fullmatch(latin):
        return ""  # digits, other scripts, mixed scripts: no key
    folded = _GROUP_PATTERN.sub(lambda match: _GROUPS[match.group()], latin)
    folded = _DOUBLE.sub(r"\1", folded)
    folded = _IOTATED.sub("", folded)
    return _DOUBLE.sub(r"\1", folded)
