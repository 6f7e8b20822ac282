"""Typed errors a user can act on.

Each error carries a plain-language message and the exit code the command line uses, so
every layer above can report it without knowing where it came from.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_WRONG_SECRET = 2
EXIT_DAMAGED = 3
EXIT_BUSY = 4


class VaultError(Exception):
    """Base of every error a user may see; `str(error)` is the message to show."""

    exit_code = EXIT_USAGE


class NotAVaultError(VaultError):
    def __init__(self, folder: str) -> None:
        super().__init__(f"{folder} is not a Satchel vault (no vault header was found there).")


class VaultExistsError(VaultError):
    def __init__(self, folder: str) -> None:
        super().__init__(f"{folder} already holds files; a new vault needs an empty folder.")


class WrongPassphraseError(VaultError):
    exit_code = EXIT_WRONG_SECRET

    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(f"Wrong {what}. Nothing was changed; check it and try again.")


class InvalidRecoveryPhraseError(VaultError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"That recovery phrase is not valid: {reason}")


class DamagedError(VaultError):
    """A part of the vault cannot be read at all (truncated, missing, unparseable)."""

    exit_code = EXIT_DAMAGED

    def __init__(self, part: str, detail: str = "") -> None:
        self.part = part
        tail = f" ({detail})" if detail else ""
        super().__init__(
            f"The vault is damaged: its {part} cannot be read{tail}. "
            "Nothing was changed. Restore it from a backup if you have one."
        )


class TamperedError(VaultError):
    """Authentication failed: the bytes were altered after Satchel wrote them."""

    exit_code = EXIT_DAMAGED

    def __init__(self, part: str) -> None:
        self.part = part
        super().__init__(
            f"The vault's {part} failed its authenticity check: it was altered or damaged "
            "after Satchel wrote it. Nothing was changed. Restore it from a backup."
        )


class WeakKdfError(TamperedError):
    """Key-derivation settings below the floor: refused before any work is done."""

    def __init__(self, detail: str) -> None:
        VaultError.__init__(
            self,
            f"The vault header asks for key-derivation settings below Satchel's minimum "
            f"({detail}). It may have been altered; it was not opened.",
        )
        self.part = "header"


class BusyError(VaultError):
    exit_code = EXIT_BUSY

    def __init__(self) -> None:
        super().__init__(
            "The vault is open elsewhere (another Satchel window or command). Close it there first."
        )


class UnsupportedVersionError(VaultError):
    def __init__(self, found: object) -> None:
        super().__init__(
            f"This vault uses format version {found}, which this Satchel cannot open. "
            "Install a newer Satchel."
        )


class LockedError(VaultError):
    def __init__(self) -> None:
        super().__init__("The vault is locked. Unlock it first.")


class NotFoundError(VaultError):
    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"No {kind} with id {ident} in this vault.")


class InvalidInputError(VaultError):
    """Bad input from the user: a field value, a file, a date."""


class CancelledError(VaultError):
    """The user pressed Cancel (or locked); whatever was half-made is gone already."""

    def __init__(self) -> None:
        super().__init__("Cancelled. Nothing was written and the vault is unchanged.")
