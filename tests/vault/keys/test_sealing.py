"""Identity fields sealed one by one under a key derived from the vault's master key."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.vault.vault_disk import MadeVault

from satchel.cli.exit_codes import exit_code_for
from satchel.vault import (
    FAST_TEST_KDF,
    FieldSealer,
    TamperedError,
    UnlockedVault,
    create_vault,
    unlock_vault,
    unlock_with_recovery,
)

LEGAL_NAME = "Андрей Сергеевич Кузнецов"
PERSON = uuid.UUID("6f1c2f0e-2a43-4a36-9a57-0d3c8f1b9e10")
OTHER_PERSON = uuid.UUID("0b8e5a54-8d5e-4d0b-8a43-7f6d2c1e3b22")


@pytest.fixture
def opened(made_vault: MadeVault) -> Iterator[UnlockedVault]:
    with unlock_vault(made_vault.folder, PASSPHRASE) as vault:
        yield vault


@pytest.mark.parametrize(
    "value", [LEGAL_NAME, "", "1990-04-17", "AB 1234567", "x" * 10_000, "emoji 🙂 ok"]
)
def test_a_sealed_value_opens_to_the_same_text(opened: UnlockedVault, value: str) -> None:
    sealed = opened.sealer.seal(PERSON, "legal_name", value)
    assert opened.sealer.open(PERSON, "legal_name", sealed) == value


def test_the_sealed_bytes_do_not_contain_the_plaintext(opened: UnlockedVault) -> None:
    sealed = opened.sealer.seal(PERSON, "legal_name", LEGAL_NAME)
    assert LEGAL_NAME.encode("utf-8") not in sealed
    assert "Кузнецов".encode() not in sealed
    assert "Кузнецов".encode("utf-16-le") not in sealed


def test_sealing_twice_gives_different_bytes(opened: UnlockedVault) -> None:
    """Equal values must not be recognisable as equal on disk."""
    first = opened.sealer.seal(PERSON, "legal_name", LEGAL_NAME)
    second = opened.sealer.seal(PERSON, "legal_name", LEGAL_NAME)
    assert first != second


def test_a_value_moved_to_another_person_does_not_open(opened: UnlockedVault) -> None:
    sealed = opened.sealer.seal(PERSON, "legal_name", LEGAL_NAME)
    with pytest.raises(TamperedError, match="identity field") as caught:
        opened.sealer.open(OTHER_PERSON, "legal_name", sealed)
    assert exit_code_for(caught.value) == 3


def test_a_value_moved_to_another_field_does_not_open(opened: UnlockedVault) -> None:
    sealed = opened.sealer.seal(PERSON, "legal_name", LEGAL_NAME)
    with pytest.raises(TamperedError):
        opened.sealer.open(PERSON, "document_number", sealed)


@pytest.mark.parametrize("position", [0, 11, 12, 20, -17, -1], ids=lambda p: f"byte{p}")
def test_a_flipped_bit_anywhere_is_refused(opened: UnlockedVault, position: int) -> None:
    """Nonce (bytes 0-11), ciphertext, and tag (last 16 bytes)."""
    sealed = bytearray(opened.sealer.seal(PERSON, "legal_name", LEGAL_NAME))
    sealed[position] ^= 0x04
    with pytest.raises(TamperedError):
        opened.sealer.open(PERSON, "legal_name", bytes(sealed))


@pytest.mark.parametrize("length", [0, 5, 12, 27])
def test_a_truncated_value_is_refused(opened: UnlockedVault, length: int) -> None:
    sealed = opened.sealer.seal(PERSON, "legal_name", LEGAL_NAME)
    with pytest.raises(TamperedError):
        opened.sealer.open(PERSON, "legal_name", sealed[:length])


def test_a_value_sealed_today_opens_after_relocking(made_vault: MadeVault) -> None:
    with unlock_vault(made_vault.folder, PASSPHRASE) as vault:
        sealed = vault.sealer.seal(PERSON, "legal_name", LEGAL_NAME)
        vault.change_passphrase("new passphrase for the same vault")
    with unlock_with_recovery(made_vault.folder, made_vault.phrase) as vault:
        assert vault.sealer.open(PERSON, "legal_name", sealed) == LEGAL_NAME


def test_another_vault_cannot_open_a_sealed_value(opened: UnlockedVault, tmp_path: Path) -> None:
    sealed = opened.sealer.seal(PERSON, "legal_name", LEGAL_NAME)
    other, _ = create_vault(tmp_path / "other", PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    with other, pytest.raises(TamperedError):
        other.sealer.open(PERSON, "legal_name", sealed)


def test_closing_the_vault_wipes_the_sealing_key(made_vault: MadeVault) -> None:
    vault = unlock_vault(made_vault.folder, PASSPHRASE)
    sealed = vault.sealer.seal(PERSON, "legal_name", LEGAL_NAME)
    wiped_while_open = vault.sealer.wiped
    vault.close()
    assert not wiped_while_open
    assert vault.sealer.wiped
    with pytest.raises(TamperedError):  # the key is gone; nothing opens any more
        vault.sealer.open(PERSON, "legal_name", sealed)


def test_a_sealer_wipe_leaves_the_master_key_to_its_owner() -> None:
    master = bytearray(range(32))
    sealer = FieldSealer(master)
    sealer.wipe()
    assert sealer.wiped
    assert master == bytearray(range(32))
