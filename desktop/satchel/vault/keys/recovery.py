"""The recovery phrase: 24 BIP-39 English words carrying 256 random bits.

The BIP-39 checksum (8 bits) catches a mistyped word before any slow key derivation runs.
Each word is unique in its first four letters, so a user may type just those.
"""

from __future__ import annotations

import os
import unicodedata

from mnemonic import Mnemonic

from satchel.errors import InvalidRecoveryPhraseError

WORD_COUNT = 24
ENTROPY_BYTES = 32
_WORDS = Mnemonic("english")
_WORD_SET = frozenset(_WORDS.wordlist)
_BY_PREFIX = {word[:4]: word for word in _WORDS.wordlist}


def new_recovery_phrase() -> tuple[str, bytes]:
    """A fresh phrase and the secret it stands for."""
    entropy = os.urandom(ENTROPY_BYTES)
    return str(_WORDS.to_mnemonic(entropy)), entropy


def normalize_phrase(phrase: str) -> list[str]:
    """Lowercase words; accepts four-letter prefixes, extra spaces, commas and numbering."""
    text = unicodedata.normalize("NFKD", phrase).lower()
    cleaned = "".join(ch if ch.isalpha() else " " for ch in text)
    words = []
    for position, token in enumerate(cleaned.split(), start=1):
        if token in _WORD_SET:  # a whole word, including the 103 three-letter ones
            words.append(token)
            continue
        word = _BY_PREFIX.get(token[:4])
        if word is None or len(token) < 4 or not word.startswith(token):
            raise InvalidRecoveryPhraseError(
                f'word {position}, "{token}", is not in the list.',
                "unknown_word",
                position=position,
                word=token,
            )
        words.append(word)
    return words


def phrase_to_secret(phrase: str) -> bytes:
    words = normalize_phrase(phrase)
    if len(words) != WORD_COUNT:
        raise InvalidRecoveryPhraseError(
            f"it has {len(words)} words; it needs {WORD_COUNT}.",
            "word_count",
            count=len(words),
            needed=WORD_COUNT,
        )
    joined = " ".join(words)
    if not _WORDS.check(joined):
        raise InvalidRecoveryPhraseError(
            "the words do not fit together (one is probably mistyped or out of order).",
            "checksum",
        )
    return bytes(_WORDS.to_entropy(joined))
