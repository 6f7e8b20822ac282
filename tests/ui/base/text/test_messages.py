"""The window's sentences for typed errors: one per code, filled from the error's params."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from satchel.errors import (
    BusyError,
    CancelledError,
    DamagedError,
    DiskError,
    InvalidInputError,
    InvalidRecoveryPhraseError,
    NotAVaultError,
    TamperedError,
    VaultError,
    VaultExistsError,
    WeakKdfError,
    WrongPassphraseError,
)
from satchel.services.backups.file_format import DamagedBackupError
from satchel.ui.base.text.messages import user_message


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (WrongPassphraseError(), "Wrong passphrase. Nothing was changed"),
        (WrongPassphraseError("recovery phrase"), "Wrong recovery phrase. Nothing was changed"),
        (NotAVaultError("/media/stick"), "That folder does not hold a Satchel vault."),
        (WeakKdfError("memory 8 KiB"), "failed its authenticity check"),  # a kind of tamper
        (DamagedError("header"), "This vault is damaged and cannot be read."),
        (
            DamagedBackupError(Path("/b/2026-01-01.satchel-backup"), "checksum", "checksum"),
            "The backup file 2026-01-01.satchel-backup is damaged: its checksum does not match",
        ),
        (
            InvalidInputError(problem="too_long", field="case title", length=600, limit=500),
            "“Case title” is too long: it can have at most 500 characters.",
        ),
        (
            InvalidInputError(problem="pseudonym_taken", pseudonym="Marta"),
            "Another person already has the pseudonym “Marta”.",
        ),
        (CancelledError(), "Cancelled. Nothing was written; the vault is unchanged."),
        (DiskError("full", errno.ENOSPC), "The disk is full: nothing was changed."),
        (DiskError("denied", errno.EPERM), "Satchel is not allowed to write there"),
        (VaultExistsError("/media/stick"), "/media/stick already holds files"),
        (
            InvalidRecoveryPhraseError("x", "word_count", count=1, needed=24),
            "it has 1 word; it needs 24.",
        ),
        (
            InvalidRecoveryPhraseError("x", "unknown_word", position=5, word="zzz"),
            "word 5, “zzz”, is not in the list",
        ),
    ],
)
def test_each_typed_error_gets_its_sentence(error: VaultError, sentence: str) -> None:
    assert sentence in user_message(error)


def test_open_elsewhere_reads_the_same_in_the_window_and_the_command_line() -> None:
    assert user_message(BusyError()) == str(BusyError())


def test_input_problems_keep_their_own_words_and_surprises_no_traceback() -> None:
    assert user_message(InvalidInputError("The title cannot be empty.")) == (
        "The title cannot be empty."
    )
    message = user_message(KeyError("x"))
    assert "KeyError" in message and "Traceback" not in message


def test_every_typed_error_has_a_stable_code_and_its_params() -> None:
    assert TamperedError("header").code == "tampered"
    assert TamperedError("header").params == {"part": "header"}
    assert NotAVaultError("/x").params == {"folder": "/x"}
    assert str(WrongPassphraseError("recovery phrase")).startswith("Wrong recovery phrase.")
