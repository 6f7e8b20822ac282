"""Passphrase change and a new recovery phrase, on a real vault on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.factories import make_vault

from satchel.errors import (
    InvalidInputError,
    InvalidRecoveryPhraseError,
    LockedError,
    WrongPassphraseError,
)
from satchel.services.access import (
    change_open_passphrase,
    check_passphrase,
    propose_recovery_phrase,
    set_recovery_phrase,
)
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession

NEW = "velvet canyon ember quartz ladder plume"


def _created(folder: Path) -> tuple[VaultSession, str]:
    return make_vault(folder)


def test_the_new_passphrase_opens_the_vault_and_the_old_one_no_longer(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vs, phrase = _created(folder)
    with vs:
        change_open_passphrase(vs, PASSPHRASE, NEW)
    vault_session.unlock(folder, NEW).close()
    with pytest.raises(WrongPassphraseError):
        vault_session.unlock(folder, PASSPHRASE)
    vault_session.unlock_recovery(folder, phrase).close()  # the recovery phrase still works


def test_a_wrong_current_passphrase_or_a_weak_new_one_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vs, _phrase = _created(folder)
    headers = [(folder / name).read_bytes() for name in ("0", "1")]
    with vs:
        with pytest.raises(WrongPassphraseError):
            change_open_passphrase(vs, "not the passphrase", NEW)
        with pytest.raises(InvalidInputError, match="too easy to guess"):
            change_open_passphrase(vs, PASSPHRASE, "password1")
    assert [(folder / n).read_bytes() for n in ("0", "1")] == headers
    vault_session.unlock(folder, PASSPHRASE).close()


def test_a_new_recovery_phrase_replaces_the_old_one(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vs, old_phrase = _created(folder)
    new_phrase = propose_recovery_phrase()
    with vs:
        check_passphrase(vs, PASSPHRASE)
        with pytest.raises(WrongPassphraseError):
            set_recovery_phrase(vs, "wrong", new_phrase)
        set_recovery_phrase(vs, PASSPHRASE, new_phrase)
    assert len(new_phrase.split()) == 24 and new_phrase != old_phrase
    vault_session.unlock_recovery(folder, new_phrase).close()
    with pytest.raises((WrongPassphraseError, InvalidRecoveryPhraseError)):
        vault_session.unlock_recovery(folder, old_phrase)
    vault_session.unlock(folder, PASSPHRASE).close()


def test_a_lock_waits_for_a_keyslot_change_in_flight(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vs, _phrase = _created(folder)
    with vs.holding():
        assert vs.busy  # close() would wait here rather than wipe the key in use
    vs.close()
    with pytest.raises(LockedError):
        check_passphrase(vs, PASSPHRASE)
