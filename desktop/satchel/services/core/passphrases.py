"""Passphrases: suggest a strong one, and judge the one a person typed.

Suggestions draw words with `secrets.choice` from the BIP-39 English wordlist that the
`mnemonic` package ships (2048 short, common, unambiguous words; no two share their first
four letters), so nothing extra is bundled and the recovery phrase uses the same words.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from functools import cache

from mnemonic import Mnemonic
from zxcvbn import zxcvbn
from zxcvbn.feedback import get_feedback

from satchel.errors import InvalidInputError

DEFAULT_WORDS = 6
MIN_WORDS = 4
MAX_WORDS = 12
MIN_SCORE = 3
MIN_LENGTH = 10
# zxcvbn's score 3 starts at 10^8 guesses: "Kotik2024!" (10^9.5) reaches it. A vault file
# can be copied and attacked offline for as long as the attacker likes, so a passphrase
# must also need at least 10^12 guesses (about 40 bits): months on a rack of GPUs against
# Argon2id, where 10^9 falls in hours. Six suggested words need about 10^19.
MIN_GUESSES_LOG10 = 12.0
# Said when a passphrase scores well but falls short of that.
_TOO_FEW_GUESSES = (
    "Passwords built like this one (a word, a year, a symbol) are tried early by anyone "
    "with a copy of the vault. Add another word or two."
)
ASSESSED_CHARS = 100  # zxcvbn's cost grows fast with length; the rest adds strength anyway
# zxcvbn's own advice, added when a passphrase scores well but is too short for us.
_LONGER = "Add another word or two. Uncommon words are better."


@dataclass(frozen=True)
class PassphraseAssessment:
    score: int  # zxcvbn's 0 (too guessable) .. 4 (very unguessable)
    acceptable: bool  # strong enough to protect a new vault
    warning: str  # zxcvbn's English warning, or ""
    suggestions: tuple[str, ...]  # zxcvbn's English suggestions


@cache
def wordlist() -> tuple[str, ...]:
    words = tuple(Mnemonic("english").wordlist)
    if len(words) != 2048 or len(set(words)) != len(words):
        raise RuntimeError("the BIP-39 English wordlist is not the expected 2048 words")
    return words


def entropy_bits(words: int = DEFAULT_WORDS) -> float:
    """Bits of entropy of a suggestion with this many words (11 bits a word)."""
    return words * math.log2(len(wordlist()))


def suggest_passphrase(words: int = DEFAULT_WORDS) -> str:
    """Words chosen independently and uniformly with `secrets.choice`, joined by spaces.

    Each word carries log2(2048) = 11 bits, so the default six words give 66 bits of
    entropy: about 7.4e19 equally likely phrases. Behind Argon2id at half a second a guess,
    trying half of them would take over a trillion years on one machine.
    """
    if not MIN_WORDS <= words <= MAX_WORDS:
        raise InvalidInputError(
            f"A suggested passphrase has {MIN_WORDS} to {MAX_WORDS} words, not {words}."
        )
    pool = wordlist()
    return " ".join(secrets.choice(pool) for _ in range(words))


def assess_passphrase(text: str) -> PassphraseAssessment:
    """zxcvbn's judgement of the first 100 characters, with its English feedback.

    Acceptable means a zxcvbn score of at least 3, at least 10^12 guesses by zxcvbn's
    estimate (see MIN_GUESSES_LOG10) and at least 10 characters. The UI
    translates its own wording around the warning and suggestions.
    """
    sample = text[:ASSESSED_CHARS]
    if not sample.strip():
        feedback = get_feedback(0, [])
        return PassphraseAssessment(0, False, "", tuple(feedback["suggestions"]))
    result = zxcvbn(sample, user_inputs=["satchel"], max_length=ASSESSED_CHARS)
    score = int(result["score"])
    warning = str(result["feedback"]["warning"] or "")
    suggestions = tuple(str(s) for s in result["feedback"]["suggestions"])
    enough_guesses = float(result["guesses_log10"]) >= MIN_GUESSES_LOG10
    if not enough_guesses and score >= MIN_SCORE:
        score = MIN_SCORE - 1  # shown as "Fair", not "Strong"
        warning = warning or _TOO_FEW_GUESSES
    long_enough = len(text) >= MIN_LENGTH
    if not long_enough and _LONGER not in suggestions:
        suggestions = (_LONGER, *suggestions)
    return PassphraseAssessment(
        score=score,
        acceptable=score >= MIN_SCORE and long_enough and enough_guesses,
        warning=warning,
        suggestions=suggestions,
    )


def require_acceptable(text: str) -> PassphraseAssessment:
    """The assessment of a new passphrase, or InvalidInputError saying why it is refused."""
    assessment = assess_passphrase(text)
    if not assessment.acceptable:
        reason = assessment.warning or (assessment.suggestions or ("",))[0]
        tail = f" {reason}" if reason else ""
        raise InvalidInputError(problem="passphrase_weak", hint=tail)
    return assessment
