"""The recovery phrase: 24 BIP-39 words that open the vault when the passphrase is lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mnemonic import Mnemonic
from tests.vault.vault_disk import MadeVault

from satchel.cli.exit_codes import exit_code_for
from satchel.vault import (
    FAST_TEST_KDF,
    InvalidRecoveryPhraseError,
    WrongPassphraseError,
    create_vault,
    unlock_vault,
    unlock_with_recovery,
)
from satchel.vault.keys.recovery import phrase_to_secret

BIP39 = Mnemonic("english")
WORDLIST = set(BIP39.wordlist)


def swapped_pair_that_breaks_the_checksum(phrase: str) -> str:
    """Two different words exchanged; 1 swap in 256 keeps a valid checksum, so skip those."""
    words = phrase.split()
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            if words[i] == words[j]:
                continue
            swapped = list(words)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            if not BIP39.check(" ".join(swapped)):
                return " ".join(swapped)
    raise AssertionError("no swap breaks the checksum")  # cannot happen for 24 words


def test_the_phrase_is_24_words_from_the_bip39_list(made_vault: MadeVault) -> None:
    words = made_vault.phrase.split()
    assert len(words) == 24
    assert set(words) <= WORDLIST
    assert BIP39.check(made_vault.phrase)


def test_recovery_phrase_opens(made_vault: MadeVault) -> None:
    with unlock_with_recovery(made_vault.folder, made_vault.phrase) as vault:
        assert not vault.closed
        assert not vault.header_repaired


def test_recovery_then_new_passphrase(made_vault: MadeVault) -> None:
    """The point of a recovery phrase: the passphrase is forgotten, set a new one."""
    with unlock_with_recovery(made_vault.folder, made_vault.phrase) as vault:
        vault.change_passphrase("remembered this time")
    unlock_vault(made_vault.folder, "remembered this time").close()


@pytest.mark.parametrize(
    "retype",
    [
        pytest.param(lambda words: " ".join(w[:4] for w in words), id="four-letter-prefixes"),
        pytest.param(lambda words: " ".join(words).upper(), id="upper-case"),
        pytest.param(lambda words: "   " + "  \t ".join(words) + " \n", id="extra-spaces"),
        pytest.param(
            lambda words: " ".join(f"{n}. {w}" for n, w in enumerate(words, start=1)),
            id="numbered",
        ),
        pytest.param(",\n".join, id="commas-and-lines"),
        pytest.param(
            lambda words: " ".join(w[:4].capitalize() if n % 2 else w for n, w in enumerate(words)),
            id="mixed",
        ),
    ],
)
def test_the_phrase_opens_however_it_is_typed(
    made_vault: MadeVault, retype: Callable[[list[str]], str]
) -> None:
    typed = retype(made_vault.phrase.split())
    assert typed != made_vault.phrase
    unlock_with_recovery(made_vault.folder, typed).close()


def test_a_word_not_in_the_list_is_refused_before_the_vault_is_read(
    made_vault: MadeVault,
) -> None:
    words = made_vault.phrase.split()
    words[5] = "zzzzy"
    typo = " ".join(words)
    before = made_vault.state()
    with pytest.raises(InvalidRecoveryPhraseError, match=r'word 6, "zzzzy"'):
        unlock_with_recovery(made_vault.folder, typo)
    assert made_vault.state() == before
    # Refused before any work on the folder: even a folder that is no vault says "phrase".
    with pytest.raises(InvalidRecoveryPhraseError):
        unlock_with_recovery(made_vault.folder / "no-such-folder", typo)


def test_two_swapped_words_fail_the_checksum_before_the_vault_is_read(
    made_vault: MadeVault,
) -> None:
    swapped = swapped_pair_that_breaks_the_checksum(made_vault.phrase)
    assert sorted(swapped.split()) == sorted(made_vault.phrase.split())
    before = made_vault.state()
    with pytest.raises(InvalidRecoveryPhraseError, match="do not fit together"):
        unlock_with_recovery(made_vault.folder, swapped)
    assert made_vault.state() == before
    with pytest.raises(InvalidRecoveryPhraseError):
        unlock_with_recovery(made_vault.folder / "no-such-folder", swapped)


@pytest.mark.parametrize("count", [12, 23, 25])
def test_a_phrase_of_the_wrong_length_is_refused(made_vault: MadeVault, count: int) -> None:
    words = (made_vault.phrase.split() * 2)[:count]
    with pytest.raises(InvalidRecoveryPhraseError, match=f"it has {count} words"):
        unlock_with_recovery(made_vault.folder, " ".join(words))


@pytest.mark.parametrize("token", ["aba", "abandonx", "abnd", "a1b2"])
def test_a_too_short_or_wrong_prefix_is_refused(token: str) -> None:
    with pytest.raises(InvalidRecoveryPhraseError, match="not in the list"):
        phrase_to_secret(" ".join([token] + ["abandon"] * 23))


def test_a_valid_phrase_of_another_vault_is_a_wrong_recovery_phrase(
    made_vault: MadeVault, tmp_path: Path
) -> None:
    other, other_phrase = create_vault(tmp_path / "other", "other", kdf_for_tests=FAST_TEST_KDF)
    other.close()
    assert other_phrase != made_vault.phrase
    before = made_vault.state()
    with pytest.raises(WrongPassphraseError, match="recovery phrase") as caught:
        unlock_with_recovery(made_vault.folder, other_phrase)
    assert exit_code_for(caught.value) == 2
    assert made_vault.state() == before


def test_a_phrase_with_three_letter_words_opens() -> None:
    """103 BIP-39 words have three letters; most 24-word phrases hold at least one."""
    entropy = bytes(32)
    phrase = BIP39.to_mnemonic(entropy)
    assert phrase.split()[-1] == "art"
    assert phrase_to_secret(phrase) == entropy
    assert phrase_to_secret(" ".join(w[:4] for w in phrase.split())) == entropy
    short = [w for w in BIP39.wordlist if len(w) == 3][:23]
    last = next(w for w in BIP39.wordlist if BIP39.check(" ".join([*short, w])))
    all_short = " ".join([*short, last])
    assert phrase_to_secret(all_short.upper()) == bytes(BIP39.to_entropy(all_short))


@settings(max_examples=200, deadline=None)
@given(entropy=st.binary(min_size=32, max_size=32), prefixes=st.booleans())
def test_every_phrase_reads_back_to_its_secret(entropy: bytes, prefixes: bool) -> None:
    words = BIP39.to_mnemonic(entropy).split()
    typed = " ".join(w[:4] for w in words) if prefixes else " ".join(words)
    assert phrase_to_secret(typed) == entropy
