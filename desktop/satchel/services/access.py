"""Getting into a vault, for the window and the command line alike: create, unlock, recover.

The faces never touch the vault layer: they come here. `recover` is the one place a new
passphrase is set from the recovery phrase. Where a new secret is asked for after an old one
(`recover`, `change_passphrase`), it comes from a callable, called only once the old secret
opened the vault, so a mistyped phrase is told before anyone types a new passphrase twice.

In an open vault (the window's Vault menu), a passphrase change and a new recovery phrase
ask for the current passphrase again: an unlocked laptop left on a café table must not let
a stranger lock its owner out. A new recovery phrase is proposed first and put in place only
once the user has written it down, so a dialog closed halfway leaves the old paper working.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from satchel.services.coercion import failed_unlocks
from satchel.services.coercion.failed_unlocks import guarded
from satchel.services.core.passphrases import require_acceptable
from satchel.services.core.session import VaultSession, create, unlock
from satchel.vault import (
    UnlockedVault,
    VaultInfo,
    is_vault,
    read_info,
    unlock_vault,
    unlock_with_recovery,
    wipe_vault,
)
from satchel.vault.keys.recovery import new_recovery_phrase

__all__ = [
    "VaultInfo",
    "change_open_passphrase",
    "change_passphrase",
    "check_passphrase",
    "create",
    "is_vault",
    "propose_recovery_phrase",
    "read_info",
    "recover",
    "recover_and_open",
    "set_recovery_phrase",
    "unlock",
    "vault_id",
    "wipe",
]

NewPassphrase = Callable[[], str]


def recover(folder: Path, phrase: str, new_passphrase: NewPassphrase) -> None:
    """Set a new passphrase with the 24-word recovery phrase; the database stays closed.

    The recovery phrase keeps working afterwards. A wrong phrase raises WrongPassphraseError
    (or InvalidRecoveryPhraseError for a mistyped word) and changes nothing.
    """
    with _recovered(folder, phrase, new_passphrase):
        pass


def recover_and_open(folder: Path, phrase: str, new_passphrase: NewPassphrase) -> VaultSession:
    """`recover`, then open the database with the same keys (the window goes straight in)."""
    return VaultSession.open(_recovered(folder, phrase, new_passphrase))


def change_passphrase(folder: Path, current: str, new_passphrase: NewPassphrase) -> None:
    """Replace the passphrase slot; the recovery phrase keeps working."""
    with guarded(Path(folder), lambda: unlock_vault(folder, current)) as vault:
        vault.change_passphrase(new_passphrase())


def check_passphrase(vs: VaultSession, current: str) -> None:
    """WrongPassphraseError unless `current` is the open vault's passphrase (slow: the KDF)."""
    with vs.holding():
        vs.vault.check_passphrase(current)


def change_open_passphrase(vs: VaultSession, current: str, new: str) -> None:
    """In the open vault: WrongPassphraseError for a wrong current one, InvalidInputError for
    a weak new one (checked first: it costs nothing). The recovery phrase keeps working."""
    require_acceptable(new)
    with vs.holding():
        vs.vault.check_passphrase(current)
        vs.vault.change_passphrase(new)


def propose_recovery_phrase() -> str:
    """24 fresh words; nothing changes until set_recovery_phrase."""
    phrase, _secret = new_recovery_phrase()
    return phrase


def set_recovery_phrase(vs: VaultSession, current: str, phrase: str) -> None:
    """Make `phrase` the only one that recovers the open vault."""
    with vs.holding():
        vs.vault.check_passphrase(current)
        vs.vault.replace_recovery_phrase(phrase)


def vault_id(folder: Path) -> str:
    """The vault's id from its header, without any secret (names its backups)."""
    return read_info(folder).vault_id


def wipe(folder: Path) -> list[str]:
    """Crypto-erase the vault and delete its files, with the backups in its own folder.

    Returns the entries left alone because they are links or not plain files. The vault's
    failed-unlock count, kept on this computer, goes with it.
    """
    identities = failed_unlocks.identities(folder)
    left = wipe_vault(folder)
    failed_unlocks.forget(identities)
    return left


def _recovered(folder: Path, phrase: str, new_passphrase: NewPassphrase) -> UnlockedVault:
    """The one place a new passphrase is set from the recovery phrase."""
    vault = guarded(Path(folder), lambda: unlock_with_recovery(folder, phrase))
    try:
        vault.change_passphrase(new_passphrase())
    except BaseException:
        vault.close()
        raise
    return vault
