"""Erase the vault after too many failed unlocks (opt-in: 5, 10 or 20 in a row).

The choice and the count live on this computer, not in the vault's folder: in a small file
per vault in Satchel's state folder, named and sealed with keys derived from the vault's
header salt. So a locked vault's folder says nothing more than before, the state folder on
its own says nothing about which vault a file belongs to, and no copying of files inside the
vault's folder (an old header copy put back, one copy over the other) resets the count. The
price, written in docs/COERCION.md: someone who has both the folder and the state file, and
Satchel's code, can read the setting and the count; a copy of the folder taken elsewhere has
no count at all.

Every unlock of the window and the command line passes through `guarded`. The attempt is
counted before the key derivation starts, so killing the process once the passphrase was
typed does not take it back; a correct unlock (the passphrase, the recovery phrase or the
duress passphrase: all look alike) sets the count back to zero.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from satchel import event_log
from satchel.brand import environment, installed_brand
from satchel.errors import InvalidInputError, NotAVaultError, VaultError, WrongPassphraseError
from satchel.services.coercion.modes import FAILED_UNLOCK_LIMITS
from satchel.vault import locked_identities, wipe_vault
from satchel.vault.disk.atomic_file import write_atomically

if TYPE_CHECKING:  # the session imports this module: every unlock passes through it
    from satchel.services.core.session import VaultSession

T = TypeVar("T")
LIMITS = FAILED_UNLOCK_LIMITS
STATE_ENV = "SATCHEL_STATE_DIR"  # (or <BRAND>_STATE_DIR) tests and portable installs
_ENTRY_BYTES = 12 + 96 + 16  # nonce, padded JSON, tag: every entry file has this size
_NAME_KEY = b"satchel failed-unlock entry name"
_SEAL_KEY = b"satchel failed-unlock entry seal"


class FailedUnlockError(WrongPassphraseError):
    """A wrong secret counted against the limit. `attempts_left` is None unless the user
    asked to see it; `erased`: this was the last attempt and the vault is gone."""

    def __init__(self, what: str, attempts_left: int | None, erased: bool) -> None:
        super().__init__(what)
        self.attempts_left = attempts_left
        self.erased = erased
        if erased and attempts_left is not None:
            self.args = (
                f"Wrong {what}. That was the last attempt: the vault was erased, as set in "
                "its settings.",
            )
        elif attempts_left is not None:
            word = "attempt" if attempts_left == 1 else "attempts"
            self.args = (f"Wrong {what}. {attempts_left} {word} left before the vault is erased.",)


@dataclass(frozen=True)
class FailedUnlockPolicy:
    limit: int | None = None  # 5, 10 or 20 failed unlocks in a row; None: never erase
    show_remaining: bool = False  # say at a wrong passphrase how many attempts are left


@dataclass(frozen=True)
class _Entry:
    policy: FailedUnlockPolicy
    failures: int


def state_folder() -> Path:
    """Satchel's own folder for what must outlive a run but cannot live in a vault."""
    override = environment("STATE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return base / installed_brand().package  # "pocket-notes" for the neutral package


def _entry_path(identity: bytes) -> Path:
    name = hmac.new(_NAME_KEY, identity, hashlib.sha256).hexdigest()[:32]
    return state_folder() / name


def _seal_key(identity: bytes) -> bytes:
    return hmac.new(_SEAL_KEY, identity, hashlib.sha256).digest()


def _read(identity: bytes) -> _Entry | None:
    try:
        raw = _entry_path(identity).read_bytes()
    except OSError:
        return None
    try:
        plain = AESGCM(_seal_key(identity)).decrypt(raw[:12], raw[12:], None)
        data = json.loads(plain.rstrip(b" "))
        limit = data["limit"]
        failures = int(data["failures"])
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None  # unreadable: as if the feature were off (it was set on no other file)
    if limit not in LIMITS:
        return None
    return _Entry(FailedUnlockPolicy(limit, bool(data.get("show"))), max(failures, 0))


def _write(identity: bytes, entry: _Entry) -> None:
    text = json.dumps(
        {
            "limit": entry.policy.limit,
            "show": entry.policy.show_remaining,
            "failures": entry.failures,
        }
    ).encode()
    padded = text.ljust(_ENTRY_BYTES - 28, b" ")
    nonce = os.urandom(12)
    sealed = nonce + AESGCM(_seal_key(identity)).encrypt(nonce, padded, None)
    folder = state_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomically(_entry_path(identity), sealed)


def _remove(identity: bytes) -> None:
    path = _entry_path(identity)
    with contextlib.suppress(OSError):
        if path.is_file() and not path.is_symlink():
            with path.open("r+b") as handle:
                handle.write(os.urandom(_ENTRY_BYTES))
                handle.flush()
                os.fsync(handle.fileno())
        path.unlink()


def _entries(folder: Path) -> list[tuple[bytes, _Entry]]:
    found = []
    for identity in locked_identities(folder):
        entry = _read(identity)
        if entry is not None:
            found.append((identity, entry))
    return found


# -- the setting, from an open vault ------------------------------------------------------


def load_policy(vs: VaultSession) -> FailedUnlockPolicy:
    entries = _entries(vs.vault.folder)
    return entries[0][1].policy if entries else FailedUnlockPolicy()


def save_policy(vs: VaultSession, policy: FailedUnlockPolicy) -> None:
    """Turn the erase on (count from zero), change it, or off (the entry is destroyed)."""
    if policy.limit is not None and policy.limit not in LIMITS:
        raise InvalidInputError(
            f"The number of failed unlocks must be 5, 10 or 20 (got {policy.limit!r})."
        )
    vs.require_open()
    identities = locked_identities(vs.vault.folder)
    if not identities:
        raise InvalidInputError(problem="no_header")
    for identity in identities:
        if policy.limit is None:
            _remove(identity)
        else:
            _write(identity, _Entry(policy, 0))
    event_log.event("failed_unlocks.set", on=policy.limit is not None)


def forget(identities: tuple[bytes, ...]) -> None:
    """Destroy the entries of a vault that was erased (its identities taken before)."""
    for identity in identities:
        _remove(identity)


def identities(folder: Path) -> tuple[bytes, ...]:
    return locked_identities(folder)


def carry_over(before: tuple[bytes, ...], folder: Path) -> None:
    """A format upgrade gave the vault a new header: its setting follows it (count: zero)."""
    old = [entry for entry in (_read(identity) for identity in before) if entry is not None]
    if not old:
        return
    for identity in locked_identities(folder):
        _write(identity, _Entry(old[0].policy, 0))
    for identity in before:
        _remove(identity)


# -- every unlock --------------------------------------------------------------------------


def guarded(folder: Path, attempt: Callable[[], T]) -> T:
    """Run one unlock attempt under the vault's limit, if it has one.

    The failure is written before the attempt runs; success sets the count back to zero,
    any other outcome than a wrong secret (busy, damaged, a full disk) takes it back.
    """
    folder = Path(folder)
    entries = _entries(folder)
    if not entries:
        return attempt()
    policy = entries[0][1].policy
    assert policy.limit is not None
    failures = max(entry.failures for _, entry in entries)
    if failures >= policy.limit:  # the last attempt was cut short, or its erase was stopped
        raise FailedUnlockError("passphrase", _left(policy, 0), erased=_erase(folder))
    counted = failures + 1
    for identity, entry in entries:
        _write(identity, _Entry(entry.policy, counted))
    try:
        result = attempt()
    except WrongPassphraseError as error:
        what = str(error.params.get("what", "passphrase"))
        if counted >= policy.limit:
            raise FailedUnlockError(what, _left(policy, 0), erased=_erase(folder)) from error
        raise FailedUnlockError(what, _left(policy, policy.limit - counted), False) from error
    except BaseException:
        for identity, entry in entries:
            _write(identity, entry)
        raise
    for identity, entry in entries:
        _write(identity, _Entry(entry.policy, 0))
    return result


def _left(policy: FailedUnlockPolicy, left: int) -> int | None:
    return left if policy.show_remaining else None


def _erase(folder: Path) -> bool:
    """The limit was reached: the vault goes (crypto-erase), then its entry. False when it
    could not go (another Satchel opened it meanwhile): the entry stays at the limit, so
    the next attempt erases it first. Killed in between, the entry stays behind, naming a
    vault that no longer exists."""
    identities = locked_identities(folder)
    try:
        wipe_vault(folder)
    except NotAVaultError:
        pass  # nothing left to erase
    except VaultError:
        return False
    event_log.event("failed_unlocks.erased")
    forget(identities)
    return True
