"""Change the passphrase and replace the recovery phrase of the open vault.

Both ask for the current passphrase first: an unlocked laptop left on a café table must
not let a stranger lock its owner out. A new passphrase meets the same rules as at
creation. Each change rewrites one keyslot in the header; the database is not touched.
A new recovery phrase is proposed first and put in place only once the user has written
it down, so a dialog closed halfway leaves the old paper working.
"""

from __future__ import annotations

from satchel.services.core.passphrases import require_acceptable
from satchel.services.core.session import VaultSession
from satchel.vault.recovery import new_recovery_phrase


def check_passphrase(vs: VaultSession, current: str) -> None:
    """WrongPassphraseError unless `current` is the vault's passphrase (slow: the KDF)."""
    with vs.holding():
        vs.vault.check_passphrase(current)


def change_passphrase(vs: VaultSession, current: str, new: str) -> None:
    """WrongPassphraseError for a wrong current one; InvalidInputError for a weak new one
    (checked first: it costs nothing). The recovery phrase keeps working."""
    require_acceptable(new)
    with vs.holding():
        vs.vault.check_passphrase(current)
        vs.vault.change_passphrase(new)


def propose_recovery_phrase() -> str:
    """24 fresh words; nothing changes until set_recovery_phrase."""
    phrase, _secret = new_recovery_phrase()
    return phrase


def set_recovery_phrase(vs: VaultSession, current: str, phrase: str) -> None:
    """Make `phrase` the only one that recovers this vault."""
    with vs.holding():
        vs.vault.check_passphrase(current)
        vs.vault.replace_recovery_phrase(phrase)
