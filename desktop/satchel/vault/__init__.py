"""The vault on disk: header with keyslots, key derivation, recovery phrase, lock, wipe.

The lowest layer: it knows nothing of the database schema, only of keys and files.
"""

from satchel.errors import (
    BusyError,
    DamagedError,
    InvalidInputError,
    InvalidRecoveryPhraseError,
    NotAVaultError,
    NotFoundError,
    TamperedError,
    UnsupportedVersionError,
    VaultError,
    VaultExistsError,
    WeakKdfError,
    WrongPassphraseError,
)
from satchel.vault.keys.kdf import FLOOR, KdfParams
from satchel.vault.keys.sealing import FieldSealer
from satchel.vault.lifecycle import (
    FAST_TEST_KDF,
    SlotInfo,
    VaultInfo,
    create_throwaway_vault,
    create_vault,
    is_vault,
    locked_identities,
    read_info,
    unlock_vault,
    unlock_with_recovery,
    wipe_vault,
)
from satchel.vault.unlocked import UnlockedVault

__all__ = [
    "FAST_TEST_KDF",
    "FLOOR",
    "BusyError",
    "DamagedError",
    "FieldSealer",
    "InvalidInputError",
    "InvalidRecoveryPhraseError",
    "KdfParams",
    "NotAVaultError",
    "NotFoundError",
    "SlotInfo",
    "TamperedError",
    "UnlockedVault",
    "UnsupportedVersionError",
    "VaultError",
    "VaultExistsError",
    "VaultInfo",
    "WeakKdfError",
    "WrongPassphraseError",
    "create_throwaway_vault",
    "create_vault",
    "is_vault",
    "locked_identities",
    "read_info",
    "unlock_vault",
    "unlock_with_recovery",
    "wipe_vault",
]
