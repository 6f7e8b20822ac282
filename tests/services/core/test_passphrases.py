"""Passphrases: suggestions are strong, weak ones are refused with zxcvbn's own words."""

from __future__ import annotations

import pytest

from satchel.errors import InvalidInputError
from satchel.services.core import passphrases
from satchel.services.core.passphrases import assess_passphrase, suggest_passphrase


def test_a_suggestion_is_six_words_from_the_list_and_acceptable() -> None:
    words = set(passphrases.wordlist())
    for _ in range(20):
        phrase = suggest_passphrase()
        parts = phrase.split(" ")
        assert len(parts) == 6
        assert set(parts) <= words
        assessment = assess_passphrase(phrase)
        assert assessment.acceptable, phrase
        assert assessment.score >= 3
        assert assessment.warning == ""


def test_suggestions_differ_and_carry_66_bits() -> None:
    assert len({suggest_passphrase() for _ in range(50)}) == 50
    assert passphrases.entropy_bits() == pytest.approx(66.0)
    assert len(passphrases.wordlist()) == 2048


def test_the_number_of_words_can_be_chosen_within_limits() -> None:
    assert len(suggest_passphrase(8).split()) == 8
    for words in (3, 13):
        with pytest.raises(InvalidInputError, match="4 to 12 words"):
            suggest_passphrase(words)


@pytest.mark.parametrize("weak", ["password1", "qwerty", "letmein", "11111111111", "Password123"])
def test_common_passwords_are_refused_with_a_warning(weak: str) -> None:
    assessment = assess_passphrase(weak)

    assert not assessment.acceptable
    assert assessment.score < 3
    assert assessment.warning  # zxcvbn's English warning, e.g. "This is a very common password."
    with pytest.raises(InvalidInputError, match="too easy to guess"):
        passphrases.require_acceptable(weak)


def test_zxcvbn_feedback_is_passed_through() -> None:
    assert assess_passphrase("qwerty").warning == "This is a top-10 common password."
    assert "Add another word or two. Uncommon words are better." in (
        assess_passphrase("password1").suggestions
    )


def test_a_strong_but_short_passphrase_is_refused_and_told_to_grow() -> None:
    assessment = assess_passphrase("xK9#mQ2!p")  # 9 characters

    assert not assessment.acceptable
    assert assessment.suggestions[0] == "Add another word or two. Uncommon words are better."


def test_an_empty_passphrase_gets_advice_not_an_error() -> None:
    for text in ("", "   "):
        assessment = assess_passphrase(text)
        assert assessment.score == 0
        assert not assessment.acceptable
        assert assessment.suggestions


def test_long_passphrases_are_judged_on_their_first_100_characters() -> None:
    long_text = suggest_passphrase(12) * 10  # far beyond zxcvbn's own 72-character limit

    assessment = assess_passphrase(long_text)

    assert assessment.acceptable
    assert passphrases.require_acceptable(long_text) == assessment


@pytest.mark.parametrize("pattern", ["Kotik2024!", "Masha1990!!", "Berlin2025?"])
def test_a_word_a_year_and_a_symbol_is_not_enough_for_a_vault(pattern: str) -> None:
    assessment = assess_passphrase(pattern)

    assert not assessment.acceptable
    assert assessment.score < 3  # never shown as "Strong"
    assert assessment.warning  # says why, in words
    with pytest.raises(InvalidInputError, match="too easy to guess"):
        passphrases.require_acceptable(pattern)


def test_the_minimum_is_about_forty_bits() -> None:
    assert passphrases.MIN_GUESSES_LOG10 >= 12
    assert assess_passphrase("quiet harbour violin maple sketch orbit").acceptable
